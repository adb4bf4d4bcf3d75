#pragma once

#include "domain/DatabaseLocation.h"
#include "storage/SqlDialect.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>

namespace ClaimDesk {

// An open, migrated ClaimDesk database: the one door to storage. Copies share
// one connection; a connection belongs to the thread that opened it, so a worker
// thread opens its own with open() from inside that thread.
class Database final
{
public:
    struct Options
    {
        // Stop migrating at this schema version (tests of upgrades); 0 = latest.
        int migrateTo = 0;
    };
    // A SQLite book up to this size is checked for damage (PRAGMA quick_check:
    // 0.2 s for 100 MB) when a process first opens it.
    static constexpr qint64 QuickCheckBytes = 256LL * 1024 * 1024;
    // The message for a damaged book: names it and the way to save what can be read.
    static QString damagedMessage(const QString& path, const QString& detail);

    // Opens, checks and migrates. Fails with a message naming the file and the
    // problem (locked, read-only, damaged, not ClaimDesk's, from a newer version);
    // a file it refuses is left exactly as it was: nothing is written into a
    // damaged book, and its error (kind Damaged) says how to recover it.
    static Result<Database> open(const DatabaseLocation& location);
    static Result<Database> open(const DatabaseLocation& location, const Options& options);
    // Whether a team server takes the location's login (and its password): a
    // connection made and closed at once, the book neither read nor upgraded.
    static Status checkLogin(const DatabaseLocation& location);

    const DatabaseLocation& location() const;
    const SqlDialect& dialect() const;
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Who is working on the book, as the audit trail names them: the server's
    // session_user on PostgreSQL (the login itself, which no setting can rename),
    // the operating-system login on a SQLite file.
    QString login() const;

    // A query on this connection; prepare() it with bound values, never concatenation.
    QSqlQuery query() const { return QSqlQuery(connection()); }

    // Runs body in one write transaction: committed if it returns ok, rolled back
    // otherwise. Calls nest, each inner one a savepoint: an inner failure is rolled
    // back to where it began; only the outermost commits.
    Status writeTransaction(const std::function<Status()>& body) const;
    // Runs body's reads on one snapshot of the book (inside a write transaction,
    // on that one). Always ends without writing.
    Status readTransaction(const std::function<Status()>& body) const;

private:
    struct Handle;
    explicit Database(std::shared_ptr<Handle> handle);
    std::shared_ptr<Handle> d;
};

} // namespace ClaimDesk
