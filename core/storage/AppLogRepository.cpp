#include "AppLogRepository.h"

#include "storage/SqlHelpers.h"

namespace ClaimDesk {

AppLogRepository::AppLogRepository(Database db)
    : m_db(std::move(db))
{ }

Status AppLogRepository::append(const QList<LogEntry>& entries)
{
    if (entries.isEmpty())
        return {};
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (!q.prepare(QStringLiteral("INSERT INTO app_log (at, level, category, claim_id,"
                                      " message) VALUES (?, ?, ?, ?, ?)")))
            return Status::failure(Sql::describe(q.lastError()));
        for (const LogEntry& e : entries) {
            Sql::bind(q,
                { e.at.toMSecsSinceEpoch(), logLevelCode(e.level), e.category,
                    e.claimId.isEmpty() ? Sql::nullString() : QVariant(e.claimId), e.message });
            if (auto s = Sql::exec(q); !s)
                return s;
        }
        return {};
    });
}

Result<QList<LogEntry>> AppLogRepository::search(const LogSearch& search) const
{
    QStringList terms;
    QVariantList values;
    if (!search.text.trimmed().isEmpty()) {
        terms << QStringLiteral("message LIKE ? ESCAPE '\\'");
        values << Sql::likeContaining(search.text.trimmed());
    }
    if (!search.category.isEmpty()) {
        terms << QStringLiteral("category = ?");
        values << search.category;
    }
    if (search.level) {
        terms << QStringLiteral("level = ?");
        values << logLevelCode(*search.level);
    }
    if (!search.claimId.trimmed().isEmpty()) {
        terms << QStringLiteral("claim_id = ?");
        values << search.claimId.trimmed().toUpper();
    }
    const QString where = terms.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    values << std::max(search.limit, 1);
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT id, at, level, category, claim_id, message FROM app_log") + where
                + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?"),
            values);
        !s)
        return Result<QList<LogEntry>>::failure(s.errorDetail());
    QList<LogEntry> out;
    while (q.next()) {
        LogEntry e;
        e.id = q.value(0).toLongLong();
        e.at = Sql::toDateTime(q.value(1));
        e.level = logLevelFromCode(q.value(2).toString()).value_or(LogLevel::Info);
        e.category = q.value(3).toString();
        e.claimId = q.value(4).toString();
        e.message = q.value(5).toString();
        out << e;
    }
    return out;
}

Result<LogStats> AppLogRepository::stats(const QDateTime& now) const
{
    LogStats stats;
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral(
                "SELECT level, category, COUNT(*) FROM app_log GROUP BY level, category"));
        !s)
        return Result<LogStats>::failure(s.errorDetail());
    while (q.next()) {
        const qint64 n = q.value(2).toLongLong();
        stats.total += n;
        stats.byLevel[q.value(0).toString()] += n;
        stats.byCategory[q.value(1).toString()] += n;
    }
    if (auto s
        = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM app_log WHERE at >= ? AND level = ?"),
            { now.addSecs(-3600).toMSecsSinceEpoch(), logLevelCode(LogLevel::Error) });
        !s)
        return Result<LogStats>::failure(s.errorDetail());
    if (q.next())
        stats.errorsLastHour = q.value(0).toLongLong();
    return stats;
}

Result<qint64> AppLogRepository::prune(const QDateTime& now, int maxAgeDays, qint64 maxEntries)
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, QStringLiteral("DELETE FROM app_log WHERE at < ?"),
            { now.addDays(-maxAgeDays).toMSecsSinceEpoch() });
        !s)
        return Result<qint64>::failure(s.errorDetail());
    qint64 dropped = std::max(q.numRowsAffected(), 0);
    // Keep the newest maxEntries: everything below the id of the one just older.
    if (auto s = Sql::exec(q,
            QStringLiteral("DELETE FROM app_log WHERE id <= (SELECT id FROM app_log"
                           " ORDER BY id DESC LIMIT 1 OFFSET ?)"),
            { std::max<qint64>(maxEntries, 0) });
        !s)
        return Result<qint64>::failure(s.errorDetail());
    dropped += std::max(q.numRowsAffected(), 0);
    return dropped;
}

Status AppLogRepository::clear()
{
    QSqlQuery q = m_db.query();
    return Sql::exec(q, QStringLiteral("DELETE FROM app_log"));
}

} // namespace ClaimDesk
