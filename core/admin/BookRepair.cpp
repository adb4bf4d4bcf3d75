#include "admin/BookRepair.h"

#include "admin/AdminTr.h"
#include "domain/DatabaseLocation.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ClaimDesk {

namespace {

// A read-only connection to the file as it is: no migration, no check, no write.
class RawConnection final
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("claimdesk-repair-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }

    // The rows of `table`, or nothing when they cannot be counted.
    std::optional<qint64> count(const QString& table) const
    {
        QSqlQuery q = query();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

Status checkIsFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Status::failure(
            Error::of(ErrorKind::NotFound, AdminTr::tr("%1 is not a file").arg(path)));
    return {};
}

} // namespace

QStringList BookRepair::countedTables()
{
    return { QStringLiteral("claims"), QStringLiteral("documents"),
        QStringLiteral("extracted_fields"), QStringLiteral("decisions"),
        QStringLiteral("audit_log"), QStringLiteral("policy_holders") };
}

Result<QStringList> BookRepair::check(const QString& path)
{
    if (auto s = checkIsFile(path); !s)
        return Result<QStringList>::failure(s.errorDetail());
    RawConnection book(path);
    if (!book.isOpen())
        return Result<QStringList>::failure(
            AdminTr::tr("%1 cannot be opened: %2").arg(path, book.error()));
    QSqlQuery q = book.query();
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(100)")))
        return QStringList { q.lastError().text() }; // the check itself met the damage
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().isValid())
        problems << q.lastError().text();
    return problems;
}

namespace {

// Copies rows lo..hi of a table from the damaged book into the new one; a range
// that cannot be read is halved, down to single rows, so that every readable row
// is kept. Returns the rows copied.
class TableSalvage final
{
public:
    TableSalvage(QSqlQuery& from, QSqlQuery& into, const QString& table, const QStringList& columns)
        : m_from(from)
        , m_into(into)
        , m_select(QStringLiteral("SELECT %2 FROM \"%1\" WHERE rowid BETWEEN ? AND ?")
                       .arg(table, columns.join(u',')))
        , m_insert(insertFor(table, columns))
        , m_width(int(columns.size()))
    { }

    // Rows are written as they are read (a blob may be 64 MiB); a range that
    // fails part way is read again in halves, and the rows written already are
    // ignored the second time.
    qint64 copy(qint64 lo, qint64 hi)
    {
        qint64 written = 0;
        m_from.prepare(m_select);
        m_from.addBindValue(lo);
        m_from.addBindValue(hi);
        bool whole = m_from.exec();
        m_into.prepare(m_insert);
        while (whole && m_from.next()) {
            for (int c = 0; c < m_width; ++c)
                m_into.bindValue(c, m_from.value(c));
            if (m_into.exec())
                written += m_into.numRowsAffected();
        }
        whole = whole && !m_from.lastError().isValid();
        m_from.finish();
        if (whole || lo >= hi)
            return written; // done, or this one row is lost
        const qint64 mid = lo + (hi - lo) / 2;
        return written + copy(lo, mid) + copy(mid + 1, hi);
    }

private:
    // Rows already in the new book stay, but for the claim counters, which keep
    // the higher value: a recovered book must not number new claims again from 1.
    static QString insertFor(const QString& table, const QStringList& columns)
    {
        const QString values = QStringList(columns.size(), QStringLiteral("?")).join(u',');
        if (table == u"sequences")
            return QStringLiteral("INSERT INTO sequences (%1) VALUES (%2) ON CONFLICT (name)"
                                  " DO UPDATE SET value = max(value, excluded.value)")
                .arg(columns.join(u','), values);
        return QStringLiteral("INSERT OR IGNORE INTO \"%1\" (%2) VALUES (%3)")
            .arg(table, columns.join(u','), values);
    }

