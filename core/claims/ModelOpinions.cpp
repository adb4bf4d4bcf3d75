#include "claims/ModelOpinions.h"

#include "storage/AgentOpinionRepository.h"
#include "storage/DecisionRepository.h"

namespace ClaimDesk {

ModelOpinions::ModelOpinions(Database db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<qint64> ModelOpinions::record(const QString& claimId, const AgentOpinion& opinion)
{
    Result<qint64> recorded = Result<qint64>::failure(QString());
    const Status s = m_db.writeTransaction([&]() -> Status {
        const auto decision = DecisionRepository(m_db).current(claimId);
        if (!decision)
            return Status::from(decision);
        const std::optional<qint64> decisionId
            = *decision ? std::optional<qint64>((*decision)->id) : std::nullopt;
        recorded = AgentOpinionRepository(m_db, m_clock).record(claimId, decisionId, opinion);
        return Status::from(recorded);
    });
    if (!s)
        return Result<qint64>::failure(s.errorDetail());
    return recorded;
}

Status ModelOpinions::accept(qint64 opinionId)
{
    return AgentOpinionRepository(m_db, m_clock).accept(opinionId);
}

} // namespace ClaimDesk
