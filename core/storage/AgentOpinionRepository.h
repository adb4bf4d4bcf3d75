#pragma once

#include "domain/AgentOpinion.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

namespace ClaimDesk {

// A model's opinion as stored beside the rule decision it was asked about.
struct StoredOpinion
{
    qint64 id = 0;
    QString claimId;
    std::optional<qint64> decisionId; // the rule decision of record at the time
    QDateTime decidedAt;
    AgentOpinion opinion;
    QString acceptedBy; // empty until a reviewer accepts the model's decision
    QDateTime acceptedAt;
};

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
    Status accept(qint64 opinionId, const QString& reviewer);

private:
    Database m_db;
    Clock m_clock;
};

} // namespace ClaimDesk
