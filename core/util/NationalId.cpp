#include "NationalId.h"

namespace ClaimDesk::NationalId {

QString clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        // Thai digits (U+0E50..U+0E59) are the same numbers.
        if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59)
            out.append(QChar(u'0' + (c.unicode() - 0x0E50)));
        else
            out.append(c);
    }
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
