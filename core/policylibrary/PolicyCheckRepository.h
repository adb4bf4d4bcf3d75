#pragma once

#include "policy/LineItemChecker.h"
#include "policy/PolicyReasoning.h"
#include "policy/RecordedCheck.h"
#include "storage/Database.h"
#include "util/Clock.h"

namespace ClaimDesk {

// The checks made on each claim, so a decision can always be traced to the
// policy version that produced it, and the model's advice on them when it was
// asked. Recording is audited.
class PolicyCheckRepository final
{
public:
    explicit PolicyCheckRepository(Database db, Clock clock = systemClock());

    // With `advice` (a model's clinical check that answered), the advice is kept
    // too, for the input it judged (policyReasoningInputHash), in one transaction.
    Status record(const QString& claimId, const QList<LineItemCheck>& checks, const QString& actor,
        const PolicyReasoning* advice = nullptr, const QString& adviceInput = QString());
    Result<QList<RecordedCheck>> forClaim(const QString& claimId) const;
    // The latest advice kept on the claim for this input; none when there is
    // none, or only for an input the claim no longer has.
    Result<std::optional<PolicyReasoning>> recordedAdvice(
        const QString& claimId, const QString& adviceInput) const;
    // The latest advice kept on the claim, and the input it judged.
    struct KeptAdvice
    {
        PolicyReasoning advice;
        QString input;
    };
    Result<std::optional<KeptAdvice>> latestAdvice(const QString& claimId) const;

private:
    Database m_db;
    Clock m_clock;
};

} // namespace ClaimDesk
