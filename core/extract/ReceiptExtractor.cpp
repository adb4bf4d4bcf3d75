#include "extract/ReceiptExtractor.h"

#include "extract/FieldParsers.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace ClaimDesk {

namespace {

using RE = QRegularExpression;

struct AmountCandidate
{
    Money value;
    int row = 0;
    qsizetype start = 0; // in the row's text
    qsizetype length = 0;
    bool hasCents = false;
    double score = 0;
};

// Compiled once; matching a const QRegularExpression is thread-safe.
RE pattern(const char* text)
{
    return RE(QString::fromUtf8(text), RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
}

bool has(const QString& text, const RE& pattern)
{
    return pattern.match(text).hasMatch();
}

ExtractedField makeField(const QString& name, const QString& value, const QString& printed,
    double confidence, const LayoutRow& row, const OcrPage& page, qsizetype start, qsizetype length)
{
    ExtractedField f;
    f.name = name;
    f.value = value;
    f.printedText = printed;
    f.confidence = std::clamp(confidence, 0.0, 1.0);
    f.page = page.index;
    f.box = row.boxOf(page, start, length);
    return f;
}

// Labels of the amount a customer pays, and of amounts that are not it.
const RE TotalLabel = pattern(
    "(TOTAL|TOTAI|TOTA1|T0TAL|JUMLAH|AMOUNT\\s*DUE|AMT\\s*DUE|NETT|GRAND|PAYABLE|ยอดรวม|รวมทั้งสิ้น|"
    "รวมเงิน|ยอดสุทธิ|จำนวนเงินรวม|รวม)");
const RE StrongTotalLabel = pattern(
    "(GRAND\\s*TOTAL|NETT?\\s*TOTAL|TOTAL\\s*(AMOUNT|AMT|DUE|PAYABLE|SALES|INCL|\\(?RM\\)?|RM)|"
    "ROUND(ED|ING)?\\s*TOTAL|TOTAL\\s*ROUND|AMOUNT\\s*DUE|JUMLAH|รวมทั้งสิ้น|ยอดสุทธิ)");
const RE SubtotalLabel = pattern("SUB\\s*-?\\s*TOTAL");
const RE TaxLabel = pattern("(\\bTAX\\b|\\bGST\\b|\\bSST\\b|\\bVAT\\b|SERVICE|\\bSVC\\b|ภาษี)");
const RE InclusiveLabel = pattern("(INCL|INCLUSIVE|TERMASUK)");
const RE ExclusiveLabel = pattern("(EXCL|EXCLUSIVE|BEFORE|W/O)");
const RE DiscountLabel = pattern("(DISC|DISCOUNT|SAVING|POINTS?|VOUCHER|ส่วนลด)");
const RE QuantityLabel = pattern("(\\bQTY\\b|QUANTITY|\\bITEMS?\\b|\\bUNITS?\\b|\\bPCS\\b|จำนวน)");
const RE ChangeLabel = pattern("(CHANGE|\\bBAKI\\b|\\bCHG\\b|เงินทอน|ทอน)");
const RE TenderLabel
    = pattern("(CASH|TENDER|\\bPAID\\b|VISA|MASTER|CARD|DEBIT|CREDIT|\\bBAYAR|TUNAI|เงินสด|รับเงิน)");
const RE RoundingLabel = pattern("(ROUNDING|ROUND\\s*ADJ|ADJUSTMENT|ADJ\\b|ปัดเศษ)");
const RE DateLabel = pattern("(DATE|TARIKH|\\bDT\\b|วันที่|ว/ด/ป)");
// Source text, not compiled: it is part of the billing-number pattern below.
constexpr const char* BillLabel = "(INVOICE|\\bINV\\b|RECEIPT|\\bBILL\\b|\\bDOC|DOCUMENT|TRANS|"
                                  "\\bSLIP\\b|\\bREF\\b|\\bCHECK\\b|"
                                  "\\bCHK\\b|\\bORDER\\b|เลขที่|ใบเสร็จ)";
const RE CompanyWord = pattern(
    "(SDN\\.?\\s*BHD|S/B\\b|\\bBHD\\b|BERHAD|ENTERPRISE|TRADING|RESTAURANT|RESTORAN|\\bCO\\.|"
    "COMPANY|\\bLTD\\b|LIMITED|\\bPLT\\b|\\bINC\\b|CORP|\\bMART\\b|STORE|\\bSHOP\\b|PHARMACY|"
    "FARMASI|HARDWARE|BAKER|\\bCAFE\\b|KEDAI|STATIONERY|BOOK|HOSPITAL|CLINIC|KLINIK|MEDICAL|"
    "บริษัท|จำกัด|โรงพยาบาล|คลินิก|ร้าน|ห้างหุ้นส่วน)");
const RE NotMerchant = pattern(
    "(\\bTEL\\b|TEL\\s*[:.]|\\bFAX|PHONE|\\bH/"
    "P|\\bGST\\b|\\bREG\\b|REG\\.|INVOICE|RECEIPT|CASH\\s*BILL|"
    "\\bTAX\\b|JALAN|\\bJLN\\b|TAMAN|\\bLOT\\b|EMAIL|E-MAIL|WWW|@|\\bROAD\\b|\\bSTREET\\b|"
    "\\bNO\\s*[.:]|"
    "WELCOME|THANK|\\bDATE\\b|CASHIER|ใบเสร็จ|โทร|เลขประจำตัวผู้เสียภาษี|\\d{5})");

const RE Letters = pattern("[A-Za-z\\x{0E00}-\\x{0E7F}]{3}"); // a word, not just marks
const RE RepeatedLetter = pattern("^(.)\\1{2,}$");
const RE TotalWord = pattern("TOTAL");
const RE OtherDate = pattern("(EXP|EXPIRY|VALID|BIRTH|DOB|หมดอายุ|เกิด)");

// Amount tokens of a row: single words ("9.00", "RM9.00") and a currency word
// followed by a number ("RM 9.00").
QList<AmountCandidate> amountsOf(const LayoutRow& row, int rowIndex, const OcrPage& page)
{
    QList<AmountCandidate> out;
    static const RE lead(QStringLiteral("^[^0-9๐-๙]*?(?=(RM|\\$|฿)?[0-9๐-๙])"));
    static const RE cents(QStringLiteral("[.,][0-9๐-๙]{2}\\s*$"));
    static const RE openDecimal(QStringLiteral("[0-9][.,]$"));
    static const RE twoDigits(QStringLiteral("^[0-9]{2}$"));
    for (int i = 0; i < row.words.size(); ++i) {
        const QString& word = page.words[row.words[i]].text;
        QString token = word;
        qsizetype length = word.size();
        // OCR splits "68.87" into "68." and "87" when the gap is wide
        if (i + 1 < row.words.size() && openDecimal.match(word).hasMatch()) {
            const QString& next = page.words[row.words[i + 1]].text;
            if (twoDigits.match(next).hasMatch()) {
                token += next;
                length = row.starts[i + 1] + next.size() - row.starts[i];
            }
        }
        // strip label punctuation glued to the number ("Total:9.00", "(RM)9.00")
        const auto m = lead.match(token);
        if (m.hasMatch() && m.capturedLength() > 0 && m.capturedLength() < token.size())
            token = token.mid(m.capturedLength());
        const auto value = FieldParsers::parseAmount(token);
        if (!value)
            continue;
        AmountCandidate c;
        c.value = *value;
        c.row = rowIndex;
        c.start = row.starts[i];
        c.length = length;
        c.hasCents = cents.match(token).hasMatch();
        out.append(c);
        if (length > word.size())
            ++i; // the joined word is used
    }
    return out;
}

// Share of a row's words that read like words (letters with a vowel, or Thai),
// which tells a name from logo and stamp noise ("EEEEE", "HOFOZE 4").
double wordlikeShare(const QString& text)
{
    static const RE word(QStringLiteral("^[(&]?([A-Za-z]*[AEIOUYaeiouy][A-Za-z'.]*|[\\x{0E00}-\\x{"
                                        "0E7F}]{2,}|&|\\(?[A-Z]\\)?|S/B|[0-9]+)[).,]?$"));
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 0;
    int good = 0;
    for (const QString& w : words)
        good += word.match(w).hasMatch() && !has(w, RepeatedLetter);
    return double(good) / words.size();
}

// A company name as registered: the legal suffix read right (OCR gives "SON BHD"
// for "SDN BHD"), nothing after it (registration numbers, stray marks).
QString cleanMerchantName(QString name)
{
    static const RE sdnBhd(
        QStringLiteral("\\bS[DOUI0][NM]\\s*\\.?\\s*B[HN][DO0]\\b\\.?"), RE::CaseInsensitiveOption);
    name.replace(sdnBhd, QStringLiteral("SDN BHD"));
    static const RE afterSuffix(
        QStringLiteral("\\b(SDN BHD|S/B|BHD|BERHAD|PLT)\\b\\.?\\s*[(\\[]?[0-9].*$"),
        RE::CaseInsensitiveOption);
    const auto m = afterSuffix.match(name);
    if (m.hasMatch())
        name.truncate(m.capturedEnd(1));
    static const RE edges(QStringLiteral("^[^\\w(]+|[^\\w).]+$"), RE::UseUnicodePropertiesOption);
    name = name.remove(edges).simplified();
    // a stray letter or mark left at either end by a logo or a stamp
    static const RE strayEnd(QStringLiteral("\\s+[A-Za-z|]$|^[A-Za-z|]\\s+(?=\\S{3})"));
    name.remove(strayEnd);
    return name.simplified();
}

QString labelBefore(const LayoutRow& row, const AmountCandidate& c)
{
    return row.text.left(c.start);
}

} // namespace

QList<ExtractedField> ReceiptExtractor::extract(const QList<OcrPage>& pages)
{
    QList<ExtractedField> fields;
    if (pages.isEmpty())
        return fields;

    // One list of rows over all pages; a receipt's total is usually on its last page.
    QList<LayoutRow> rows;
    QList<const OcrPage*> rowPage;
    for (const OcrPage& p : pages) {
        for (LayoutRow& r : TextLayout::rows(p)) {
            rows.append(std::move(r));
            rowPage.append(&p);
        }
    }
    if (rows.isEmpty())
        return fields;
    QList<int> heights;
    for (const LayoutRow& r : std::as_const(rows))
        heights.append(r.height);
    std::sort(heights.begin(), heights.end());
    const double medianHeight = std::max(1, heights[heights.size() / 2]);

    // ---- total -------------------------------------------------------------
    QList<QList<AmountCandidate>> rowAmounts(rows.size());
    QList<AmountCandidate> amounts;
    for (int i = 0; i < rows.size(); ++i) {
        rowAmounts[i] = amountsOf(rows[i], i, *rowPage[i]);
        amounts += rowAmounts[i];
    }

    QHash<qint64, int> occurrences;
    for (const AmountCandidate& c : std::as_const(amounts)) {
        if (c.hasCents)
            ++occurrences[c.value.cents()];
    }
    // cash paid minus change given is the total
    qint64 tendered = -1; // -1: not printed
    qint64 change = -1;
    for (const AmountCandidate& c : std::as_const(amounts)) {
        const QString label = labelBefore(rows[c.row], c);
        if (change < 0 && has(label, ChangeLabel))
            change = c.value.cents();
        else if (tendered < 0 && has(label, TenderLabel) && !has(label, ChangeLabel))
            tendered = c.value.cents();
    }
    const qint64 cashMinusChange
        = tendered >= 0 && change >= 0 && tendered > change ? tendered - change : -1;

    for (AmountCandidate& c : amounts) {
        const LayoutRow& row = rows[c.row];
        QString label = labelBefore(row, c);
        double s = 0;
        // a label alone on the row above ("TOTAL" / "9.00" on the next line)
        if (!has(label, Letters) && c.row > 0) {
            const LayoutRow& above = rows[c.row - 1];
            if (rowAmounts[c.row - 1].isEmpty()) {
                label = above.text;
                s -= 1;
            }
        }
        const bool totalLabelled = has(label, TotalLabel);
        if (totalLabelled)
            s += 5;
        if (has(label, StrongTotalLabel))
            s += 2;
        if (has(label, SubtotalLabel))
            s -= 2;
        if (has(label, TaxLabel) && !has(label, InclusiveLabel))
            s -= 7;
        if (has(label, ExclusiveLabel))
            s -= 3;
        if (has(label, DiscountLabel))
            s -= 5;
        if (has(label, QuantityLabel))
            s -= 5;
        if (has(label, ChangeLabel))
            s -= 8;
        if (has(label, RoundingLabel) && !has(label, TotalWord))
            s -= 6;
        if (has(label, TenderLabel))
            s -= 1;
        if (!c.hasCents)
            s -= 4;
        if (c.value.cents() <= 0)
            s -= 10;
        // Tables (tax summaries, item lines with price and amount) have several
        // amounts in a row; the total stands alone after its label.
        const QList<AmountCandidate>& inRow = rowAmounts[c.row];
        if (inRow.size() >= 3)
            s -= 2;
        else if (inRow.size() == 2 && inRow.first().start != c.start)
            s -= 1;
        s += 0.6 * std::min(occurrences.value(c.value.cents()) - 1, 3);
        if (cashMinusChange >= 0 && cashMinusChange == c.value.cents())
            s += totalLabelled ? 5 : 3;
        s += std::clamp(row.height / medianHeight - 1.0, 0.0, 1.0);
        s += 0.5 * double(c.row) / rows.size(); // totals sit low on the receipt
        c.score = s;
    }
    const AmountCandidate* total = nullptr;
    for (const AmountCandidate& c : std::as_const(amounts)) {
        // ties: the larger amount (a total is not smaller than its parts), then the later
        if (!total || c.score > total->score + 1e-9
            || (std::abs(c.score - total->score) < 1e-9 && c.value.cents() >= total->value.cents()))
            total = &c;
    }
    // Cash rounding (to 5 sen/satang): when a rounding adjustment is printed the
    // customer paid the rounded amount, printed next to the unrounded total.
    const bool totalFound = total && total->score > 0;
    if (totalFound && total->value.cents() % 5 != 0) {
        qint64 adjustment = 0;
        for (const AmountCandidate& c : std::as_const(amounts)) {
            if (has(labelBefore(rows[c.row], c), RoundingLabel) && c.value.cents() > 0
                && c.value.cents() <= 4)
                adjustment = c.value.cents();
        }
        const AmountCandidate* rounded = nullptr;
        for (const AmountCandidate& c : std::as_const(amounts)) {
            const qint64 diff = std::abs(c.value.cents() - total->value.cents());
            const bool plausible = c.score > 0 || c.value.cents() == cashMinusChange;
            if (c.value.cents() % 5 == 0 && diff > 0 && diff <= 2 && plausible
                && (!rounded || c.score > rounded->score))
                rounded = &c;
        }
        if (rounded
            && (adjustment == 0
                || std::abs(rounded->value.cents() - total->value.cents()) == adjustment))
            total = rounded;
    }
    if (totalFound) {
        const LayoutRow& row = rows[total->row];
        const OcrPage& page = *rowPage[total->row];
        const double conf = row.confidenceOf(page, total->start, total->length)
            * std::clamp(total->score / 8.0, 0.2, 1.0);
        fields.append(makeField(QStringLiteral("total"), total->value.toString(),
            row.text.mid(total->start, total->length), conf, row, page, total->start,
            total->length));
    }

    // ---- date --------------------------------------------------------------
    {
        const QDate latest = QDate::currentDate().addYears(1);
        double best = -1e9;
        std::optional<ExtractedField> field;
        for (int i = 0; i < rows.size(); ++i) {
            const LayoutRow& row = rows[i];
            for (const FieldParsers::DateMatch& d : FieldParsers::findDates(row.text)) {
                if (d.date > latest || d.date.year() < 1990)
                    continue;
                double s = 0;
                if (has(row.text.left(d.start), DateLabel))
                    s += 3;
                if (d.hasTime)
                    s += 1.5;
                if (has(row.text, OtherDate))
                    s -= 4;
                s -= 1.0 * double(i) / rows.size();
                if (s > best) {
                    best = s;
                    field = makeField(QStringLiteral("date"), d.date.toString(Qt::ISODate),
                        row.text.mid(d.start, d.length),
                        row.confidenceOf(*rowPage[i], d.start, d.length), row, *rowPage[i], d.start,
                        d.length);
                }
            }
        }
        if (field)
            fields.append(*field);
    }

    // ---- merchant ----------------------------------------------------------
    {
        const OcrPage& first = pages.first();
        const int top = std::min<int>(int(rows.size()), 12);
        double best = -1e9;
        int bestRow = -1;
        for (int i = 0; i < top && rowPage[i] == &first; ++i) {
            const LayoutRow& row = rows[i];
            static const RE letter(QStringLiteral("[A-Za-z\\x{0E00}-\\x{0E7F}]"));
            const qsizetype letters = row.text.count(letter);
            if (letters < 3)
                continue;
            double s = 0;
            if (has(row.text, CompanyWord))
                s += 4;
            if (has(row.text, NotMerchant))
                s -= 5;
            s += 2.0 * std::clamp(row.height / medianHeight - 1.0, -0.5, 1.5);
            s -= 0.35 * i;
            s += 1.5 * (double(letters) / std::max<qsizetype>(1, row.text.size()) - 0.5);
            s += 4.0 * (row.confidence - 0.75);
            s += 2.0 * (wordlikeShare(row.text) - 0.7);
            if (s > best) {
                best = s;
                bestRow = i;
            }
        }
        if (bestRow >= 0) {
            const LayoutRow& row = rows[bestRow];
            QString name = row.text;
            // "SDN BHD" printed on its own under the name belongs to it
            static const RE suffixOnly(
                QStringLiteral("^\\(?\\s*(SDN\\.?\\s*BHD\\.?|S/B|BHD\\.?|BERHAD)\\)?$"),
                RE::CaseInsensitiveOption);
            if (suffixOnly.match(name.trimmed()).hasMatch() && bestRow > 0)
                name = rows[bestRow - 1].text + QLatin1Char(' ') + name;
            name = cleanMerchantName(name);
            fields.append(makeField(QStringLiteral("merchant"), name, row.text,
                row.confidence * std::clamp(0.5 + best / 8.0, 0.2, 1.0), row, *rowPage[bestRow], 0,
                row.text.size()));
        }
    }

    // ---- billing number ----------------------------------------------------
    {
        static const RE number(
            QStringLiteral("(?:%1)[^:#]{0,12}?(?:NO\\.?|NUMBER|#|:)\\s*[:#.]?\\s*"
                           "(?<number>[A-Z0-9][A-Z0-9\\-/]{2,})")
                .arg(QString::fromUtf8(BillLabel)),
            RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
        static const RE digit(QStringLiteral("\\d"));
        for (int i = 0; i < rows.size(); ++i) {
            const auto m = number.match(rows[i].text);
            const QString n = m.captured(u"number");
            if (!m.hasMatch() || !n.contains(digit))
                continue;
            const qsizetype start = m.capturedStart(u"number");
            fields.append(makeField(QStringLiteral("billing_number"), n, n,
                rows[i].confidenceOf(*rowPage[i], start, n.size()), rows[i], *rowPage[i], start,
                n.size()));
            break;
        }
    }

    // ---- items: rows above the total with a description and an amount at the right
    if (total) {
        int n = 0;
        for (int i = 0; i < total->row; ++i) {
            const LayoutRow& row = rows[i];
            const QList<AmountCandidate>& inRow = rowAmounts[i];
            if (inRow.isEmpty() || !inRow.last().hasCents)
                continue;
            const AmountCandidate& a = inRow.last();
            QString label = row.text.left(inRow.first().start).simplified();
            if (has(label, TotalLabel) || has(label, TaxLabel) || has(label, ChangeLabel)
                || has(label, TenderLabel) || has(label, RoundingLabel) || has(label, DiscountLabel)
                || has(label, DateLabel))
                continue;
            if (!has(label, Letters) || a.value.cents() > total->value.cents())
                continue;
            const QString prefix = QStringLiteral("items.%1.").arg(n++);
            const OcrPage& page = *rowPage[i];
            fields.append(makeField(prefix + QStringLiteral("item"), label, label,
                row.confidenceOf(page, 0, label.size()), row, page, 0, label.size()));
            fields.append(makeField(prefix + QStringLiteral("amount"), a.value.toString(),
                row.text.mid(a.start, a.length), row.confidenceOf(page, a.start, a.length), row,
                page, a.start, a.length));
        }
    }
    return fields;
}

} // namespace ClaimDesk
