#pragma once

#include <QString>
#include <QStringList>

// Rich text built around translated sentences, so translators see whole
// sentences and no markup: the markup is added here, the words escaped.
namespace ClaimDesk::RichText {

inline QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

inline QString tagged(const char* tag, const QString& text)
{
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), escaped(text));
}

inline QString heading(const QString& text, int level = 3)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text.toHtmlEscaped());
}

inline QString paragraph(const QString& text)
{
    return tagged("p", text);
}
inline QString bold(const QString& text)
{
    return tagged("b", text);
}
inline QString italic(const QString& text)
{
    return tagged("i", text);
}

// A two-column table of labels and values, the values already rich text.
inline QString labelledRows(const QList<std::pair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table cellpadding='4'>");
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    return html + QStringLiteral("</table>");
}

inline QString headerRow(const QStringList& cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += tagged("th", cell);
    return html + QStringLiteral("</tr>");
}

} // namespace ClaimDesk::RichText
