#include "ClaimSummarizer.h"

#include "decision/DecisionTr.h"
#include "decision/RuleText.h"

#include <QCoreApplication>

namespace ClaimDesk {

namespace { } // namespace

ClaimSummarizer::ClaimSummarizer(RuleSet rules)
    : m_rules(std::move(rules))
{ }

ClaimSummary ClaimSummarizer::fallback(
    const Claim& c, const std::optional<StoredDecision>& stored) const
{
    QStringList sentences;

    // 1. What the claim is for.
    QString what = DecisionTr::tr("%1 claim %2").arg(claimTypeLabel(c.type), c.id);
    if (c.amount)
        what += DecisionTr::tr(" for %1").arg(c.amount->toDisplayString());
    if (!c.claimantName.isEmpty())
        what += DecisionTr::tr(" from %1").arg(c.claimantName);
    if (!c.providerName.isEmpty())
        what += DecisionTr::tr(" at %1").arg(c.providerName);
    if (c.serviceDate.isValid())
        what += DecisionTr::tr(", service on %1").arg(c.serviceDate.toString(Qt::ISODate));
    if (!c.diagnosisCode.isEmpty())
        what += DecisionTr::tr(", diagnosis %1").arg(c.diagnosisCode);
    sentences << what + DecisionTr::tr(", is %1.").arg(claimStatusLabel(c.status).toLower());

    if (!stored) {
        sentences << DecisionTr::tr("It has not been decided yet.");
        sentences << DecisionTr::tr("Next: run the decision rules on it.");
        return { sentences.join(u' '), QStringLiteral("fallback"), 0, 0, {} };
    }
    const DecisionResult& r = stored->result;

    // 2. The decision and why.
    if (r.bronze == BronzeDecision::Accept) {
        sentences << DecisionTr::tr(
            "The rules (version %1) decided %2 at %3 risk (score %4, quality %5), with a "
            "reimbursement of %6.")
                         .arg(stored->rulesetVersion, finalDecisionLabel(r.finalDecision).toLower(),
                             riskLevelLabel(r.riskLevel).toLower())
                         .arg(r.riskScore.value_or(0))
                         .arg(r.qualityScore)
                         .arg(r.reimbursement.toDisplayString());
    } else {
        sentences << DecisionTr::tr(
            "The rules (version %1) stopped it at validation: %2 with quality %3, so "
            "nothing is reimbursed.")
                         .arg(stored->rulesetVersion, finalDecisionLabel(r.finalDecision).toLower())
                         .arg(r.qualityScore);
    }

    // 3. Notable risks and problems: risk factors, issues and warnings.
    QStringList notable;
    for (int i = 0; i < r.ruleCount; ++i) {
        const FiredRule& f = r.rules[static_cast<std::size_t>(i)];
        const bool risk = f.rule >= RuleId::RiskHighAmount && f.rule <= RuleId::DuplicateReceipt;
        const bool problem = f.rule <= RuleId::ServiceDateInFuture;
        if (risk || problem)
            notable << RuleText::condition(f.rule, m_rules).toLower();
    }
    sentences << (notable.isEmpty()
            ? DecisionTr::tr("No risk factor or data problem was found.")
            : DecisionTr::tr("Notable: %1.").arg(notable.join(QStringLiteral("; "))));

    // 4. Next action.
    switch (r.finalDecision) {
    case FinalDecision::AutoApprove:
        sentences << DecisionTr::tr("Next: pay %1.").arg(r.reimbursement.toDisplayString());
        break;
    case FinalDecision::StandardReview:
        sentences << DecisionTr::tr(
            "Next: an adjuster reviews the documents within the service level.");
        break;
    case FinalDecision::ManualReview:
        sentences << DecisionTr::tr(
            "Next: a senior adjuster or the fraud team reviews it before any payment.");
        break;
    case FinalDecision::Reject:
        sentences << DecisionTr::tr(
            "Next: tell the customer what is missing so the claim can be resubmitted.");
        break;
    case FinalDecision::Quarantine:
        sentences << DecisionTr::tr(
            "Next: complete or correct the claim's data, then decide again.");
        break;
    }
    return { sentences.join(u' '), QStringLiteral("fallback"), 0, 0, {} };
}

} // namespace ClaimDesk
