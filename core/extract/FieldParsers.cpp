#include "extract/FieldParsers.h"

#include "util/NationalId.h"
#include "util/Text.h"

#include <QRegularExpression>
#include <algorithm>

namespace ClaimDesk::FieldParsers {

namespace {

struct MonthName
{
    const char16_t* name;
    int month;
    bool thai;
};

// English, Malay and Thai month names and their printed abbreviations.
constexpr MonthName Months[] = { { u"JANUARY", 1, false }, { u"JANUARI", 1, false },
    { u"JAN", 1, false }, { u"FEBRUARY", 2, false }, { u"FEBRUARI", 2, false },
    { u"FEB", 2, false }, { u"MARCH", 3, false }, { u"MAC", 3, false }, { u"MAR", 3, false },
    { u"APRIL", 4, false }, { u"APR", 4, false }, { u"MAY", 5, false }, { u"MEI", 5, false },
    { u"JUNE", 6, false }, { u"JUN", 6, false }, { u"JULY", 7, false }, { u"JULAI", 7, false },
    { u"JUL", 7, false }, { u"AUGUST", 8, false }, { u"OGOS", 8, false }, { u"AUG", 8, false },
    { u"SEPTEMBER", 9, false }, { u"SEPT", 9, false }, { u"SEP", 9, false },
    { u"OCTOBER", 10, false }, { u"OKTOBER", 10, false }, { u"OCT", 10, false },
    { u"OKT", 10, false }, { u"NOVEMBER", 11, false }, { u"NOV", 11, false },
    { u"DECEMBER", 12, false }, { u"DISEMBER", 12, false }, { u"DEC", 12, false },
    { u"DIS", 12, false }, { u"มกราคม", 1, true }, { u"กุมภาพันธ์", 2, true }, { u"มีนาคม", 3, true },
    { u"เมษายน", 4, true }, { u"พฤษภาคม", 5, true }, { u"มิถุนายน", 6, true },
    { u"กรกฎาคม", 7, true }, { u"สิงหาคม", 8, true }, { u"กันยายน", 9, true }, { u"ตุลาคม", 10, true },
    { u"พฤศจิกายน", 11, true }, { u"ธันวาคม", 12, true }, { u"ม.ค.", 1, true }, { u"ก.พ.", 2, true },
    { u"มี.ค.", 3, true }, { u"เม.ย.", 4, true }, { u"พ.ค.", 5, true }, { u"มิ.ย.", 6, true },
    { u"ก.ค.", 7, true }, { u"ส.ค.", 8, true }, { u"ก.ย.", 9, true }, { u"ต.ค.", 10, true },
    { u"พ.ย.", 11, true }, { u"ธ.ค.", 12, true } };

// A Thai vowel or tone mark, which is written on a letter: after the point of an
// abbreviation it can only be a speck OCR read as one ("พ.ุย." for "พ.ย.").
const QString ThaiMark = QStringLiteral("[\\x{0E31}\\x{0E34}-\\x{0E3A}\\x{0E47}-\\x{0E4E}]");

const MonthName* monthNamed(QString word)
{
    static const QRegularExpression markAfterPoint(QStringLiteral("(?<=\\.)") + ThaiMark);
    word.remove(markAfterPoint);
    for (const MonthName& m : Months) {
        if (word == QString::fromUtf16(m.name))
            return &m;
    }
    return nullptr;
}

QString monthAlternation()
{
    QStringList names;
    for (const MonthName& m : Months) {
        QString name = QRegularExpression::escape(QString::fromUtf16(m.name));
        // a speck after an abbreviation's point (see ThaiMark) is let through
        if (m.thai)
            name.replace(QStringLiteral("\\."), QStringLiteral("\\.") + ThaiMark + u'?');
        names << name;
    }
    // longest first so "MARCH" wins over "MAR"
    std::sort(names.begin(), names.end(),
        [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return names.join(QLatin1Char('|'));
}

int fullYear(int year, int digits, bool thaiContext)
{
    if (digits == 2)
        year += thaiContext ? 2500 : 2000;
    if (year >= 2400)
        year -= 543; // Buddhist era
    return year;
}

bool plausible(const QDate& d)
{
    return d.isValid() && d.year() >= 1900 && d.year() <= 2100;
}

const QRegularExpression& timeAfter()
{
    static const QRegularExpression re(QStringLiteral("^[\\s,]{0,4}\\d{1,2}[:.]\\d{2}"));
    return re;
}

} // namespace

std::optional<Money> parseAmount(const QString& printed)
{
    QString t = Text::asciiDigits(printed).trimmed().toUpper();
    static const QRegularExpression currency(
        QStringLiteral("^(RM|MYR|THB|USD|BAHT|\\$|฿)\\s*|\\s*(RM|THB|BAHT|บาท|\\$|฿|\\.-|-)$"));
    for (int i = 0; i < 2; ++i)
        t.remove(currency);
    t.remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    // look-alike letters inside something that is mostly digits ("1O.5O"); any
    // other letter means it is a word, not an amount
    int digits = 0;
    int lookalikes = 0;
    static const QString Lookalikes = QStringLiteral("ODILS|");
    for (const QChar c : t) {
        if (c.isDigit())
            ++digits;
        else if (Lookalikes.contains(c))
            ++lookalikes;
        else if (c != u'.' && c != u',')
            return std::nullopt;
    }
    if (digits == 0 || lookalikes > digits)
        return std::nullopt;
    for (QChar& c : t) {
        if (c == u'O' || c == u'D')
            c = u'0';
        else if (c == u'I' || c == u'L' || c == u'|')
            c = u'1';
        else if (c == u'S')
            c = u'5';
    }
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?$"));
    static const QRegularExpression plain(QStringLiteral("^\\d+(\\.\\d{1,2})?$"));
    static const QRegularExpression decimalComma(QStringLiteral("^\\d+,\\d{2}$"));
    if (grouped.match(t).hasMatch())
        t.remove(QLatin1Char(','));
    else if (decimalComma.match(t).hasMatch())
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    else if (!plain.match(t).hasMatch())
        return std::nullopt;
    if (t.size() > 15)
        return std::nullopt;
    return Money::parse(t);
}

QList<DateMatch> findDates(const QString& original)
{
    QString text = Text::asciiDigits(original).toUpper();
    // The first point of a Thai month abbreviation read as sara u below the
    // letter ("กุค." for "ก.ค."): one character for one, so positions hold.
    static const QRegularExpression thaiPoint(QStringLiteral("(?<=[ก-ฮ])\u0E38(?=[ก-ฮ]\\.)"));
    for (auto it = thaiPoint.globalMatch(text); it.hasNext();)
        text[it.next().capturedStart()] = u'.';
    // Letters OCR reads for digits inside something shaped like a date
    // ("2O/03/2018", "17/O1/2018"): one character for one, so positions hold.
    static const QRegularExpression dateShaped(QStringLiteral(
        "(?<![A-Z0-9])[0-9OISB]{1,2}[/\\-.][0-9OISB]{1,2}[/\\-.][0-9OISB]{2,4}(?![A-Z0-9])"));
    for (auto it = dateShaped.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            text[i] = Text::digitLike(text[i]);
    }
    static const QString months = monthAlternation();
    static const QRegularExpression numeric(
        QStringLiteral("(?<![\\d/.\\-])(\\d{1,2})\\s?([/"
                       "\\-.])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d/])"));
    static const QRegularExpression yearFirst(
        QStringLiteral("(?<!\\d)(\\d{4})([/\\-.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"));
    static const QRegularExpression dayMonth(QStringLiteral(
        "(?<!\\d)(\\d{1,2})\\s*[\\-/.]?\\s*(%1)[A-Z]*\\.?\\s*[\\-/.,]?\\s*(\\d{4}|\\d{2})(?!\\d)")
                                                 .arg(months));
    static const QRegularExpression monthDay(
        QStringLiteral("(?<![A-Z])(%1)[A-Z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)").arg(months));

    QList<DateMatch> found;
    auto add = [&](const QRegularExpressionMatch& m, const QDate& d) {
        if (!plausible(d))
            return;
        DateMatch dm { d, m.capturedStart(), m.capturedLength(), false };
        dm.hasTime = timeAfter().match(text.mid(m.capturedEnd(), 12)).hasMatch();
        found.append(dm);
    };

    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int a = m.captured(1).toInt();
        int b = m.captured(3).toInt();
        const int year = fullYear(m.captured(4).toInt(), int(m.captured(4).size()), false);
        // day first, as in Thailand and Malaysia; month first only when it must be
        if (a <= 12 && b > 12)
            std::swap(a, b);
        add(m, QDate(year, b, a));
    }
    for (auto it = yearFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m,
            QDate(fullYear(m.captured(1).toInt(), 4, false), m.captured(3).toInt(),
                m.captured(4).toInt()));
    }
    for (auto it = dayMonth.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const MonthName* month = monthNamed(m.captured(2));
        if (!month)
            continue;
        add(m,
            QDate(fullYear(m.captured(3).toInt(), int(m.captured(3).size()), month->thai),
                month->month, m.captured(1).toInt()));
    }
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const MonthName* month = monthNamed(m.captured(1));
        if (!month)
            continue;
        add(m,
            QDate(fullYear(m.captured(3).toInt(), 4, month->thai), month->month,
                m.captured(2).toInt()));
    }
    std::sort(found.begin(), found.end(),
        [](const DateMatch& a, const DateMatch& b) { return a.start < b.start; });
    // overlapping matches: keep the first (longest at the same start)
    QList<DateMatch> out;
    for (const DateMatch& d : std::as_const(found)) {
        if (!out.isEmpty() && d.start < out.last().start + out.last().length)
            continue;
        out.append(d);
    }
    return out;
}

