#include "BatchInsert.h"

#include "storage/GuiThreadQueries.h"
#include "storage/SqlHelpers.h"

#include <QSqlDriver>
#include <QSqlError>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace ClaimDesk {

// A statement prepared with the sqlite3 API on the connection QtSql opened.
struct BatchInsert::NativeStatement
{
    sqlite3* db = nullptr;
    sqlite3_stmt* full = nullptr;

    ~NativeStatement() { sqlite3_finalize(full); }

    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(db)); }

    static bool bind(sqlite3_stmt* stmt, const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            const int at = i + 1;
            int rc = SQLITE_OK;
            if (v.isNull()) {
                rc = sqlite3_bind_null(stmt, at);
            } else {
                switch (v.typeId()) {
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::Bool:
                case QMetaType::UInt:
                    rc = sqlite3_bind_int64(stmt, at, v.toLongLong());
                    break;
                case QMetaType::Double:
                    rc = sqlite3_bind_double(stmt, at, v.toDouble());
                    break;
                case QMetaType::QByteArray: {
                    const QByteArray bytes = v.toByteArray();
                    rc = sqlite3_bind_blob64(stmt, at, bytes.constData(),
                        static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
                    break;
                }
                default: {
                    // SQLite stores UTF-8: convert once here (Qt's converter is
                    // vectorised) rather than inside SQLite from UTF-16.
                    const QByteArray utf8 = v.toString().toUtf8();
                    rc = sqlite3_bind_text64(stmt, at, utf8.isNull() ? "" : utf8.constData(),
                        static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
                }
                }
            }
            if (rc != SQLITE_OK)
                return false;
        }
        return true;
    }

    Status run(sqlite3_stmt* stmt, const QVariantList& values)
    {
        const bool bound = bind(stmt, values);
        const int rc = bound ? sqlite3_step(stmt) : SQLITE_MISUSE;
        const QString error = rc == SQLITE_DONE ? QString() : lastError();
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        if (!error.isEmpty())
            return Status::failure(
                Sql::describe(QSqlError(QString(), error, QSqlError::StatementError)));
        return {};
    }
};

// COPY ... FROM STDIN in text form on the PGconn QtSql opened.
struct BatchInsert::CopyStream
{
    PGconn* conn = nullptr;
    QByteArray pending;
    bool started = false;

    // As QtSql would have reported it, so a refusal is still Forbidden and a lost
    // server Unavailable (Sql::errorOf).
    Status failure(const PGresult* result = nullptr) const
    {
        const QString text
            = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn))
                  .trimmed();
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        return Status::failure(Sql::errorOf(QSqlError(QStringLiteral("COPY"), text,
            QSqlError::StatementError, state ? QString::fromLatin1(state) : QString())));
    }

    // One value as COPY's text form reads it: \N for NULL, backslashes escaped.
    static void append(QByteArray& line, const QVariant& v)
    {
        if (v.isNull()) {
            line += "\\N";
            return;
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
        case QMetaType::UInt:
            line += QByteArray::number(v.toLongLong());
            return;
        case QMetaType::Double:
            line += QByteArray::number(v.toDouble(), 'g', 17);
            return;
        case QMetaType::QByteArray:
            line += "\\\\x" + v.toByteArray().toHex(); // bytea's hex form, its backslash escaped
            return;
        default:
            break;
        }
        for (const char c : v.toString().toUtf8()) {
            switch (c) {
            case '\\':
                line += "\\\\";
                break;
            case '\t':
                line += "\\t";
                break;
            case '\n':
                line += "\\n";
                break;
            case '\r':
                line += "\\r";
                break;
            default:
                line += c;
            }
        }
    }

    Status start(const QString& table, const QStringList& columns)
    {
        const QByteArray sql = (QStringLiteral("COPY ") + table + QStringLiteral(" (")
            + columns.join(QStringLiteral(", ")) + QStringLiteral(") FROM STDIN"))
                                   .toUtf8();
        GuiThreadQueries::notice(QString::fromUtf8(sql), nullptr);
        PGresult* r = PQexec(conn, sql.constData());
        const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
        const Status s = ok ? Status() : failure(r);
        PQclear(r);
        started = ok;
        return s;
    }

    Status send()
    {
        if (!pending.isEmpty()
            && PQputCopyData(conn, pending.constData(), int(pending.size())) != 1)
            return failure();
        pending.clear();
        return {};
    }

    Status end()
    {
        if (!started)
            return {};
        if (auto s = send(); !s)
            return s; // still started: the destructor ends the COPY
        if (PQputCopyEnd(conn, nullptr) != 1)
            return failure();
        started = false;
        Status result;
        while (PGresult* r = PQgetResult(conn)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK && result)
                result = failure(r);
            PQclear(r);
        }
        return result;
    }
};

