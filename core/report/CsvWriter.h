#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace ClaimDesk {

// Writes RFC 4180 CSV in UTF-8: CRLF line ends; a field holding a comma, a
// double quote, CR or LF is quoted, with quotes doubled.
//
// Cells are also neutralised against formula injection: a cell that begins with
// =, +, -, @, a tab or a carriage return would be run as a formula by a
// spreadsheet, so it gets a leading apostrophe, unless it is a plain decimal
// number such as "-12.50" (which a spreadsheet reads as a number, not a formula).
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice* out);

    // False once a write failed (disk full, closed pipe); later rows are dropped.
    bool writeRow(const QStringList& cells);
    bool ok() const { return m_ok; }
    QString errorString() const;

    static QString field(const QString& cell); // neutralised and quoted as needed
    static QString neutralised(const QString& cell);

private:
    QIODevice* m_out;
    bool m_ok = true;
};

} // namespace ClaimDesk
