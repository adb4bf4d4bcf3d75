#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ClaimDesk::Text {

// Thai digits (U+0E50..U+0E59, ๐..๙) as ASCII digits; everything else unchanged.
QString asciiDigits(const QString& text);

// A character of the Thai block (U+0E00..U+0E7F): letters, vowels, marks, digits.
constexpr bool isThai(QChar c)
{
    return c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F;
}
bool containsThai(const QString& text);

// The letters and marks OCR takes for digits ("O" and "D" for 0, "I" and "|" for
// 1, "S" for 5, "B" for 8, ...): the digit a character looks like, and the capital
// a digit looks like (0, 1, 5 and 8: O, I, S, B). Any other character is given
// back as it is.
QChar digitLike(QChar c);
QChar letterLike(QChar digit);

// The Levenshtein distance between a and b (insertions, deletions and
// substitutions of one character each), or limit + 1 as soon as it is known to
// be over limit.
int editDistance(const QString& a, const QString& b, int limit);

// Decodes UTF-8 strictly (a byte-order mark is dropped); the error names the
// first line that is not UTF-8.
Result<QString> decodeUtf8(const QByteArray& bytes);

// The 1-based line of a character offset in a text (for parser errors).
int lineOf(const QByteArray& bytes, qsizetype offset);

// One CSV record and the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};
// RFC 4180: comma-separated, fields in double quotes may hold commas, quotes
// ("" for one) and line breaks; CRLF or LF line ends. Blank lines are skipped.
// Fails naming the line of an unterminated quote or of text after a closing quote.
Result<QList<CsvRecord>> parseCsv(const QString& text);

} // namespace ClaimDesk::Text