    QSqlQuery& m_from;
    QSqlQuery& m_into;
    QString m_select;
    QString m_insert;
    int m_width;
};

QStringList columnsOf(QSqlQuery& q, const QString& table)
{
    QStringList columns;
    if (q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
        while (q.next())
            columns << q.value(1).toString();
    }
    return columns;
}

// The damaged book's tables that the new one has as plain tables (not search
// indexes nor their storage, which are rebuilt), in the damaged book's order.
QStringList tablesToSalvage(QSqlQuery& from, QSqlQuery& into)
{
    QStringList tables;
    if (!from.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                  " AND name NOT LIKE 'sqlite_%'")))
        return tables;
    while (from.next())
        tables << from.value(0).toString();
    QStringList plain;
    if (into.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                 " AND sql NOT LIKE 'CREATE VIRTUAL%'"))) {
        while (into.next())
            plain << into.value(0).toString();
    }
    QStringList indexes;
    if (into.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                 "'CREATE VIRTUAL%'"))) {
        while (into.next())
            indexes << into.value(0).toString() + u'_';
    }
    QStringList out;
    for (const QString& table : std::as_const(tables)) {
        const bool indexStorage = std::any_of(indexes.cbegin(), indexes.cend(),
            [&](const QString& prefix) { return table.startsWith(prefix); });
        if (plain.contains(table) && !indexStorage && table != u"schema_version")
            out << table;
    }
    return out;
}

// Copies every table it can of the damaged book into the new, empty one.
Status salvage(QSqlQuery& from, QSqlQuery& into)
{
    const QStringList tables = tablesToSalvage(from, into);
    if (tables.isEmpty())
        return Status::failure(AdminTr::tr("the list of its tables cannot be read"));
    into.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    into.exec(QStringLiteral("BEGIN"));
    for (const QString& table : tables) {
        const QStringList newColumns = columnsOf(into, table);
        QStringList columns;
        for (const QString& c : columnsOf(from, table)) {
            if (newColumns.contains(c))
                columns << u'"' + c + u'"';
        }
        if (columns.isEmpty()
            || !from.exec(QStringLiteral("SELECT min(rowid), max(rowid) FROM \"%1\"").arg(table))
            || !from.next() || from.value(0).isNull())
            continue; // empty, or its first pages lost
        const qint64 first = from.value(0).toLongLong();
        const qint64 last = from.value(1).toLongLong();
        from.finish();
        TableSalvage copier(from, into, table, columns);
        for (qint64 lo = first; lo <= last; lo += 1000)
            copier.copy(lo, std::min(last, lo + 999));
    }
    // rows whose parent was lost (a document of a claim not saved) go too
    QList<std::pair<QString, qint64>> orphans;
    if (into.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (into.next())
            orphans.append({ into.value(0).toString(), into.value(1).toLongLong() });
    }
    for (const auto& [table, rowid] : orphans) {
        into.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?").arg(table));
        into.addBindValue(rowid);
        into.exec();
    }
    for (const char* index : { "claims_name_search", "policy_clauses_fts" })
        into.exec(
            QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(QLatin1String(index)));
    const bool committed = into.exec(QStringLiteral("COMMIT"));
    into.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!committed)
        return Status::failure(into.lastError().text());
    return {};
}

} // namespace

Result<BookRepair::Recovered> BookRepair::recover(const QString& path, const QString& out)
{
    using R = Result<Recovered>;
    if (auto s = checkIsFile(path); !s)
        return R::failure(s.errorDetail());
    if (QFileInfo::exists(out))
        return R::failure(
            Error::invalid(AdminTr::tr("%1 exists already; recovery writes a new file").arg(out),
                QStringLiteral("out")));
    Recovered recovered;
    recovered.path = out;
    {
        RawConnection damaged(path);
        for (const QString& table : countedTables())
            recovered.before[table] = damaged.isOpen() ? damaged.count(table) : std::nullopt;
    }
    Status salvaged;
    {
        auto fresh = Database::open(DatabaseLocation::sqlite(out)); // the current schema
        if (!fresh)
            return R::failure(fresh.errorDetail());
        RawConnection damaged(path);
        if (!damaged.isOpen()) {
            salvaged = Status::failure(damaged.error());
        } else {
            QSqlQuery from = damaged.query();
            from.setForwardOnly(true);
            QSqlQuery into = fresh->query();
            salvaged = salvage(from, into);
        }
    }
    if (!salvaged) {
        QFile::remove(out);
        return R::failure(
            AdminTr::tr("nothing of %1 could be saved: %2").arg(path, salvaged.error()));
    }
    RawConnection saved(out);
    for (const QString& table : countedTables())
        recovered.saved[table] = saved.count(table).value_or(0);
    return recovered;
}

} // namespace ClaimDesk
