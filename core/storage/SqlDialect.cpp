#include "SqlDialect.h"

#include "storage/SqlHelpers.h"

#include <QRegularExpression>

namespace ClaimDesk {

namespace {

// Text as one FTS5 phrase: in double quotes, its own quotes doubled, so that
// nothing in it is an operator.
QString ftsPhrase(QString text)
{
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

class SqliteDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    // Deferred: in WAL mode the first read fixes the snapshot, and no lock is taken.
    QString beginReadTransaction() const override { return QStringLiteral("BEGIN"); }
    QStringList connectionSetup() const override
    {
        return { QStringLiteral("PRAGMA foreign_keys = ON") };
    }
    QStringList writableSetup() const override
    {
        // WAL lets the GUI read while an import writes; NORMAL sync is safe with WAL.
        return { QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL") };
    }
    QString tableExists() const override
    {
        return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    }
    QStringList appendOnlyGuard(const QString& table) const override
    {
        return {
            QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                           "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                .arg(table),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                           "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
                .arg(table),
        };
    }
    QStringList analyze() const override { return { QStringLiteral("ANALYZE") }; }
    QStringList widenCheck(const QString& table, const QString& column, const QString& narrow,
        const QString& widened) const override
    {
        const auto quoted = [](QString text) {
            return QStringLiteral("'%1'").arg(
                text.replace(QStringLiteral("'"), QStringLiteral("''")));
        };
        // The last three refuse to go on (a CHECK named TABLE_COLUMN_check_not_as_created
        // fails) when the stored text did not hold the constraint as created.
        return { QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, %1, %2)"
                           " WHERE type = 'table' AND name = %3")
                .arg(quoted(narrow), quoted(widened), quoted(table)),
            QStringLiteral("CREATE TEMP TABLE check_widened (widened INTEGER"
                           " CONSTRAINT %1_%2_check_not_as_created CHECK (widened))")
                .arg(table, column),
            QStringLiteral("INSERT INTO check_widened SELECT instr(sql, %1) > 0"
                           " FROM sqlite_master WHERE type = 'table' AND name = %2")
                .arg(quoted(widened), quoted(table)),
            QStringLiteral("DROP TABLE check_widened") };
    }
    QStringList createClauseSearch() const override
    {
        // FTS5 with BM25; the Porter stemmer matches "scan" to "scans".
        return { QStringLiteral(
            "CREATE VIRTUAL TABLE policy_clauses_fts USING fts5(body, section,"
            " content='policy_clauses', content_rowid='id', tokenize='porter unicode61')") };
    }
    QString indexClause() const override
    {
        return QStringLiteral(
            "INSERT INTO policy_clauses_fts (rowid, body, section) VALUES (?, ?, ?)");
    }
    QString unindexClause() const override
    {
        return QStringLiteral(
            "INSERT INTO policy_clauses_fts (policy_clauses_fts, rowid, body, section)"
            " VALUES ('delete', ?, ?, ?)");
    }
    QString searchClauses() const override
    {
        // bm25() is lower for better matches; the body column weighs more than the section.
        return QStringLiteral("SELECT rowid, -bm25(policy_clauses_fts, 1.0, 0.3) AS relevance"
                              " FROM policy_clauses_fts WHERE policy_clauses_fts MATCH ?"
                              " ORDER BY relevance DESC LIMIT ?");
    }
    QString clauseSearchTerms(const QStringList& words) const override
    {
        QStringList quoted;
        for (const QString& w : words)
            quoted << ftsPhrase(w);
        return quoted.join(QStringLiteral(" OR "));
    }
    QString nullsAsSmallest(bool) const override { return {}; }
    QString lockSkippingLocked() const override { return {}; }
    QString secondaryIndexesOf() const override
    {
        // Indexes behind a PRIMARY KEY or UNIQUE constraint have no SQL of their own.
        return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                              " AND tbl_name = ? AND sql IS NOT NULL");
    }
    QStringList createNameSearch() const override
    {
        // FTS5's trigram tokenizer finds any part of three letters or more
        // without reading every name; triggers keep it in step with claims.
        return {
            QStringLiteral("CREATE VIRTUAL TABLE claims_name_search USING fts5(claimant_name,"
                           " content='claims', content_rowid='rowid', tokenize='trigram')"),
            QStringLiteral(
                "INSERT INTO claims_name_search (claims_name_search) VALUES ('rebuild')"),
            QStringLiteral("CREATE TRIGGER claims_name_search_insert AFTER INSERT ON claims BEGIN"
                           " INSERT INTO claims_name_search (rowid, claimant_name)"
                           " VALUES (new.rowid, new.claimant_name); END"),
            QStringLiteral("CREATE TRIGGER claims_name_search_delete AFTER DELETE ON claims BEGIN"
                           " INSERT INTO claims_name_search (claims_name_search, rowid,"
                           " claimant_name) VALUES ('delete', old.rowid, old.claimant_name); END"),
            QStringLiteral("CREATE TRIGGER claims_name_search_update AFTER UPDATE OF"
                           " claimant_name ON claims BEGIN"
                           " INSERT INTO claims_name_search (claims_name_search, rowid,"
                           " claimant_name) VALUES ('delete', old.rowid, old.claimant_name);"
                           " INSERT INTO claims_name_search (rowid, claimant_name)"
                           " VALUES (new.rowid, new.claimant_name); END"),
        };
    }
    Term nameSearch(const QString& part, Matches matches) const override
    {
        if (!indexed(part))
            return { QStringLiteral("claimant_name LIKE ? ESCAPE '\\'"),
                Sql::likeContaining(part) };
        // "+" keeps the planner from fetching claims by the index's rowids, so it
        // walks the index of the order asked instead
        const QString walk = matches == Matches::Many ? QStringLiteral("+") : QString();
        return { walk
                + QStringLiteral("claims.rowid IN (SELECT rowid FROM claims_name_search"
                                 " WHERE claims_name_search MATCH ?)"),
            ftsPhrase(part) };
    }
    std::optional<Term> countNameMatches(const QString& part) const override
    {
        if (!indexed(part))
            return std::nullopt;
        return Term { QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM claims_name_search"
                                     " WHERE claims_name_search MATCH ? LIMIT ?)"),
            ftsPhrase(part) };
    }