BatchInsert::BatchInsert(Database db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(rowsPerStatement)
{
    m_pending.reserve(m_columns.size() * m_rowsPerStatement);
    const QVariant handle = m_db.connection().driver()->handle();
    if (m_db.dialect().kind() == SqlDialect::Kind::Sqlite
        && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_native = std::make_unique<NativeStatement>();
        m_native->db = *static_cast<sqlite3* const*>(handle.data());
    } else if (m_db.dialect().kind() == SqlDialect::Kind::Postgres
        && qstrcmp(handle.typeName(), "PGconn*") == 0) {
        m_copy = std::make_unique<CopyStream>();
        m_copy->conn = *static_cast<PGconn* const*>(handle.data());
    }
}

BatchInsert::~BatchInsert()
{
    if (m_copy && m_copy->started) // abandoned: the server's COPY must end before anything else
        PQputCopyEnd(m_copy->conn, "abandoned");
    while (m_copy && m_copy->started) {
        PGresult* r = PQgetResult(m_copy->conn);
        if (!r)
            break;
        PQclear(r);
    }
}

QString BatchInsert::statement(int rows) const
{
    const QString group
        = u'(' + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (")
        + m_columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ")
        + QStringList(rows, group).join(u',');
}

Status BatchInsert::add(const QVariantList& row)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (m_copy) {
        if (!m_copy->started) {
            if (auto s = m_copy->start(m_table, m_columns); !s)
                return s;
        }
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_copy->pending += '\t';
            CopyStream::append(m_copy->pending, row.at(i));
        }
        m_copy->pending += '\n';
        return m_copy->pending.size() >= (1 << 20) ? m_copy->send() : Status();
    }
    m_pending += row;
    if (m_pending.size() >= m_columns.size() * m_rowsPerStatement)
        return flush(m_rowsPerStatement);
    return {};
}

Status BatchInsert::finish()
{
    if (m_copy)
        return m_copy->end();
    const int rows = static_cast<int>(m_pending.size() / m_columns.size());
    return rows > 0 ? flush(rows) : Status();
}

Status BatchInsert::flush(int rows)
{
    if (m_native) {
        const bool full = rows == m_rowsPerStatement;
        sqlite3_stmt* stmt = full ? m_native->full : nullptr;
        if (!stmt) {
            const QByteArray sql = statement(rows).toUtf8();
            if (sqlite3_prepare_v2(
                    m_native->db, sql.constData(), static_cast<int>(sql.size()), &stmt, nullptr)
                != SQLITE_OK)
                return Status::failure(m_native->lastError());
            if (full)
                m_native->full = stmt;
        }
        Status s = m_native->run(stmt, m_pending);
        if (!full)
            sqlite3_finalize(stmt);
        m_pending.clear();
        return s;
    }
    QSqlQuery* query = nullptr;
    std::optional<QSqlQuery> partial;
    if (rows == m_rowsPerStatement) {
        if (!m_full) {
            m_full.emplace(m_db.query());
            if (!m_full->prepare(statement(rows))) {
                const QString error = Sql::describe(m_full->lastError());
                m_full.reset();
                return Status::failure(error);
            }
        }
        query = &*m_full;
    } else {
        partial.emplace(m_db.query());
        if (!partial->prepare(statement(rows)))
            return Status::failure(Sql::describe(partial->lastError()));
        query = &*partial;
    }
    Sql::bind(*query, m_pending);
    m_pending.clear();
    return Sql::exec(*query);
}

} // namespace ClaimDesk
