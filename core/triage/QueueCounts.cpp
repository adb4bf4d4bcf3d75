#include "QueueCounts.h"

#include "storage/ClaimRepository.h"

namespace ClaimDesk {

Result<QueueCounts> QueueCounts::read(const Database& db, const ClaimQuery& query)
{
    const ClaimRepository claims(db);
    QueueCounts counts;
    auto total = claims.count(query);
    if (!total)
        return Result<QueueCounts>::failure(total.errorDetail());
    counts.total = *total;

    const auto facet = [&](ClaimFacet f, auto clear, QHash<int, qint64>& into) -> Status {
        ClaimQuery q = query;
        clear(q);
        auto r = claims.countBy(q, f);
        if (!r)
            return Status::failure(r.errorDetail());
        into = std::move(*r);
        return {};
    };
    for (const Status& s :
        {
            facet(
                ClaimFacet::Status,
                [](ClaimQuery& q) {
                    q.status.reset();
                    q.openOnly = false; // Open is a choice of the status facet
                },
                counts.byStatus),
            facet(
                ClaimFacet::Type, [](ClaimQuery& q) { q.type.reset(); }, counts.byType),
            facet(
                ClaimFacet::Risk, [](ClaimQuery& q) { q.risk.reset(); }, counts.byRisk),
            facet(
                ClaimFacet::Decision, [](ClaimQuery& q) { q.decision.reset(); }, counts.byDecision),
        }) {
        if (!s)
            return Result<QueueCounts>::failure(s.errorDetail());
    }
    return counts;
}

QueueCountsJob::QueueCountsJob(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_read(std::move(location), &QueueCounts::read, [this](const Result<QueueCounts>& r) {
        if (r)
            Q_EMIT ready(*r);
        else
            Q_EMIT failed(r.error());
    })
{ }

void QueueCountsJob::request(const ClaimQuery& query)
{
    m_read.request(query);
}

} // namespace ClaimDesk
