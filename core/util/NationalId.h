#pragma once

#include <QString>

namespace ClaimDesk::NationalId {

// Thai 13-digit national ID numbers.

// Removes spaces and dashes and writes any script's digits (Thai ones) as ASCII
// ("3-1007-01443-81-6" -> "3100701443816").
QString clean(const QString& text);
// True for 13 digits whose last digit is the mod-11 check digit of the first 12.
bool hasValidCheckDigit(const QString& digits);
// The check digit for the first 12 digits, or -1 if they are not 12 digits.
int checkDigit(const QString& first12);
// `text` with every 13-digit number in it (grouped by spaces or dashes or not;
// not part of a longer number) shown by its last four digits only: what people
// type into a chat is kept, their ID numbers are not.
QString maskedIn(const QString& text);
// The first such number in `text`, cleaned (ASCII digits only), or empty.
QString firstIn(const QString& text);
// `text` with every such number replaced by `placeholder` (for the log).
QString hiddenIn(const QString& text, const QString& placeholder);

} // namespace ClaimDesk::NationalId
