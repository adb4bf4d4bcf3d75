#include "extract/ReceiptMerchant.h"

#include "extract/ReceiptRows.h"
#include "util/Text.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace ClaimDesk {

namespace {

using RE = QRegularExpression;
using namespace ReceiptText; // pattern, has, Letters, DateLabel, field

const RE CompanyWord = pattern(
    "(SDN\\.?\\s*BHD|S/B\\b|\\bBHD\\b|BERHAD|ENTERPRISE|TRADING|RESTAURANT|RESTORAN|\\bCO\\.|"
    "COMPANY|\\bLTD\\b|LIMITED|\\bPLT\\b|\\bINC\\b|CORP|\\bMART\\b|STORE|\\bSHOP\\b|PHARMACY|"
    "FARMASI|HARDWARE|BAKER|\\bCAFE\\b|KEDAI|STATIONERY|BOOK|HOSPITAL|CLINIC|KLINIK|MEDICAL|"
    "บริษัท|จำกัด|โรงพยาบาล|คลินิก|ร้าน|ห้างหุ้นส่วน)");
// A legal form that ends a company's name (OCR's look-alikes included: "$/B", "5/8").
const RE LegalSuffix = pattern(
    "(\\bS[DOUI0][NM]\\.?\\s*B[HNIL1]{1,2}[DO0]\\b|(?<!\\w)[S5$]/[B8](?!\\w)|\\bBHD\\b|BERHAD|"
    "\\bPLT\\b|\\bLTD\\b|LIMITED|จำกัด)");
// A Malaysian company number ("(728515-M)", "001904043-H", "SA0099552-P"),
// OCR's look-alikes of digits allowed ("519S37-X").
const RE RegistrationNumber
    = pattern("(?<![\\w-])[A-Z]{0,3}\\d[\\dOSIl]{4,11}(\\s?-\\s?[A-Z]\\b|\\s[A-Z]\\))");
const RE CountryOnly = pattern("^\\W*(MALAYSIA|THAILAND|SINGAPORE|ประเทศไทย)\\W*$");
const RE RegistrationLabel = pattern("\\b(CO|COMPANY|ROC|REG|REGISTRATION|NO|SSM|BUSINESS)\\b");
const RE OwnerLabel = pattern("(OWNED\\s*BY|OPERATED\\s*BY|MANAGED\\s*BY|MEMBER\\s*OF|"
                              "A\\s*DIVISION\\s*OF|ดำเนินการโดย)");
// A row that only names the document.
const RE DocumentTitle
    = pattern("^\\W*(CASH(\\s*(SALES?|BILL|RECEIPT))?|(SIMPLIFIED\\s*)?(FULL\\s*)?TAX\\s*"
              "INVOICE|(OFFICIAL\\s*)?RECEIPT|INVOICE|BILL|ใบเสร็จรับเงิน|ใบกำกับภาษี)\\W*$");
const RE NotMerchant = pattern(
    "(\\bTEL\\b|TEL\\s*[:.]|\\bFAX|PHONE|\\bH/"
    "P|\\bGST\\b|\\bREG\\b|REG\\.|INVOICE|RECEIPT|CASH\\s*BILL|"
    "\\bTAX\\b|JALAN|\\bJLN\\b|TAMAN|\\bLOT\\b|EMAIL|E-MAIL|WWW|@|\\bROAD\\b|\\bSTREET\\b|"
    "\\bNO\\s*[.:]|"
    "WELCOME|THANK|\\bDATE\\b|CASHIER|ใบเสร็จ|โทร|เลขประจำตัวผู้เสียภาษี|(?<![\\d-])\\d{5}(?![\\d-]))");

const RE RepeatedLetter = pattern("^(.)\\1{2,}$");

// A name row read at least this surely is kept as read: its second readings
// changed no name on the folds the threshold was chosen on.
constexpr double NameReadSurely = 0.95;

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

// Where a row has a company registration number: beside a name, or alone (with
// its label, "Co. No."), which puts the name on the row above.
enum class Registration
{
    None,
    BesideName,
    Alone
};

Registration registrationIn(const QString& text)
{
    const auto m = RegistrationNumber.match(text);
    if (!m.hasMatch())
        return Registration::None;
    QString rest = text;
    rest.remove(m.capturedStart(), m.capturedLength());
    rest.remove(RegistrationLabel);
    static const RE letters(QStringLiteral("[A-Za-z]{2,}"));
    return has(rest, letters) ? Registration::BesideName : Registration::Alone;
}

// Whether a row of a name needs the row above: it has nothing but the legal
// form, closes a bracket it did not open, or starts with a word that ends names.
bool startsMidName(const QString& text)
{
    static const RE form(QStringLiteral("\\b(SDN|BHD|BERHAD|S/B|CO|COMPANY|PLT|LTD|LIMITED)\\b\\.?|"
                                        "\\([A-Z]{1,3}\\)"),
        RE::CaseInsensitiveOption);
    QString rest = text;
    rest.remove(form);
    static const RE threeLetters(QStringLiteral("[A-Za-z\\x{0E00}-\\x{0E7F}]{3}"));
    if (!has(rest, threeLetters))
        return true;
    if (text.count(QLatin1Char(')')) > text.count(QLatin1Char('(')))
        return true;
    static const RE endingWord(
        QStringLiteral("^\\W*(ENTERPRISES?|TRADING|SDN|BHD|BERHAD|COMPANY|CO\\b|HOLDINGS|"
                       "INDUSTRIES|MARKETING|SERVICES?)\\b"),
        RE::CaseInsensitiveOption);
    return has(text, endingWord);
}

// The name printed again elsewhere on the receipt is another reading of it:
// whole in a footer ("ENW Hardware Centre (M) Sdn. Bhd."), or word by word in an
// owner's name ("SANYU SUPPLY SDN BHD") or a handle ("Sanyu.Stationery"). A
// repeat of the whole name read with more confidence than the name's rows is
// taken. A word of the name that other rows read with one letter different, in
// more places than they read it as the name has it (counting the name's own
// reading), is taken as most of them read it. `confidence` is the reading's,
// the repeat's when that is taken.
QString checkedAgainstRepeats(
    QString name, const ReceiptRows& receipt, int firstRow, int lastRow, double& confidence)
{
    const auto elsewhere = [&](int i) { return i < firstRow || i > lastRow; };
    if (name.size() >= 10) {
        const QString upper = name.toUpper();
        const int near = std::max(2, int(name.size() / 8));
        const LayoutRow* repeat = nullptr;
        for (int i = 0; i < receipt.size(); ++i) {
            const LayoutRow& row = receipt.rows[i];
            if (elsewhere(i) && row.confidence > confidence
                && Text::editDistance(upper, row.text.toUpper(), near) <= near) {
                repeat = &row;
                confidence = row.confidence;
            }
        }
        if (repeat) {
            confidence = repeat->confidence;
            return repeat->text;
        }
    }

    static const RE word(QStringLiteral("[\\p{L}\\p{M}]{5,}"), RE::UseUnicodePropertiesOption);
    QHash<QString, int> readings; // the words of the other rows, in capitals
    for (int i = 0; i < receipt.size(); ++i) {
        if (!elsewhere(i))
            continue;
        for (auto it = word.globalMatch(receipt.rows[i].text); it.hasNext();)
            ++readings[it.next().captured().toUpper()];
    }
    QList<QRegularExpressionMatch> words;
    for (auto it = word.globalMatch(name); it.hasNext();)
        words.prepend(it.next()); // replaced from the end, so the offsets hold
    for (const QRegularExpressionMatch& m : std::as_const(words)) {
        const QString printed = m.captured();
        const QString upper = printed.toUpper();
        int most = 1 + readings.value(upper);
        QString taken;
        for (auto it = readings.cbegin(); it != readings.cend(); ++it) {
            if (it.value() > most && it.key().size() == upper.size()
                && Text::editDistance(upper, it.key(), 1) == 1) {
                most = it.value();
                taken = it.key();
            }
        }
        if (taken.isEmpty())
            continue;
        QString corrected = printed;
        for (qsizetype k = 0; k < corrected.size(); ++k) {
            if (taken[k] != upper[k])
                corrected[k] = printed[k].isLower() ? taken[k].toLower() : taken[k];
        }
        name.replace(m.capturedStart(), m.capturedLength(), corrected);
    }
    return name;
}

} // namespace

