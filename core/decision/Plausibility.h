#pragma once

#include "decision/ClaimRecord.h"
#include "decision/RuleSet.h"

namespace ClaimDesk::Plausibility {

// The tests behind the plausibility rules, one bill or date at a time, shared by
// the engine (which fires each rule once) and the words that name each finding.
// Pure; any thread.

// A day outside every policy period of the claimant (false when none was found).
bool outsidePolicy(const QDate& day, const PlausibilityEvidence& evidence);
// A health claim's bill from a merchant that is not a medical provider by the
// rules; a merchant of fewer than three letters is a misread, not a name.
bool fromNonMedicalMerchant(const PlausibilityEvidence::Bill& bill,
    const PlausibilityEvidence& evidence, const RuleSet& rules);
// A bill older than the claim window when the claim was filed.
bool outsideClaimWindow(const PlausibilityEvidence::Bill& bill,
    const PlausibilityEvidence& evidence, const RuleSet& rules);

} // namespace ClaimDesk::Plausibility
