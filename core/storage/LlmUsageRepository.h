#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ClaimDesk {

// One model call as the ledger keeps it (table llm_usage). No prompt or answer
// text: the ledger is for money and reliability, not content.
struct LlmUsage
{
    QDateTime at;
    QString operation; // operationCode()
    QString claimId; // empty when the call was not about one claim
    QString model;
    QString promptVersion;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 costMicros = 0; // micro-units of the price table's currency
    qint64 latencyMs = 0;
    QString outcome; // failureCode(): "ok", "timeout", ...
};

// Sums over a set of calls.
struct UsageTotals
{
    QString key; // the operation, claim or bucket start (ISO) the row is for
    qint64 calls = 0;
    qint64 failures = 0; // outcome other than "ok"
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 costMicros = 0;
    qint64 latencyMs = 0; // summed; divide by calls for the mean
};

// The cost ledger: every model call, and the sums the Admin pane and the manager
// figures show. Ranges are half-open [from, to) in UTC.
class LlmUsageRepository final
{
public:
    enum class Bucket
    {
        Hour,
        Day,
        Week, // starting Monday
        Month,
        Year
    };

    explicit LlmUsageRepository(Database db);

    Result<qint64> record(const LlmUsage& usage);

    Result<UsageTotals> totals(const QDateTime& from, const QDateTime& to) const;
    Result<QList<UsageTotals>> byOperation(const QDateTime& from, const QDateTime& to) const;
    // Most expensive first.
    Result<QList<UsageTotals>> byClaim(
        const QDateTime& from, const QDateTime& to, int limit = 100) const;
    // One row per bucket that has calls, oldest first; buckets start at local
    // time `utcOffsetSeconds` east of UTC (Thailand: 7 h).
    Result<QList<UsageTotals>> series(
        Bucket bucket, const QDateTime& from, const QDateTime& to, int utcOffsetSeconds = 0) const;
    // The most recent calls, newest first.
    Result<QList<LlmUsage>> recent(int limit) const;

private:
    // Sums per value of an SQL key expression, over the calls in [from, to).
    struct Grouping
    {
        QString key; // SQL expression, may hold ? placeholders
        QVariantList keyValues; // bound to those placeholders
        QString condition; // extra WHERE condition, ANDed; may be empty
        QString orderBy = QStringLiteral("k");
        int limit = 0; // 0 = all
    };
    Result<QList<UsageTotals>> grouped(
        const Grouping& grouping, const QDateTime& from, const QDateTime& to) const;

    Database m_db;
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::LlmUsage)
