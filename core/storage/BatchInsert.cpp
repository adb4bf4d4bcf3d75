#include "BatchInsert.h"

#include "storage/SqlHelpers.h"

#include <QSqlDriver>
#include <QSqlError>
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
    }
}

BatchInsert::~BatchInsert() = default;

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
    m_pending += row;
    if (m_pending.size() >= m_columns.size() * m_rowsPerStatement)
        return flush(m_rowsPerStatement);
    return {};
}

Status BatchInsert::finish()
{
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
