#include "Plausibility.h"

#include <algorithm>

namespace ClaimDesk::Plausibility {

bool outsidePolicy(const QDate& day, const PlausibilityEvidence& evidence)
{
    if (!day.isValid() || evidence.policyPeriods.isEmpty())
        return false;
    return std::none_of(evidence.policyPeriods.cbegin(), evidence.policyPeriods.cend(),
        [&](const PlausibilityEvidence::Period& p) { return day >= p.start && day <= p.end; });
}

bool fromNonMedicalMerchant(const PlausibilityEvidence::Bill& bill,
    const PlausibilityEvidence& evidence, const RuleSet& rules)
{
    const auto letters = std::count_if(
        bill.merchant.cbegin(), bill.merchant.cend(), [](QChar c) { return c.isLetter(); });
    return evidence.health && letters >= 3 && !rules.isMedicalProvider(bill.merchant);
}

bool outsideClaimWindow(const PlausibilityEvidence::Bill& bill,
    const PlausibilityEvidence& evidence, const RuleSet& rules)
{
    return bill.date.isValid() && evidence.filedOn.isValid()
        && bill.date.daysTo(evidence.filedOn) > rules.claimWindowDays;
}

} // namespace ClaimDesk::Plausibility
