#include "NationalId.h"

#include "util/Text.h"

namespace ClaimDesk::NationalId {

QString clean(const QString& text)
{
    // Thai digits are the same numbers
    QString out = Text::asciiDigits(text);
    out.removeIf([](QChar c) { return c.isSpace() || c == u'-'; });
    return out;
}

int checkDigit(const QString& first12)
{
    if (first12.size() < 12)
        return -1;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const QChar c = first12.at(i);
        if (!c.isDigit())
            return -1;
        sum += c.digitValue() * (13 - i);
    }
    return (11 - sum % 11) % 10;
}

bool hasValidCheckDigit(const QString& digits)
{
    if (digits.size() != 13 || !digits.at(12).isDigit())
        return false;
    return checkDigit(digits) == digits.at(12).digitValue();
}

} // namespace ClaimDesk::NationalId
