#include "UsageReport.h"

#include "storage/LlmUsageRepository.h"

namespace ClaimDesk {

Result<UsageReport> UsageReport::read(const Database& db, const QDateTime& from,
    const QDateTime& to, Grouping grouping, UsageBucket bucket)
{
    const LlmUsageRepository ledger(db);
    UsageReport report;
    const Status read = db.readTransaction([&]() -> Status {
        Result<QList<UsageTotals>> rows = QList<UsageTotals>();
        switch (grouping) {
        case Grouping::Operation:
            rows = ledger.byOperation(from, to);
            break;
        case Grouping::Claim:
            rows = ledger.byClaim(from, to);
            break;
        case Grouping::Period:
            rows = ledger.series(bucket, from, to, from.offsetFromUtc());
            break;
        }
        if (!rows)
            return Status::from(rows);
        auto total = ledger.totals(from, to);
        if (!total)
            return Status::from(total);
        report.rows = *rows;
        report.total = *total;
        return Status();
    });
    if (!read)
        return Result<UsageReport>::failure(read.errorDetail());
    return report;
}

} // namespace ClaimDesk
