#pragma once

#include "decision/ClaimRecord.h"
#include "decision/RuleSet.h"
#include "domain/DecisionResult.h"

#include <QString>

namespace ClaimDesk::RuleText {

// A fired rule in words a reviewer understands, in the interface language,
// with the thresholds of the rule set that was used:
// "Out-of-network provider: +20 risk points".
QString describe(const FiredRule& rule, const RuleSet& rules);
// The rule's condition or effect alone, without points: "Out-of-network provider".
QString condition(RuleId rule, const RuleSet& rules);
// Whether the rule adds or takes points (quality or risk), or states an effect.
bool carriesPoints(RuleId rule);

// Which layer the rule belongs to: "bronze", "silver" or "gold".
QString layer(RuleId rule);
// What makes the claim implausible, one line per finding with its details, in
// the order the engine fires them: "Bill of POPULAR BOOK CO dated 2018-12-25 is
// outside the policy period (2026-01-01 to 2026-12-31)". Empty when plausible.
QStringList implausibilities(
    const PlausibilityEvidence& evidence, const QDate& serviceDate, const RuleSet& rules);

} // namespace ClaimDesk::RuleText
