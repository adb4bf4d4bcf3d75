#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ClaimDesk::Sql {

// What went wrong in words a user can act on ("the database is locked by another
// program"), with the driver's own text appended for the log.
QString describe(const QSqlError& error);
// Unavailable when locked or busy, Damaged when the file is not a database,
// else Failed; the message is describe()'s.
Error errorOf(const QSqlError& error);

// Binds values by position. A null QString inside a QVariant binds as '' (the
// columns are NOT NULL DEFAULT ''); use nullString() for a real SQL NULL.
void bind(QSqlQuery& query, const QVariantList& values);

// After a loop over a query's rows: whether it ended because the rows did, or
// because one could not be read (a damaged page): then errorOf's error, so a
// damaged book never passes for a shorter one.
inline Status rowsEnded(const QSqlQuery& query)
{
    return query.lastError().isValid() ? Status::failure(errorOf(query.lastError())) : Status();
}

// Prepares, binds in order and executes. The error names the statement's purpose.
Status exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {});
Status exec(QSqlQuery& query);

// A LIKE pattern (with ESCAPE '\\') for text containing `part` anywhere: its own
// %, _ and \\ match themselves.
inline QString likeContaining(QString part)
{
    part.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + part + u'%';
}

// Timestamps are stored as UTC milliseconds since the epoch in a 64-bit column.
inline QVariant fromDateTime(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QDateTime toDateTime(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
inline QVariant fromDate(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}
inline QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}
inline QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace ClaimDesk::Sql