// A company name as registered: the legal suffix read right (OCR gives "SON BHD"
// for "SDN BHD", "$/B" for "S/B"), nothing after it (registration numbers, stray
// marks), letters that OCR read as look-alike digits put back ("D.1.Y." is
// "D.I.Y."). (A "¥" read for a "Y" and a stray letter at either end were once
// repaired too: neither changed a name on folds A and B, and they went.)
QString ReceiptMerchant::cleanName(QString name)
{
    static const RE sdnBhd(QStringLiteral("\\bS[DOUI0][NM]\\s*\\.?\\s*B[HNIL1]{1,2}[DO0]\\b\\.?"),
        RE::CaseInsensitiveOption);
    name.replace(sdnBhd, QStringLiteral("SDN BHD"));
    static const RE sb(QStringLiteral("(?<!\\w)[S5$]/[B8](?!\\w)"), RE::CaseInsensitiveOption);
    name.replace(sb, QStringLiteral("S/B"));
    // the name ends with its legal form
    static const RE afterSuffix(
        QStringLiteral("\\b(SDN BHD|S/B|BHD|BERHAD|PLT)\\b\\.?"), RE::CaseInsensitiveOption);
    if (const auto m = afterSuffix.match(name); m.hasMatch())
        name.truncate(m.capturedEnd());
    // or before a registration number
    if (const auto m = RegistrationNumber.match(name); m.hasMatch())
        name.truncate(m.capturedStart());

    // digits inside a word of letters are letters misread
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words) {
        int letters = 0;
        int digits = 0;
        for (const QChar c : std::as_const(w)) {
            letters += c.isLetter();
            digits += c.isDigit();
        }
        if (letters < 2 || digits == 0 || digits >= letters)
            continue;
        for (QChar& c : w)
            c = Text::letterLike(c);
    }
    // a lower-case scrap before a name printed in capitals ("lite. TRI SHAAS")
    while (words.size() > 1 && words.first() == words.first().toLower()
        && words.mid(1).join(QLatin1Char(' ')) == words.mid(1).join(QLatin1Char(' ')).toUpper()
        && words.first().contains(QRegularExpression(QStringLiteral("[a-z]"))))
        words.removeFirst();
    name = words.join(QLatin1Char(' '));

    static const RE edges(QStringLiteral("^[^\\w(]+|[^\\w).]+$"), RE::UseUnicodePropertiesOption);
    name = name.remove(edges).simplified();
    return name.simplified();
}

