#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <optional>

namespace ClaimDesk {

// Reading outside input that may never end (/dev/zero, a pipe, a file that is
// still growing) without trusting its size: at most `limit` bytes are read, and
// one more byte fails the read with a message naming `what` and the limit.
// Any thread; no state.
namespace BoundedRead {

// All of `in`, when it ends within `limit` bytes.
Result<QByteArray> all(QIODevice& in, qint64 limit, const QString& what);
// All of the file at `path` ("-" is standard input), when it ends within `limit`.
// Fails naming the file when it cannot be opened or is too large.
Result<QByteArray> file(const QString& path, qint64 limit);

// "64 MiB", "1 MiB", "512 KiB": a limit as people read it.
QString sizeText(qint64 bytes);

} // namespace BoundedRead

// One line at a time from a stream that may hold an endless line: a line longer
// than `limit` bytes fails (and nothing after it is read, since where it ends is
// unknown). Lines are returned without their line end.
class BoundedLineReader final
{
public:
    BoundedLineReader(QIODevice& in, qint64 limit, QString what);

    // The next line; std::nullopt at the end of input. A failure names the
    // line's number and the limit.
    Result<std::optional<QByteArray>> next();
    qint64 lineNumber() const { return m_lineNumber; }

private:
    QIODevice& m_in;
    qint64 m_limit;
    QString m_what;
    qint64 m_lineNumber = 0;
};

} // namespace ClaimDesk
