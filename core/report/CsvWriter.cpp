#include "CsvWriter.h"

#include <QRegularExpression>

namespace ClaimDesk {

CsvWriter::CsvWriter(QIODevice* out)
    : m_out(out)
{ }

QString CsvWriter::neutralised(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@'
        || first == u'\t' || first == u'\r';
    if (!risky)
        return cell;
    static const QRegularExpression PlainNumber(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    if (PlainNumber.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::field(const QString& cell)
{
    QString text = neutralised(cell);
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r');
    if (!quote)
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    if (!m_ok)
        return false;
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(cells[i]);
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    m_ok = m_out->write(bytes) == bytes.size();
    return m_ok;
}

QString CsvWriter::errorString() const
{
    return m_out->errorString();
}

} // namespace ClaimDesk
