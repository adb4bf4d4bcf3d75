#pragma once

#include "util/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ClaimDesk::FieldParsers {

// Normalising what OCR reads on Thai and English documents.

// An amount as printed: "1,234.50", "RM 9.00", "฿1,250", "THB 80.00", "9,00".
// Letters OCR confuses with digits inside a number (O, o, l, I, S) are read as
// digits. Returns nothing when the text is not one amount.
std::optional<Money> parseAmount(const QString& text);

struct DateMatch
{
    QDate date;
    qsizetype start = 0; // position and length of the match in the searched text
    qsizetype length = 0;
    bool hasTime = false; // a clock time follows (receipts print "date time")
};
// All dates in a text, in order: day-first numeric dates (25/12/2018, 5-3-18,
// 25.12.2561), year-first (2016/05/01), month names in English, Malay and Thai
// (05 MAR 2018, OCT 3, 2016, 12 มกราคม 2562, 3 ม.ค. 62), Buddhist-era years converted
// to Gregorian (minus 543). Two-digit years are 20xx, or Buddhist era 25xx when the
// month is Thai. Only real calendar dates between 1900 and 2100 are returned.
QList<DateMatch> findDates(const QString& text);
std::optional<QDate> parseDate(const QString& text);

// A Thai national ID read by OCR, after repair.
struct NationalIdReading
{
    QString digits; // 13 digits, repaired when exactly one repair fits
    bool valid = false; // the check digit matches
    bool repaired = false;
    int candidates = 0; // repairs that would fit; > 1 means ambiguous (flag it)
};
// Finds the first run of 13 digits (spaces and dashes allowed between groups, OCR
// look-alikes such as O for 0 tolerated) and checks it. A wrong check digit is
// repaired when exactly one single-digit change among the characters OCR commonly
// confuses makes it valid.
std::optional<NationalIdReading> findNationalId(const QString& text);

} // namespace ClaimDesk::FieldParsers
