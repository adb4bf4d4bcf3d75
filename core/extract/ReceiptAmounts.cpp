#include "extract/ReceiptAmounts.h"

#include "extract/FieldParsers.h"
#include "extract/ReceiptRows.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <optional>

namespace ClaimDesk {

namespace {

using RE = QRegularExpression;
using namespace ReceiptText; // pattern, has, Letters, DateLabel, field

struct AmountCandidate
{
    Money value;
    int row = 0;
    qsizetype start = 0; // in the row's text
    qsizetype length = 0;
    bool hasCents = false;
    TotalModel::Features features {};
    double score = 0; // TotalModel::written()'s: plausible above 0, sure from 8
};

// Labels of the amount a customer pays, and of amounts that are not it.
const RE TotalLabel = pattern(
    "(T[O0EA]T[AE][L1I]|JUMLAH|AMOUNT\\s*DUE|AMT\\s*DUE|NETT|GRAND|PAYABLE|ยอดรวม|รวมทั้งสิ้น|"
    "รวมเงิน|ยอดสุทธิ|จำนวนเงินรวม|รวม)");
const RE StrongTotalLabel = pattern(
    "(GRAND\\s*TOTAL|NETT?\\s*TOTAL|TOTAL\\s*(AMOUNT|AMT|DUE|PAYABLE|SALES|INCL|\\(?RM\\)?|RM)|"
    "ROUND(ED|ING)?\\s*TOTAL|TOTAL\\s*ROUND|AMOUNT\\s*DUE|JUMLAH|รวมทั้งสิ้น|ยอดสุทธิ)");
const RE SubtotalLabel = pattern("SUB\\s*-?\\s*TOTAL");
const RE TaxLabel = pattern("(\\bTAX\\b|\\bGST\\b|\\bSST\\b|\\bVAT\\b|SERVICE|\\bSVC\\b|ภาษี)");
const RE InclusiveLabel = pattern("(INCL|INCLUSIVE|TERMASUK)");
const RE ExclusiveLabel = pattern("(EXCL|EXCLUSIVE|BEFORE|W/O|NETT?\\s*OF\\s*(TAX|GST))");
const RE DiscountLabel = pattern("(DISC|DISCOUNT|SAVING|POINTS?|VOUCHER|ส่วนลด)");
const RE QuantityLabel = pattern("(\\bQTY\\b|QUANTITY|\\bITEMS?\\b|\\bUNITS?\\b|\\bPCS\\b|จำนวน)");
const RE ChangeLabel = pattern("(CHANGE|\\bBAKI\\b|\\bCHG\\b|เงินทอน|ทอน)");
const RE TenderLabel
    = pattern("(CASH|TENDER|\\bPAID\\b|VISA|MASTER|CARD|DEBIT|CREDIT|\\bBAYAR|TUNAI|เงินสด|รับเงิน)");
const RE CardLabel = pattern("(VISA|MASTER|CARD|DEBIT|CREDIT|AMEX)");
const RE RoundingLabel = pattern("(ROUNDING|ROUND\\s*ADJ|ADJUSTMENT|ADJ\\b|ปัดเศษ)");
const RE TotalWord = pattern("TOTAL");

// Amount tokens of a row: single words ("9.00", "RM9.00") and a currency word
// followed by a number ("RM 9.00").
QList<AmountCandidate> amountsOf(const LayoutRow& row, int rowIndex, const OcrPage& page)
{
    QList<AmountCandidate> out;
    static const RE lead(QStringLiteral("^[^0-9๐-๙]*?(?=(RM|\\$|฿)?[0-9๐-๙])"));
    static const RE cents(QStringLiteral("[.,][0-9๐-๙]{2}\\s*$"));
    static const RE openDecimal(QStringLiteral("[0-9][.,]$"));
    static const RE twoDigits(QStringLiteral("^[0-9]{2}$"));
    static const RE wholeNumber(QStringLiteral("^(RM|\\$|฿)?[0-9]{1,4}$"));
    for (int i = 0; i < row.words.size(); ++i) {
        const QString& word = page.words[row.words[i]].text;
        QString token = word;
        qsizetype length = word.size();
        // OCR splits "68.87" into "68." and "87" when the gap is wide, and at the
        // end of a row drops a faint point altogether ("RM 64 13")
        if (i + 1 < row.words.size()) {
            const OcrWord& here = page.words[row.words[i]];
            const OcrWord& after = page.words[row.words[i + 1]];
            const bool lastTwo = i + 2 == row.words.size();
            const bool close = after.box.left() - here.box.right() < 3 * here.box.height() / 2;
            if (twoDigits.match(after.text).hasMatch()
                && (openDecimal.match(word).hasMatch()
                    || (lastTwo && close && wholeNumber.match(word).hasMatch()))) {
                token += (openDecimal.match(word).hasMatch() ? QString() : QStringLiteral("."))
                    + after.text;
                length = row.starts[i + 1] + after.text.size() - row.starts[i];
            }
        }
        // a rounding or the change is less than one ringgit, printed ".01": with
        // its point faded it reads "RM 01"
        static const RE currency(QStringLiteral("^(RM|\\$|฿)$"), RE::CaseInsensitiveOption);
        if (i > 0 && i + 1 == row.words.size() && twoDigits.match(word).hasMatch()
            && currency.match(page.words[row.words[i - 1]].text).hasMatch()
            && (has(row.text, RoundingLabel) || has(row.text, ChangeLabel)))
            token = QStringLiteral("0.") + word;
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

QString labelBefore(const LayoutRow& row, const AmountCandidate& c)
{
    return row.text.left(c.start);
}

// Whether two amounts differ in exactly one digit, as printed ("43.80", "13.80").
bool oneDigitApart(const Money& a, const Money& b)
{
    const QString x = a.toString();
    const QString y = b.toString();
    if (x.size() != y.size())
        return false;
    int differ = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        differ += x[i] != y[i];
    return differ == 1;
}

// Whether a label speaks of a tax rather than of a total that includes it: the
// first of the two words decides ("Total incl. GST" is a total, "GST @6% included
// in total" is the tax).
bool isTaxLabel(const QString& label)
{
    const auto tax = TaxLabel.match(label);
    if (!tax.hasMatch())
        return false;
    const auto total = TotalLabel.match(label);
    const bool taxFirst = !total.hasMatch() || tax.capturedStart() < total.capturedStart();
    return taxFirst || !has(label, InclusiveLabel);
}

// Whether a row's text before its amounts reads like a bought item, not like a
// line of the receipt's sums.
bool isItemLabel(const QString& label)
{
    return has(label, Letters)
        && !(has(label, TotalLabel) || has(label, TaxLabel) || has(label, ChangeLabel)
            || has(label, TenderLabel) || has(label, RoundingLabel) || has(label, DiscountLabel)
            || has(label, DateLabel) || has(label, QuantityLabel));
}

} // namespace

ReceiptAmounts::Found ReceiptAmounts::find(const ReceiptRows& receipt, QList<Candidate>* candidates)
{
    Found found;
    const QList<LayoutRow>& rows = receipt.rows;
    const QList<const OcrPage*>& rowPage = receipt.pageOf;
    const double medianHeight = receipt.medianHeight;

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
    bool byCard = false;
    for (const AmountCandidate& c : std::as_const(amounts)) {
        // the figure is the row's last amount with cents; digits in the label
        // ("//7", a card's last four) are not it
        if (!c.hasCents || c.start != rowAmounts[c.row].last().start)
            continue;
        const QString label = labelBefore(rows[c.row], c);
        if (change < 0 && has(label, ChangeLabel))
            change = c.value.cents();
        else if (tendered < 0 && has(label, TenderLabel) && !has(label, ChangeLabel)) {
            tendered = c.value.cents();
            byCard = has(label, CardLabel);
        }
    }
    // (a card pays the total exactly; no change is printed)
    const qint64 cashMinusChange = tendered >= 0 && change >= 0 && tendered > change
        ? tendered - change
        : (tendered > 0 && change < 0 && byCard ? tendered : -1);

    // Sums printed before the total: subtotal, taxes added to it, rounding.
    struct Part
    {
        qint64 cents;
        int row;
    };
    QList<Part> subtotals, taxes, roundings;
    for (const AmountCandidate& c : std::as_const(amounts)) {
        if (!c.hasCents || c.start != rowAmounts[c.row].last().start)
            continue;
        const QString label = labelBefore(rows[c.row], c);
        if (has(label, SubtotalLabel) || (has(label, TotalLabel) && has(label, ExclusiveLabel)))
            subtotals.append({ c.value.cents(), c.row });
        else if (isTaxLabel(label) && !has(label, InclusiveLabel))
            taxes.append({ c.value.cents(), c.row });
        else if (has(label, RoundingLabel) && !has(label, TotalWord))
            roundings.append({ c.value.cents(), c.row });
    }
    // The subtotal plus a tax (or none), give or take a rounding, each sum with
    // the rows it was read from. Computed once: scoring asks whether a
    // candidate is such a sum, the correction below takes them as witnesses.
    struct Sum
    {
        qint64 cents;
        Part subtotal;
        std::optional<Part> tax;
        std::optional<Part> rounding;
        bool uses(int row) const
        {
            return subtotal.row == row || (tax && tax->row == row)
                || (rounding && rounding->row == row);
        }
    };
    QList<Sum> sums;
    for (const Part& sub : std::as_const(subtotals)) {
        QList<std::optional<Part>> added { std::nullopt };
        for (const Part& t : std::as_const(taxes))
            added.append(t);
        for (const std::optional<Part>& t : std::as_const(added)) {
            const qint64 base = sub.cents + (t ? t->cents : 0);
            sums.append({ base, sub, t, std::nullopt });
            for (const Part& r : std::as_const(roundings)) {
                if (r.cents != 0) {
                    sums.append({ base + r.cents, sub, t, r });
                    sums.append({ base - r.cents, sub, t, r });
                }
            }
        }
    }
    // Whether an amount is such a sum (something added to the subtotal), all
    // printed on other rows: the receipt's own arithmetic confirms it.
    auto addsUp = [&](const AmountCandidate& c) {
        const qint64 v = c.value.cents();
        return std::any_of(sums.begin(), sums.end(), [&](const Sum& sum) {
            return sum.cents == v && sum.subtotal.cents < v && !sum.uses(c.row)
                && (sum.rounding || (sum.tax && sum.tax->cents > 0));
        });
    };

    // The items printed above a row (the amount at the right of a described row)
    // and their sum: a total that equals the sum of the items above it is
    // confirmed by the receipt's own arithmetic.
    QList<qint64> itemsSumAbove(rows.size() + 1, 0);
    QList<int> itemsAbove(rows.size() + 1, 0);
    for (int i = 0; i < rows.size(); ++i) {
        const QList<AmountCandidate>& inRow = rowAmounts[i];
        const bool item = !inRow.isEmpty() && inRow.last().hasCents
            && isItemLabel(rows[i].text.left(inRow.first().start));
        itemsSumAbove[i + 1] = itemsSumAbove[i] + (item ? inRow.last().value.cents() : 0);
        itemsAbove[i + 1] = itemsAbove[i] + (item ? 1 : 0);
    }

    qint64 largest = 0;
    for (const AmountCandidate& c : std::as_const(amounts))
        largest = std::max(largest, c.value.cents());
    static const LinearModel written = TotalModel::written();
    for (AmountCandidate& c : amounts) {
        using F = TotalModel::Feature;
        TotalModel::Features& f = c.features;
        f.fill(0);
        const LayoutRow& row = rows[c.row];
        QString label = labelBefore(row, c);
        // a label alone on the row above ("TOTAL" / "9.00" on the next line)
        if (!has(label, Letters) && c.row > 0 && rowAmounts[c.row - 1].isEmpty()) {
            label = rows[c.row - 1].text;
            f[F::LabelOnRowAbove] = 1;
        }
        const bool totalLabelled = has(label, TotalLabel);
        f[F::TotalLabel] = totalLabelled;
        f[F::StrongTotalLabel] = has(label, StrongTotalLabel);
        f[F::SubtotalLabel] = has(label, SubtotalLabel);
        f[F::TaxLabel] = isTaxLabel(label);
        f[F::ExclusiveLabel] = has(label, ExclusiveLabel);
        f[F::DiscountLabel] = has(label, DiscountLabel);
        f[F::QuantityLabel] = has(label, QuantityLabel);
        f[F::ChangeLabel] = has(label, ChangeLabel);
        f[F::RoundingLabel] = has(label, RoundingLabel) && !has(label, TotalWord);
        f[F::TenderLabel] = has(label, TenderLabel);
        f[F::NoCents] = !c.hasCents;
        f[F::NotPositive] = c.value.cents() <= 0;
        // Tables (tax summaries, item lines with price and amount) have several
        // amounts in a row; the total stands alone after its label.
        const QList<AmountCandidate>& inRow = rowAmounts[c.row];
        f[F::InTableRow] = inRow.size() >= 3;
        f[F::SecondInRow] = inRow.size() == 2 && inRow.first().start != c.start;
        // a tax summary's gross: the row's last amount, its net plus its tax
        f[F::TaxSummaryGross] = inRow.size() >= 3 && c.start == inRow.last().start && c.hasCents
            && inRow[inRow.size() - 3].value.cents() + inRow[inRow.size() - 2].value.cents()
                == c.value.cents();
        f[F::Recurs] = float(std::min(occurrences.value(c.value.cents()) - 1, 3));
        const bool paid = cashMinusChange >= 0 && cashMinusChange == c.value.cents();
        f[F::CashMinusChange] = paid;
        f[F::CashMinusChangeLabelled] = paid && totalLabelled;
        // A sum printed with a total's label is as often a subtotal (the total
        // follows after discounts); the sum matters most for an amount with no
        // label of its own, the cash paid.
        f[F::AddsUp] = c.hasCents && addsUp(c);
        if (c.hasCents && itemsAbove[c.row] > 0 && itemsSumAbove[c.row] == c.value.cents()) {
            const F which = totalLabelled ? F::ItemsSumLabelled
                : itemsAbove[c.row] >= 2  ? F::ItemsSumManyUnlabelled
                                          : F::ItemsSumUnlabelled;
            f[which] = 1;
        }
        f[F::LargerPrint] = float(std::clamp(row.height / medianHeight - 1.0, 0.0, 1.0));
        f[F::LowOnPage] = float(double(c.row) / rows.size()); // totals sit low on the receipt
        f[F::Largest] = c.value.cents() == largest;
    }
    // the total comes after the subtotal and discounts that share its label
    AmountCandidate* lastLabelled = nullptr;
    for (AmountCandidate& c : amounts) {
        if (c.features[TotalModel::TotalLabel] > 0 && (!lastLabelled || c.row >= lastLabelled->row))
            lastLabelled = &c;
    }
    if (lastLabelled)
        lastLabelled->features[TotalModel::LastTotalLabelled] = 1;
    for (AmountCandidate& c : amounts)
        c.score = written.score(c.features);
    if (candidates) {
        for (const AmountCandidate& c : std::as_const(amounts))
            candidates->append({ c.value, c.features });
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
    qint64 roundedUnprinted = -1;
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
            // the rounded amount is often printed on the rounding row itself
            const bool plausible = c.score > 0 || c.value.cents() == cashMinusChange
                || has(labelBefore(rows[c.row], c), RoundingLabel);
            if (c.value.cents() % 5 == 0 && diff > 0 && diff <= 2 && plausible
                && (!rounded || c.score > rounded->score))
                rounded = &c;
        }
        if (rounded
            && (adjustment == 0
                || std::abs(rounded->value.cents() - total->value.cents()) == adjustment))
            total = rounded;
        // the rounded amount not printed at all: the total and its adjustment
        else if (!rounded && adjustment > 0) {
            for (const qint64 v :
                { total->value.cents() + adjustment, total->value.cents() - adjustment }) {
                if (v > 0 && v % 5 == 0)
                    roundedUnprinted = v;
            }
        }
    }
    // What the receipt's arithmetic says the total is: cash minus change, the
    // subtotal plus its tax (and rounding), a total plus the rounding printed
    // under it. A chosen total (or its rounding) that none of them gives, one
    // digit away from one of them, is an OCR misreading of one digit ("43.80"
    // for "13.80"): two figures read right agree with each other better than one
    // label does.
    qint64 corrected = roundedUnprinted;
    if (totalFound) {
        QList<qint64> derived;
        if (cashMinusChange > 0)
            derived.append(cashMinusChange);
        for (const Sum& sum : std::as_const(sums)) {
            if (sum.tax)
                derived.append(sum.cents);
        }
        for (const AmountCandidate& c : std::as_const(amounts)) {
            const QString label = labelBefore(rows[c.row], c);
            // (the chosen total's own row is no witness to it)
            if (!c.hasCents || !has(label, TotalLabel) || has(label, RoundingLabel)
                || c.row == total->row)
                continue;
            for (const Part& r : std::as_const(roundings)) {
                if (r.row > c.row) {
                    derived.append(c.value.cents() + r.cents);
                    derived.append(c.value.cents() - r.cents);
                }
            }
        }
        // One derivation can be misread too (the change): a correction needs two
        // witnesses, derivations or the amount printed on another row.
        // The total's row read again, by each engine, gives more witnesses.
        const qint64 chosen = roundedUnprinted >= 0 ? roundedUnprinted : total->value.cents();
        if (!derived.contains(chosen)) {
            QList<qint64> rereads;
            receipt.readAgainByAll(total->row, [&](const SecondReading& second) {
                const QList<AmountCandidate> again = amountsOf(second.row, 0, second.page);
                if (!again.isEmpty() && again.last().hasCents)
                    rereads.append(again.last().value.cents());
                return again.isEmpty() || again.last().value.cents() != chosen;
            });
            std::optional<qint64> repaired;
            for (qint64 reread : std::as_const(rereads)) {
                if (reread > 0 && reread != chosen && derived.contains(reread))
                    repaired = reread;
            }
            for (qint64 d : std::as_const(derived)) {
                if (repaired || d <= 0
                    || !oneDigitApart(Money::fromCents(d), Money::fromCents(chosen)))
                    continue;
                qsizetype witnesses = derived.count(d) + rereads.count(d);
                for (const AmountCandidate& c : std::as_const(amounts))
                    witnesses += c.value.cents() == d && c.hasCents && c.row != total->row;
                if (witnesses >= 2) {
                    repaired = d;
                    break;
                }
            }
            if (repaired)
                corrected = *repaired;
        }
    }
    if (totalFound) {
        const LayoutRow& row = rows[total->row];
        const OcrPage& page = *rowPage[total->row];
        const Money value = corrected >= 0 ? Money::fromCents(corrected) : total->value;
        // How sure: the figure's OCR confidence weighed by how much its label
        // and place say "total" (less for a figure corrected), then each
        // independent figure of the receipt that gives the same amount halves the
        // doubt left: cash minus change, the subtotal plus tax or rounding, the
        // items above it, the amount printed again on other rows.
        double conf = row.confidenceOf(page, total->start, total->length)
            * std::clamp(total->score / 8.0, 0.2, 1.0) * (corrected >= 0 ? 0.8 : 1.0);
        const qint64 v = value.cents();
        int witnesses = (cashMinusChange == v)
            + (itemsAbove[total->row] >= 2 && itemsSumAbove[total->row] == v);
        // (a sum that adds nothing to its subtotal is that row, counted below)
        witnesses += std::any_of(sums.begin(), sums.end(), [&](const Sum& sum) {
            return sum.cents == v && sum.cents != sum.subtotal.cents && !sum.uses(total->row);
        });
        witnesses += std::min<qsizetype>(
            2, std::count_if(amounts.begin(), amounts.end(), [&](const AmountCandidate& c) {
                return c.hasCents && c.value.cents() == v && c.row != total->row;
            }));
        conf = 1.0 - (1.0 - conf) * std::pow(0.5, witnesses);
        found.total = field(QStringLiteral("total"), value.toString(),
            row.text.mid(total->start, total->length), conf, row, page, total->start,
            total->length);
    }

    // Items: rows above the total with a description and an amount at the right.
    if (total) {
        int n = 0;
        for (int i = 0; i < total->row; ++i) {
            const LayoutRow& row = rows[i];
            const QList<AmountCandidate>& inRow = rowAmounts[i];
            if (inRow.isEmpty() || !inRow.last().hasCents)
                continue;
            const AmountCandidate& a = inRow.last();
            const QString label = row.text.left(inRow.first().start).simplified();
            if (!isItemLabel(label) || a.value.cents() > total->value.cents())
                continue;
            const QString prefix = QStringLiteral("items.%1.").arg(n++);
            const OcrPage& page = *rowPage[i];
            found.items.append(field(prefix + QStringLiteral("item"), label, label,
                row.confidenceOf(page, 0, label.size()), row, page, 0, label.size()));
            found.items.append(field(prefix + QStringLiteral("amount"), a.value.toString(),
                row.text.mid(a.start, a.length), row.confidenceOf(page, a.start, a.length), row,
                page, a.start, a.length));
        }
    }
    return found;
}

} // namespace ClaimDesk
