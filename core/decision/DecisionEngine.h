#pragma once

#include "decision/ClaimRecord.h"
#include "decision/RuleSet.h"
#include "domain/DecisionResult.h"

#include <QDate>
#include <vector>

namespace ClaimDesk {

// The bronze / silver / gold decision rules as pure code: no I/O, no clock (the
// as-of date is an argument), exact money. The same record, rules and date
// always give the same result. Cheap to copy; safe to share across threads.
class DecisionEngine final
{
public:
    explicit DecisionEngine(RuleSet rules = RuleSet::defaults());

    DecisionResult decide(const ClaimRecord& claim, const QDate& asOf) const;
    const RuleSet& rules() const { return m_rules; }

    // The plausibility rules the evidence breaks, in the order they are fired:
    // a service date or bill outside every policy period of the claimant, a
    // health claim's bill from a merchant that is not a medical provider, a bill
    // older than the claim window when the claim was filed, a bill also on
    // another claim.
    std::vector<RuleId> implausibilities(
        const PlausibilityEvidence& evidence, const QDate& serviceDate) const;
    // The risk points the rule set gives one of them.
    int pointsFor(RuleId implausible) const;

private:
    RuleSet m_rules;
};

} // namespace ClaimDesk