namespace {

// What MerchantModel knows of the top row i, which has `letters` letters.
// `suffixSeen` says whether a row above had a legal form, and is set when this
// one has.
MerchantModel::Features rowFeatures(
    const ReceiptRows& receipt, int i, qsizetype letters, bool& suffixSeen)
{
    using F = MerchantModel::Feature;
    const QList<LayoutRow>& rows = receipt.rows;
    const LayoutRow& row = rows[i];
    MerchantModel::Features f {};
    f[F::CompanyWord] = has(row.text, CompanyWord);
    if (has(row.text, LegalSuffix)) {
        f[suffixSeen ? F::LaterLegalSuffix : F::FirstLegalSuffix] = 1;
        suffixSeen = true;
    }
    const Registration registration = registrationIn(row.text);
    if (registration == Registration::BesideName && !has(row.text, RegistrationLabel))
        f[F::RegistrationBeside] = 1;
    else if (registration == Registration::None && i + 1 < rows.size()
        && registrationIn(rows[i + 1].text) == Registration::Alone)
        f[has(rows[i + 1].text, RegistrationLabel) ? F::RegistrationBelowLabelled
                                                   : F::RegistrationBelow]
            = 1;
    f[F::CountryOnly] = has(row.text, CountryOnly);
    f[F::Owner] = has(row.text, OwnerLabel) || (i > 0 && has(rows[i - 1].text, OwnerLabel));
    f[F::NotMerchant] = has(row.text, NotMerchant);
    f[F::DocumentTitle] = has(row.text, DocumentTitle);
    f[F::LowerCase] = row.text == row.text.toLower();
    f[F::PrintSize] = float(std::clamp(row.height / receipt.medianHeight - 1.0, -0.5, 1.5));
    f[F::RowIndex] = float(i);
    f[F::LetterShare] = float(double(letters) / std::max<qsizetype>(1, row.text.size()));
    f[F::Confidence] = float(row.confidence);
    f[F::WordlikeShare] = float(wordlikeShare(row.text));
    return f;
}

} // namespace

