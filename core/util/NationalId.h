#pragma once

#include <QString>

namespace ClaimDesk::NationalId {

// Thai 13-digit national ID numbers.

// Removes spaces and dashes ("3-1007-01443-81-6" -> "3100701443816").
QString clean(const QString& text);
// True for 13 digits whose last digit is the mod-11 check digit of the first 12.
bool hasValidCheckDigit(const QString& digits);
// The check digit for the first 12 digits, or -1 if they are not 12 digits.
int checkDigit(const QString& first12);

} // namespace ClaimDesk::NationalId
