#pragma once

#include "decision/ClaimRecord.h"
#include "decision/RuleSet.h"
#include "domain/DecisionResult.h"

#include <QDate>

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

private:
    RuleSet m_rules;
};

} // namespace ClaimDesk