protected:
    QString autoIdColumn() const override
    {
        return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    }

private:
    // Whether the name index can look a part up: the trigram index needs three letters.
    static bool indexed(const QString& part) { return part.size() >= 3; }
    QString blobType() const override { return QStringLiteral("BLOB"); }
    QString realType() const override { return QStringLiteral("REAL"); }
};

class PostgresDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Postgres; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN"); }
    QString beginReadTransaction() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    QStringList connectionSetup() const override
    {
        // Notices ("already exists, skipping") are for a person at psql, not the app.
        return { QStringLiteral("SET TIME ZONE 'UTC'"),
            QStringLiteral("SET client_min_messages = warning") };
    }
    QStringList writableSetup() const override { return {}; }
    QString tableExists() const override
    {
        // The catalogue, not information_schema: a login without rights on a table
        // still sees that it is there (and is then told it may not read it).
        return QStringLiteral("SELECT 1 FROM pg_catalog.pg_tables "
                              "WHERE schemaname = current_schema() AND tablename = ?");
    }
    QStringList appendOnlyGuard(const QString& table) const override
    {
        return {
            QStringLiteral("CREATE OR REPLACE FUNCTION claimdesk_append_only() RETURNS trigger "
                           "AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; "
                           "$$ LANGUAGE plpgsql"),
            QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 "
                           "FOR EACH ROW EXECUTE FUNCTION claimdesk_append_only()")
                .arg(table),
        };
    }
    QString lockSkippingLocked() const override
    {
        return QStringLiteral(" FOR UPDATE SKIP LOCKED");
    }
    QString secondaryIndexesOf() const override
    {
        return QStringLiteral(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x"
            " JOIN pg_class i ON i.oid = x.indexrelid"
            " WHERE x.indrelid = to_regclass(?) AND NOT x.indisprimary AND NOT x.indisunique");
    }
    QString nullsAsSmallest(bool descending) const override
    {
        return descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
    }
    QStringList createNameSearch() const override
    {
        // pg_trgm (trusted: the book's owner may add it) lets ILIKE find any part
        // of three letters or more through the index.
        return { QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
            QStringLiteral("CREATE INDEX claims_name_search ON claims"
                           " USING gin (claimant_name gin_trgm_ops)") };
    }
    Term nameSearch(const QString& part, Matches) const override
    {
        return { QStringLiteral("claimant_name ILIKE ? ESCAPE '\\'"), Sql::likeContaining(part) };
    }
    std::optional<Term> countNameMatches(const QString&) const override { return std::nullopt; }
    QStringList analyze() const override
    {
        // VACUUM too: it marks the freshly loaded pages all-visible, so counts over
        // an index (the queue's per-filter totals) need not visit the rows.
        return { QStringLiteral("VACUUM ANALYZE") };
    }
    QStringList widenCheck(const QString& table, const QString& column, const QString&,
        const QString& widened) const override
    {
        // PostgreSQL names a column's CHECK constraint TABLE_COLUMN_check.
        const QString name = table + u'_' + column + QStringLiteral("_check");
        return { QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name),
            QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, name, widened) };
    }
    QStringList createClauseSearch() const override
    {
        return { QStringLiteral("CREATE INDEX policy_clauses_fts ON policy_clauses"
                                " USING gin (to_tsvector('english', body || ' ' || section))") };
    }
    QString indexClause() const override
    {
        return QStringLiteral("SELECT ?, ?, ?"); // the expression index follows the table
    }
    QString unindexClause() const override { return QStringLiteral("SELECT ?, ?, ?"); }
    QString searchClauses() const override
    {
        // The expression matches the index's; only the latest version of each
        // document is searched (older ones stay on record, as SQLite's index drops them).
        return QStringLiteral(
            "SELECT c.id, ts_rank(to_tsvector('english', c.body || ' ' || c.section), words)"
            " AS relevance FROM policy_clauses c, to_tsquery('english', ?) words"
            " WHERE to_tsvector('english', c.body || ' ' || c.section) @@ words"
            " AND c.document_id IN (SELECT DISTINCT ON (name) id FROM policy_documents"
            " ORDER BY name, version DESC)"
            " ORDER BY relevance DESC, c.id LIMIT ?");
    }
    QString clauseSearchTerms(const QStringList& words) const override
    {
        QStringList terms;
        for (const QString& w : words)
            terms << QString(w).remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]")));
        terms.removeAll(QString());
        return terms.join(QStringLiteral(" | "));
    }

protected:
    QString autoIdColumn() const override { return QStringLiteral("BIGSERIAL PRIMARY KEY"); }
    QString blobType() const override { return QStringLiteral("BYTEA"); }
    QString realType() const override { return QStringLiteral("DOUBLE PRECISION"); }
};

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::create(Kind kind)
{
    if (kind == Kind::Postgres)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

QString SqlDialect::expand(QString sql) const
{
    sql.replace(QLatin1String("${ID}"), autoIdColumn());
    sql.replace(QLatin1String("${BIGINT}"), QLatin1String("BIGINT"));
    sql.replace(QLatin1String("${BLOB}"), blobType());
    sql.replace(QLatin1String("${REAL}"), realType());
    sql.replace(QLatin1String("${NULLS_FIRST}"), nullsAsSmallest(false));
    return sql;
}

} // namespace ClaimDesk
