#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QList>
#include <functional>

namespace ClaimDesk {

// What was copied of one table, and the check that it arrived whole: the rows
// and an order-free checksum of their values, read back from the target.
struct TableCopied
{
    QString table;
    qint64 rows = 0;
    QByteArray checksum; // hex; the same on both sides or the copy failed
};

// Copies a whole claim book into another that holds no claims yet (a desk's
// SQLite file into a team's PostgreSQL book): every table, in an order that
// keeps every reference whole, with the IDs kept; the target's ID sequences
// then carry on after the largest copied. Lines the target's own log already
// holds stay, and the copied log lines follow them with new numbers.
//
// All or nothing: one write transaction on the target, committed only when every
// table's rows and checksum match the source. Any thread, on connections opened
// there. `progress` is called between batches with the rows done and the rows in
// all; it returns false to stop, and then nothing is kept.
class BookCopy final
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    BookCopy(Database source, Database target);

    Result<QList<TableCopied>> run(const Progress& progress = {});

private:
    Status checkTargetEmpty() const;
    Result<qint64> rowsToCopy() const;
    Status restartIdSequences() const;

    Database m_source;
    Database m_target;
};

} // namespace ClaimDesk