std::optional<ExtractedField> ReceiptMerchant::find(
    const ReceiptRows& receipt, const LinearModel& model, QList<Candidate>* candidates)
{
    if (receipt.isEmpty())
        return std::nullopt;
    const QList<LayoutRow>& rows = receipt.rows;
    const QList<const OcrPage*>& rowPage = receipt.pageOf;
    const OcrPage* first = receipt.pageOf.first();
    const int top = std::min<int>(int(rows.size()), 12);
    double best = -1e9;
    int bestRow = -1;
    bool suffixSeen = false;
    for (int i = 0; i < top && rowPage[i] == first; ++i) {
        static const RE letter(QStringLiteral("[A-Za-z\\x{0E00}-\\x{0E7F}]"));
        const qsizetype letters = rows[i].text.count(letter);
        if (letters < 3)
            continue;
        const MerchantModel::Features features = rowFeatures(receipt, i, letters, suffixSeen);
        if (candidates)
            candidates->append({ i, rows[i].text, features });
        const double s = model.score(features);
        if (s > best) {
            best = s;
            bestRow = i;
        }
    }
    if (bestRow >= 0) {
        const LayoutRow& row = rows[bestRow];
        int firstRow = bestRow;
        int lastRow = bestRow;
        QString name = row.text;
        // A name broken over rows upward: this row holds only the legal form
        // ("CO. (M) SDN BHD"), closes a bracket opened above ("ALAM) SDN BHD")
        // or starts with a word no name starts with ("ENTERPRISE (SETIA").
        for (int above = bestRow - 1; above >= 0 && above >= bestRow - 2; --above) {
            const LayoutRow& prev = rows[above];
            const bool sameSize
                = std::abs(prev.height - row.height) <= std::max(3, row.height * 3 / 10);
            if (!startsMidName(name) || !sameSize || has(prev.text, NotMerchant)
                || !has(prev.text, Letters))
                break;
            name = prev.text + QLatin1Char(' ') + name;
            firstRow = above;
        }
        // A name broken over rows: the row ends in "&" or an open bracket, or
        // the legal suffix follows on the next rows in the same print.
        for (int next = bestRow + 1; next < rows.size() && next <= bestRow + 2; ++next) {
            const QString& more = rows[next].text;
            static const RE continues(
                QStringLiteral("(&|\\bAND|-|\\([^)]*)\\s*$"), RE::CaseInsensitiveOption);
            const bool sameSize
                = std::abs(rows[next].height - row.height) <= std::max(3, row.height / 5);
            const bool open = has(name, continues);
            const bool suffixFollows = !has(name, LegalSuffix) && sameSize && has(more, LegalSuffix)
                && !has(more, NotMerchant);
            if (!(open || suffixFollows) || has(more, NotMerchant))
                break;
            name += QLatin1Char(' ') + more;
            lastRow = next;
            if (has(name, LegalSuffix) && !has(name, continues))
                break;
        }
        // The second look: each row of the name read on its own by each engine,
        // the readings voting word by word, but for a row read surely.
        if (receipt.rereader) {
            QStringList parts;
            for (int i = firstRow; i <= lastRow; ++i) {
                if (rows[i].confidence >= NameReadSurely) {
                    parts << rows[i].text;
                    continue;
                }
                QList<SecondReading> readings;
                receipt.readAgainByAll(i, [&](const SecondReading& second) {
                    readings.append(second);
                    return true; // a name is worth every engine's reading
                });
                parts << votedText(rows[i], *rowPage[i], readings);
            }
            name = parts.join(QLatin1Char(' '));
        }
        double read = 0; // the mean confidence of the name's rows
        for (int i = firstRow; i <= lastRow; ++i)
            read += rows[i].confidence / (lastRow - firstRow + 1);
        name = checkedAgainstRepeats(name, receipt, firstRow, lastRow, read);
        // how surely the row was read, times how surely it is the name (a
        // probability for the shipped, learned weights; the calibration is
        // fitted to them, not to the written fallback)
        return field(QStringLiteral("merchant"), cleanName(name), row.text,
            read * LinearModel::logistic(best), row, *rowPage[bestRow], 0, row.text.size());
    }
    return std::nullopt;
}

} // namespace ClaimDesk
