#pragma once

#include "domain/LlmUsage.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QList>

namespace ClaimDesk {

// What the model calls of a period cost: the sum, and the rows of one grouping
// (by operation, by claim, or per hour, day, week, month or year in local time).
// Read on the calling thread, on the connection it opened, as one snapshot.
struct UsageReport
{
    enum class Grouping
    {
        Operation,
        Claim,
        Period // per `bucket`
    };

    UsageTotals total;
    QList<UsageTotals> rows;

    // The calls from `from` up to (not including) `to`. Fails with the reason the
    // ledger could not be read.
    static Result<UsageReport> read(const Database& db, const QDateTime& from, const QDateTime& to,
        Grouping grouping, UsageBucket bucket = UsageBucket::Day);
};

} // namespace ClaimDesk