std::optional<QDate> parseDate(const QString& text)
{
    const QList<DateMatch> all = findDates(text);
    if (all.isEmpty())
        return std::nullopt;
    return all.first().date;
}

namespace {

// Digits OCR mistakes for each other.
const char* confusedWith(QChar d)
{
    static const char* table[]
        = { "869", "74", "7", "85", "19", "638", "580", "12", "03695", "804" };
    return table[d.digitValue()];
}

} // namespace

std::optional<NationalIdReading> findNationalId(const QString& original)
{
    const QString text = Text::asciiDigits(original);
    // Walk the text collecting runs of digits (and look-alikes) joined by spaces/dashes.
    QString digits;
    QList<int> suspects;
    auto tryRun = [&]() -> std::optional<NationalIdReading> {
        if (digits.size() != 13)
            return std::nullopt;
        NationalIdReading r;
        r.digits = digits;
        r.valid = NationalId::hasValidCheckDigit(digits);
        if (r.valid)
            return r;
        QString fixed;
        auto tryAt = [&](int pos, QChar d) {
            QString c = digits;
            c[pos] = d;
            if (NationalId::hasValidCheckDigit(c)) {
                ++r.candidates;
                fixed = c;
            }
        };
        if (!suspects.isEmpty()) {
            for (int pos : std::as_const(suspects)) {
                for (char d = '0'; d <= '9'; ++d) {
                    if (QChar(d) != digits[pos])
                        tryAt(pos, QChar(d));
                }
            }
        } else {
            for (int pos = 0; pos < 13; ++pos) {
                for (const char* d = confusedWith(digits[pos]); *d; ++d)
                    tryAt(pos, QChar(*d));
            }
        }
        if (r.candidates == 1) {
            r.digits = fixed;
            r.valid = true;
            r.repaired = true;
        }
        return r;
    };
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text[i] : QChar();
        if (c.isDigit()) {
            digits += c;
            continue;
        }
        const QChar look = Text::digitLike(c); // c itself when it looks like no digit
        const bool inRun = !digits.isEmpty();
        if (inRun && look != c && i + 1 < text.size()
            && (text[i + 1].isDigit() || text[i + 1] == u' ' || text[i + 1] == u'-')) {
            suspects << int(digits.size());
            digits += look;
            continue;
        }
        if (inRun && (c == u' ' || c == u'-') && digits.size() < 13)
            continue;
        if (auto r = tryRun())
            return r;
        digits.clear();
        suspects.clear();
    }
    return std::nullopt;
}

} // namespace ClaimDesk::FieldParsers
