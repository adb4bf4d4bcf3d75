#pragma once

#include "domain/AgentOpinion.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

namespace ClaimDesk {

// Agent mode's side-by-side record (table agent_decisions). The rule decision
// stays the decision of record; accepting an opinion is a reviewer's audited act.
class AgentOpinionRepository final
{
public:
    explicit AgentOpinionRepository(Database db, Clock clock = systemClock());

    Result<qint64> record(
        const QString& claimId, std::optional<qint64> decisionId, const AgentOpinion& opinion);
    Result<QList<StoredOpinion>> forClaim(const QString& claimId) const;
    // Marks the opinion as accepted by the reviewer; fails for an opinion without
    // a decision or one already accepted.
    Status accept(qint64 opinionId);

private:
    Database m_db;
    Clock m_clock;
};

} // namespace ClaimDesk
