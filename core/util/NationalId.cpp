#include "NationalId.h"

#include <QRegularExpression>

namespace ClaimDesk::NationalId {

QString clean(const QString& text)
{
    // Thai (or any other script's) digits are the same numbers
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
        else if (!c.isSpace() && c != u'-')
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

namespace {

// Thirteen digits (Thai digits too: with Unicode properties \d is any decimal
// digit), grouped by spaces or dashes or not, not part of a longer number (claim
// IDs such as H-20261121-000001 hold fourteen).
const QRegularExpression& idPattern()
{
    static const QRegularExpression Id(QStringLiteral("(?<!\\d)\\d(?:[\\s-]*\\d){12}(?!\\d)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return Id;
}

} // namespace

QString firstIn(const QString& text)
{
    const auto m = idPattern().match(text);
    return m.hasMatch() ? clean(m.captured()) : QString();
}

QString hiddenIn(const QString& text, const QString& placeholder)
{
    QString out = text;
    return out.replace(idPattern(), placeholder);
}

QString maskedIn(const QString& text)
{
    QString out = text;
    qsizetype shift = 0;
    for (auto it = idPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString digits = clean(m.captured());
        const QString shown = QString(digits.size() - 4, QChar(0x2022)) + digits.right(4);
        out.replace(m.capturedStart() + shift, m.capturedLength(), shown);
        shift += shown.size() - m.capturedLength();
    }
    return out;
}

} // namespace ClaimDesk::NationalId
