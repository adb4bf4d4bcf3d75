#pragma once

#include "policy/LineItemChecker.h"
#include "storage/Database.h"
#include "util/Clock.h"

namespace ClaimDesk {

// A line-item check as recorded on a claim.
struct RecordedCheck
{
    QDateTime checkedAt;
    QString actor;
    QString item;
    QString field;
    QString decision; // Allowed, Excluded
    QString clauseId;
    QString policyVersion; // "formulary-v2": what the check used
    double score = 0;
    QString reason;
};

// The checks made on each claim, so a decision can always be traced to the
// policy version that produced it. Recording is audited.
class PolicyCheckRepository final
{
public:
    explicit PolicyCheckRepository(Database db, Clock clock = systemClock());

    Status record(const QString& claimId, const QList<LineItemCheck>& checks, const QString& actor);
    Result<QList<RecordedCheck>> forClaim(const QString& claimId) const;

private:
    Database m_db;
    Clock m_clock;
};

} // namespace ClaimDesk
