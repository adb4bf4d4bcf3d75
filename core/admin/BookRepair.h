#pragma once

#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace ClaimDesk {

// Looking at and saving a damaged desk book (a SQLite file), which Database::open
// refuses: the checks read the file without migrating or writing it, and the
// recovery writes only a new file. Blocking; any thread. Not for team books
// (PostgreSQL keeps its own pages whole; its backups are the server's).
namespace BookRepair {

// SQLite's full integrity check: "ok", or up to 100 problems as SQLite words them.
Result<QStringList> check(const QString& path);

struct Recovered
{
    QString path; // the new book
    // Rows of the main tables: in the new book, and in the damaged one where they
    // could still be counted (else absent).
    QMap<QString, qint64> saved;
    QMap<QString, std::optional<qint64>> before;
};

// Every row that can still be read of `path`, table by table, into a new book at
// `out` (which must not exist) with the current schema: ranges of rows that
// cannot be read are halved down to single rows, so one bad page loses only its
// own rows; rows whose parent was lost (a document of a claim not saved) are left
// out; the search indexes are rebuilt. Fails naming what went wrong, and then
// removes the new file.
Result<Recovered> recover(const QString& path, const QString& out);

// The tables whose rows recover reports.
QStringList countedTables();

} // namespace BookRepair

} // namespace ClaimDesk
