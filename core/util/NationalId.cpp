#include "NationalId.h"

#include "util/Text.h"

#include <QRegularExpression>

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

QString maskedIn(const QString& text)
{
    static const QRegularExpression Id(
        QStringLiteral("(?<![0-9])[0-9](?:[\\s-]*[0-9]){12}(?![0-9])"));
    QString out = text;
    qsizetype shift = 0;
    for (auto it = Id.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString digits = clean(m.captured());
        const QString shown = QString(digits.size() - 4, QChar(0x2022)) + digits.right(4);
        out.replace(m.capturedStart() + shift, m.capturedLength(), shown);
        shift += shown.size() - m.capturedLength();
    }
    return out;
}

} // namespace ClaimDesk::NationalId
