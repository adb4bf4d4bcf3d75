#include "LlmUsageRepository.h"

#include "storage/SqlHelpers.h"

#include <QMap>
#include <QTimeZone>

namespace ClaimDesk {

namespace {

const QString Sums
    = QStringLiteral("COUNT(*), SUM(CASE WHEN outcome <> 'ok' THEN 1 ELSE 0 END), SUM(tokens_in), "
                     "SUM(tokens_out), SUM(cost_micros), SUM(latency_ms)");

UsageTotals readSums(const QSqlQuery& q, int first)
{
    UsageTotals t;
    t.calls = q.value(first).toLongLong();
    t.failures = q.value(first + 1).toLongLong();
    t.tokensIn = q.value(first + 2).toLongLong();
    t.tokensOut = q.value(first + 3).toLongLong();
    t.costMicros = q.value(first + 4).toLongLong();
    t.latencyMs = q.value(first + 5).toLongLong();
    return t;
}

void add(UsageTotals& into, const UsageTotals& t)
{
    into.calls += t.calls;
    into.failures += t.failures;
    into.tokensIn += t.tokensIn;
    into.tokensOut += t.tokensOut;
    into.costMicros += t.costMicros;
    into.latencyMs += t.latencyMs;
}

} // namespace

LlmUsageRepository::LlmUsageRepository(Database db)
    : m_db(std::move(db))
{ }

Result<qint64> LlmUsageRepository::record(const LlmUsage& u)
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("INSERT INTO llm_usage (at, operation, claim_id, model, prompt_version,"
                           " tokens_in, tokens_out, cost_micros, latency_ms, outcome)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { Sql::fromDateTime(u.at), u.operation,
                u.claimId.isEmpty() ? Sql::nullString() : QVariant(u.claimId), u.model,
                u.promptVersion, u.tokensIn, u.tokensOut, u.costMicros, u.latencyMs, u.outcome });
        !s)
        return Result<qint64>::failure(s.errorDetail());
    return q.lastInsertId().toLongLong();
}

Result<UsageTotals> LlmUsageRepository::totals(const QDateTime& from, const QDateTime& to) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT ") + Sums
                + QStringLiteral(" FROM llm_usage WHERE at >= ? AND at < ?"),
            { from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() });
        !s)
        return Result<UsageTotals>::failure(s.errorDetail());
    return q.next() ? readSums(q, 0) : UsageTotals();
}

Result<QList<UsageTotals>> LlmUsageRepository::grouped(
    const Grouping& g, const QDateTime& from, const QDateTime& to) const
{
    QSqlQuery q = m_db.query();
    QVariantList values = g.keyValues;
    values << from.toMSecsSinceEpoch() << to.toMSecsSinceEpoch();
    QString sql = QStringLiteral("SELECT ") + g.key + QStringLiteral(" AS k, ") + Sums
        + QStringLiteral(" FROM llm_usage WHERE at >= ? AND at < ?");
    if (!g.condition.isEmpty())
        sql += QStringLiteral(" AND ") + g.condition;
    sql += QStringLiteral(" GROUP BY k ORDER BY ") + g.orderBy;
    if (g.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << g.limit;
    }
    if (auto s = Sql::exec(q, sql, values); !s)
        return Result<QList<UsageTotals>>::failure(s.errorDetail());
    QList<UsageTotals> out;
    while (q.next()) {
        UsageTotals t = readSums(q, 1);
        t.key = q.value(0).toString();
        out << t;
    }
    return out;
}

Result<QList<UsageTotals>> LlmUsageRepository::byOperation(
    const QDateTime& from, const QDateTime& to) const
{
    Grouping g;
    g.key = QStringLiteral("operation");
    return grouped(g, from, to);
}

Result<QList<UsageTotals>> LlmUsageRepository::byClaim(
    const QDateTime& from, const QDateTime& to, int limit) const
{
    Grouping g;
    g.key = QStringLiteral("claim_id");
    g.condition = QStringLiteral("claim_id IS NOT NULL");
    g.orderBy = QStringLiteral("SUM(cost_micros) DESC, COUNT(*) DESC, k");
    g.limit = limit;
    return grouped(g, from, to);
}

Result<QList<UsageTotals>> LlmUsageRepository::series(
    Bucket bucket, const QDateTime& from, const QDateTime& to, int utcOffsetSeconds) const
{
    // Hours and days in SQL (integer arithmetic on the local millisecond stamp,
    // the same in SQLite and PostgreSQL); weeks, months and years folded from days.
    const qint64 offsetMs = qint64(utcOffsetSeconds) * 1000;
    const qint64 width = bucket == Bucket::Hour ? 3'600'000 : 86'400'000;
    Grouping g;
    g.key = QStringLiteral("((at + ?) / ?)");
    g.keyValues = { offsetMs, width };
    auto rows = grouped(g, from, to);
    if (!rows)
        return rows;
    const QTimeZone zone(utcOffsetSeconds);
    QMap<QDateTime, UsageTotals> folded;
    for (const UsageTotals& row : rows.value()) {
        // The bucket's start as local wall time at the offset.
        QDateTime start = QDateTime::fromMSecsSinceEpoch(row.key.toLongLong() * width, Qt::UTC);
        start = QDateTime(start.date(), start.time(), zone); // same digits, local meaning
        QDate d = start.date();
        switch (bucket) {
        case Bucket::Hour:
        case Bucket::Day:
            break;
        case Bucket::Week:
            d = d.addDays(1 - d.dayOfWeek());
            start = QDateTime(d, QTime(0, 0), zone);
            break;
        case Bucket::Month:
            start = QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), zone);
            break;
        case Bucket::Year:
            start = QDateTime(QDate(d.year(), 1, 1), QTime(0, 0), zone);
            break;
        }
        UsageTotals& into = folded[start];
        into.key = start.toString(Qt::ISODate);
        add(into, row);
    }
    return folded.values();
}

Result<QList<LlmUsage>> LlmUsageRepository::recent(int limit) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT at, operation, claim_id, model, prompt_version, tokens_in,"
                           " tokens_out, cost_micros, latency_ms, outcome FROM llm_usage"
                           " ORDER BY at DESC, id DESC LIMIT ?"),
            { limit });
        !s)
        return Result<QList<LlmUsage>>::failure(s.errorDetail());
    QList<LlmUsage> out;
    while (q.next()) {
        LlmUsage u;
        u.at = Sql::toDateTime(q.value(0));
        u.operation = q.value(1).toString();
        u.claimId = q.value(2).toString();
        u.model = q.value(3).toString();
        u.promptVersion = q.value(4).toString();
        u.tokensIn = q.value(5).toLongLong();
        u.tokensOut = q.value(6).toLongLong();
        u.costMicros = q.value(7).toLongLong();
        u.latencyMs = q.value(8).toLongLong();
        u.outcome = q.value(9).toString();
        out << u;
    }
    return out;
}

} // namespace ClaimDesk
