#include "util/BoundedRead.h"

#include "util/UtilTr.h"

#include <QFile>
#include <cstdio>

namespace ClaimDesk {

QString BoundedRead::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return UtilTr::tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return UtilTr::tr("%1 KiB").arg(bytes / 1024);
    return UtilTr::tr("%1 bytes").arg(bytes);
}

Result<QByteArray> BoundedRead::all(QIODevice& in, qint64 limit, const QString& what)
{
    QByteArray bytes;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 got = in.read(chunk, sizeof chunk);
        if (got < 0)
            return Result<QByteArray>::failure(
                UtilTr::tr("%1 cannot be read: %2").arg(what, in.errorString()));
        if (got == 0) // files and pipes block until data or their end
            break;
        if (bytes.size() + got > limit)
            return Result<QByteArray>::failure(Error::of(ErrorKind::Invalid,
                UtilTr::tr("%1 is larger than the limit of %2").arg(what, sizeText(limit))));
        bytes.append(chunk, got);
    }
    return bytes;
}

Result<QByteArray> BoundedRead::file(const QString& path, qint64 limit)
{
    QFile f;
    const bool isStdin = path == u"-";
    const bool opened = isStdin ? f.open(stdin, QIODevice::ReadOnly)
                                : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    const QString what = isStdin ? UtilTr::tr("standard input") : path;
    if (!opened)
        return Result<QByteArray>::failure(
            UtilTr::tr("%1 cannot be read: %2").arg(what, f.errorString()));
    return all(f, limit, what);
}

BoundedLineReader::BoundedLineReader(QIODevice& in, qint64 limit, QString what)
    : m_in(in)
    , m_limit(limit)
    , m_what(std::move(what))
{ }

Result<std::optional<QByteArray>> BoundedLineReader::next()
{
    using Line = std::optional<QByteArray>;
    // readLine(n) reads at most n - 1 bytes: room for a line at the limit with
    // its CR LF, and one byte more tells a longer one. Only the end gives no
    // bytes at all (an empty line still has its line end).
    QByteArray line = m_in.readLine(m_limit + 3);
    if (line.isEmpty())
        return Line();
    ++m_lineNumber;
    const bool ended = line.endsWith('\n');
    if (ended)
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > m_limit)
        return Result<Line>::failure(Error::of(ErrorKind::Invalid,
            UtilTr::tr("%1: line %2 is longer than the limit of %3")
                .arg(m_what)
                .arg(m_lineNumber)
                .arg(BoundedRead::sizeText(m_limit))));
    return Line(std::move(line));
}

} // namespace ClaimDesk
