#pragma once

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

} // namespace ClaimDesk::RuleText
