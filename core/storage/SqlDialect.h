#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>

namespace ClaimDesk {

// Every difference between the SQL of SQLite and PostgreSQL lives here, so the
// repositories and migrations are written once. Statements are written with a few
// placeholders that the dialect expands:
//   ${ID}      an auto-increment 64-bit primary key column definition
//   ${BIGINT}  a 64-bit integer
//   ${BLOB}    a byte string
//   ${REAL}    a floating-point number (confidences; never money)
//   ${NULLS_FIRST}  after an index column that may be NULL: its NULLs sort first,
//                   as SQLite always sorts them (see nullsAsSmallest)
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> create(Kind kind);

    virtual Kind kind() const = 0;
    virtual QString driverName() const = 0;
    // Begins a transaction that will write. SQLite must take the write lock up
    // front, or two writers deadlock upgrading their read locks.
    virtual QString beginWriteTransaction() const = 0;
    // A transaction that only reads, from one consistent snapshot.
    virtual QString beginReadTransaction() const = 0;
    // Session settings run on every new connection.
    virtual QStringList connectionSetup() const = 0;
    // Settings run once the schema is known to be ours and current (they may write).
    virtual QStringList writableSetup() const = 0;
    virtual QString tableExists() const = 0; // one bound value: the table name
    // Statements that make a table refuse UPDATE and DELETE.
    virtual QStringList appendOnlyGuard(const QString& table) const = 0;
    // Full-text search over policy clauses (table policy_clauses, column body).
    virtual QStringList createClauseSearch() const = 0;
    // Adds one clause to the search index: bound rowid, body, section.
    virtual QString indexClause() const = 0;
    // Takes one clause out of the search index (an older version): same bound values.
    virtual QString unindexClause() const = 0;
    // Clause ids and relevance (higher is better) for a list of words, best first:
    // bound values are the words joined for the engine (see clauseSearchTerms) and a limit.
    virtual QString searchClauses() const = 0;
    virtual QString clauseSearchTerms(const QStringList& words) const = 0;
    // An index for finding claims by any part of the claimant's name (built from
    // the names already stored, then kept up to date as claims change).
    virtual QStringList createNameSearch() const = 0;
    // A WHERE term over claims for names containing `part`, and its one bound
    // value: through the index when the part is long enough for it, else a scan.
    // For a part few names share, the index hands over the matching claims; for
    // one many share, the claims are walked in the order asked and each is looked
    // up in the index, so the first page comes long before the last match.
    struct Term
    {
        QString sql;
        QVariant value;
    };
    enum class Matches
    {
        Few,
        Many
    };
    virtual Term nameSearch(const QString& part, Matches matches) const = 0;
    // A count of the claims whose name contains `part`, taken from the index
    // alone: the statement, the part's value to bind, then a cap (-1: none).
    // Nothing when the index cannot answer for the part (no index, or a part too
    // short for it).
    virtual std::optional<Term> countNameMatches(const QString& part) const = 0;
    // The indexes of a table that no constraint needs: name and the statement that
    // makes it again. One bound value: the table's name.
    virtual QString secondaryIndexesOf() const = 0;
    // Statements to drop and rebuild index statistics after a bulk load (outside
    // any transaction).
    virtual QStringList analyze() const = 0;
    // Statements that widen a column's CHECK constraint on `table` to the clause
    // `widened`: every stored row already satisfies it, so no row is touched.
    // `narrow` is the constraint's text as created. SQLite edits the stored
    // schema (the documented way to change a constraint without copying the
    // table); the migration then has the connection read its schema again.
    virtual QStringList widenCheck(const QString& table, const QString& column,
        const QString& narrow, const QString& widened) const = 0;

    // After a SELECT in a write transaction: lock the rows it returns and pass
    // over rows another transaction has locked (PostgreSQL); nothing on SQLite,
    // whose write transaction already excludes every other writer.
    virtual QString lockSkippingLocked() const = 0;
    // After a nullable ORDER BY column: NULL sorts as the smallest value, as
    // SQLite does by itself (PostgreSQL sorts it as the largest).
    virtual QString nullsAsSmallest(bool descending) const = 0;

    QString expand(QString sql) const;

protected:
    virtual QString autoIdColumn() const = 0;
    virtual QString blobType() const = 0;
    virtual QString realType() const = 0;
};

} // namespace ClaimDesk
