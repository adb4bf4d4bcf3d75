#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QStringList>
#include <QVariantList>
#include <memory>
#include <optional>

namespace ClaimDesk {

// Inserts many rows with multi-row INSERT statements (VALUES (...), (...), ...),
// always with bound values. Bulk writers (synthetic books, re-scoring) otherwise
// spend most of their time per statement and per bind: QSqlResult formats a
// placeholder name for every positional bind. On SQLite the rows are bound through
// the sqlite3 API on the connection's own handle (same transaction); on PostgreSQL
// they stream in with COPY through libpq on the connection's own handle (same
// transaction; values as data, never as SQL), and a row the server refuses fails
// finish(). Call inside a write transaction; call finish() before committing.
class BatchInsert final
{
public:
    BatchInsert(Database db, QString table, QStringList columns, int rowsPerStatement = 100);
    ~BatchInsert();
    Q_DISABLE_COPY_MOVE(BatchInsert)

    Status add(const QVariantList& row);
    Status finish();

private:
    Status flush(int rows);
    QString statement(int rows) const;

    Database m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full; // prepared once for full groups
    struct NativeStatement;
    std::unique_ptr<NativeStatement> m_native; // SQLite only
    struct CopyStream;
    std::unique_ptr<CopyStream> m_copy; // PostgreSQL only
};

} // namespace ClaimDesk
