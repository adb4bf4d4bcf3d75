#pragma once

#include "decision/RuleSet.h"
#include "domain/Claim.h"
#include "domain/StoredDecision.h"

#include <QString>
#include <optional>

namespace ClaimDesk {

// A summary of a claim for a busy reviewer, and where it came from.
struct ClaimSummary
{
    QString text;
    QString source; // "llm" or "fallback"
    int tokensIn = 0;
    int tokensOut = 0;
    QString modelError; // why the model's summary was not used, when a model was asked
};

// The factual summary built from the claim and its decision alone, in 3 or 4
// sentences: what the claim is for, the decision and why, notable risks, next
// action. The model-written summary falls back to this whenever no model is
// configured or the model fails.
class ClaimSummarizer final
{
public:
    explicit ClaimSummarizer(RuleSet rules = RuleSet::defaults());

    ClaimSummary fallback(const Claim& claim, const std::optional<StoredDecision>& decision) const;

private:
    RuleSet m_rules;
};

} // namespace ClaimDesk
