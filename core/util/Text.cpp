#include "Text.h"

#include "util/UtilTr.h"

#include <QCoreApplication>
#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace ClaimDesk::Text {

namespace { } // namespace

QString asciiDigits(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59)
            c = QChar(u'0' + (c.unicode() - 0x0E50));
    }
    return out;
}

bool containsThai(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return isThai(c); });
}

namespace {

// Each digit and the characters OCR reads for it.
constexpr std::pair<char16_t, std::u16string_view> Lookalikes[]
    = { { u'0', u"OoDQ" }, { u'1', u"Il|i" }, { u'2', u"Zz" }, { u'5', u"Ss" }, { u'6', u"Gb" },
          { u'8', u"B" }, { u'9', u"gq" } };

} // namespace

QChar digitLike(QChar c)
{
    for (const auto& [digit, looks] : Lookalikes) {
        if (looks.find(c.unicode()) != std::u16string_view::npos)
            return digit;
    }
    return c;
}

QChar letterLike(QChar digit)
{
    // the capitals a name is printed in, in the order OCR confuses them most
    for (const QChar letter : { u'O', u'I', u'S', u'B' }) {
        if (digitLike(letter) == digit)
            return letter;
    }
    return digit;
}

int editDistance(const QString& a, const QString& b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> previous(static_cast<std::size_t>(b.size() + 1)), current(previous.size());
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[static_cast<std::size_t>(j)] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            const auto J = static_cast<std::size_t>(j);
            current[J] = std::min({ previous[J] + 1, current[J - 1] + 1, previous[J - 1] + cost });
            best = std::min(best, current[J]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[static_cast<std::size_t>(b.size())];
}

Result<QString> decodeUtf8(const QByteArray& bytes)
{
    int lineNumber = 0;
    for (const QByteArray& line : bytes.split('\n')) {
        ++lineNumber;
        // Invalid bytes decode to U+FFFD; a line may hold U+FFFD honestly (EF BF BD).
        if (QString::fromUtf8(line).contains(QChar::ReplacementCharacter)
            && !line.contains("\xEF\xBF\xBD"))
            return Result<QString>::failure(
                UtilTr::tr("line %1 is not UTF-8 text (save the file as UTF-8 and import it again)")
                    .arg(lineNumber));
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

int lineOf(const QByteArray& bytes, qsizetype offset)
{
    return static_cast<int>(bytes.left(offset).count('\n')) + 1;
}

Result<QList<CsvRecord>> parseCsv(const QString& text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool afterQuote = false; // a closing quote was just read
    bool recordHasContent = false;
    int line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        record.fields << field;
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        if (recordHasContent)
            records << record;
        record = CsvRecord();
        recordHasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (record.fields.isEmpty() && field.isEmpty() && !recordHasContent)
            record.line = line;
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            recordHasContent = true;
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
        } else if (c == u'"' && field.isEmpty() && !afterQuote) {
            quoted = true;
            quoteLine = line;
            recordHasContent = true;
        } else if (afterQuote) {
            return Result<QList<CsvRecord>>::failure(
                UtilTr::tr("line %1: text after a closing quote").arg(line));
        } else {
            field += c;
            recordHasContent = true;
        }
    }
    if (quoted)
        return Result<QList<CsvRecord>>::failure(
            UtilTr::tr("line %1: a quoted field is never closed").arg(quoteLine));
    if (recordHasContent || !field.isEmpty())
        endRecord();
    return records;
}

} // namespace ClaimDesk::Text
