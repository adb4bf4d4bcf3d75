#include "SqlHelpers.h"

#include "storage/GuiThreadQueries.h"
#include "storage/StorageTr.h"

#include <QCoreApplication>

namespace ClaimDesk::Sql {

namespace {

// A refusal a team book's own rules raised ("ClaimDesk: ..."), in its words alone.
QString teamRefusal(const QSqlError& error)
{
    static const QLatin1String Mark("ClaimDesk: ");
    const QString text = error.databaseText();
    const qsizetype at = text.indexOf(Mark);
    if (at < 0)
        return {};
    QString words = text.mid(at + Mark.size());
    if (const qsizetype end = words.indexOf(QStringLiteral("\nCONTEXT")); end >= 0)
        words.truncate(end);
    return words.section(u'\n', 0, 0).trimmed();
}

bool isRefusal(const QSqlError& error)
{
    return error.nativeErrorCode() == u"42501";
}

// libpq's words when connecting: "fe_sendauth: no password supplied", "password
// authentication failed for user ..." (it gives no SQLSTATE before a session).
bool isPasswordRefusal(const QString& lowerText)
{
    return lowerText.contains(u"no password supplied")
        || lowerText.contains(u"password authentication failed");
}

} // namespace

QString describe(const QSqlError& error)
{
    if (const QString refusal = teamRefusal(error); !refusal.isEmpty())
        return refusal;
    if (isRefusal(error)) {
        QString why = error.databaseText().section(u'\n', 0, 0).trimmed();
        if (why.startsWith(QLatin1String("ERROR:")))
            why = why.mid(6).trimmed();
        return StorageTr::tr("your login's role may not do this (%1)").arg(why);
    }
    const QString raw = error.text().trimmed();
    const QString lower = raw.toLower();
    QString meaning;
    if (isPasswordRefusal(lower))
        meaning = StorageTr::tr("the server wants this login's password, or refused the one "
                                "given");
    else if (lower.contains(u"locked") || lower.contains(u"busy"))
        meaning = StorageTr::tr("the database is locked by another program; close it or try again");
    else if (lower.contains(u"readonly") || lower.contains(u"read-only"))
        meaning = StorageTr::tr("the database file is read-only");
    else if (lower.contains(u"not a database") || lower.contains(u"malformed")
        || lower.contains(u"corrupt"))
        meaning = StorageTr::tr("the database file is damaged or is not a database");
    else if (lower.contains(u"disk is full") || lower.contains(u"no space"))
        meaning = StorageTr::tr("the disk is full");
    if (meaning.isEmpty())
        return raw;
    return meaning + QStringLiteral(" (") + raw + u')';
}

Error errorOf(const QSqlError& error)
{
    const QString lower = error.text().toLower();
    ErrorKind kind = ErrorKind::Failed;
    if (isRefusal(error))
        kind = ErrorKind::Forbidden;
    else if (isPasswordRefusal(lower))
        kind = ErrorKind::Unauthenticated;
    else if (lower.contains(u"locked") || lower.contains(u"busy")
        || lower.contains(u"could not connect") || lower.contains(u"connection"))
        kind = ErrorKind::Unavailable;
    else if (lower.contains(u"not a database") || lower.contains(u"malformed")
        || lower.contains(u"corrupt"))
        kind = ErrorKind::Damaged;
    return Error::of(kind, describe(error));
}

void bind(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
}

Status exec(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (values.isEmpty()) {
        // Not prepared: PostgreSQL prepares only plain statements, not SET,
        // BEGIN or CREATE, and a statement without values gains nothing from it.
        GuiThreadQueries::notice(sql, query.driver());
        if (!query.exec(sql))
            return Status::failure(errorOf(query.lastError()));
        return {};
    }
    if (!query.prepare(sql))
        return Status::failure(errorOf(query.lastError()));
    bind(query, values);
    return exec(query);
}

Status exec(QSqlQuery& query)
{
    GuiThreadQueries::notice(query.lastQuery(), query.driver());
    if (!query.exec())
        return Status::failure(errorOf(query.lastError()));
    return {};
}

} // namespace ClaimDesk::Sql
