#pragma once

#include "domain/AgentOpinion.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

namespace ClaimDesk {

// The model's opinions on a claim (agent mode), kept beside the rules' decision:
// each recorded against the decision of record at the time, and accepted only by
// a reviewer (audited). Each command is one transaction. Runs on the thread of
// the book's connection.
class ModelOpinions final
{
public:
    explicit ModelOpinions(Database db, Clock clock = systemClock());

    // Records the opinion against the claim's current decision; the new opinion's id.
    Result<qint64> record(const QString& claimId, const AgentOpinion& opinion);
    // Fails, writing nothing, for an opinion without a decision or one already accepted.
    // Accepted by the book's login.
    Status accept(qint64 opinionId);

private:
    Database m_db;
    Clock m_clock;
};

} // namespace ClaimDesk
