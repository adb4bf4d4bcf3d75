#pragma once

#include "domain/LlmUsage.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ClaimDesk {

// The cost ledger: every model call, and the sums the Admin pane and the manager
// figures show. Ranges are half-open [from, to) in UTC.
class LlmUsageRepository final
{
public:
    using Bucket = UsageBucket;

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
