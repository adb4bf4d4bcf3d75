#include "ClaimPolicyReview.h"

#include "claims/ClaimEvidence.h"
#include "decision/DecisionEngine.h"
#include "decision/RuleText.h"
#include "policylibrary/PolicyCheckRepository.h"
#include "policylibrary/PolicyLibrary.h"
#include "policylibrary/PolicyLibraryTr.h"
#include "storage/ClaimRepository.h"

#include <QCoreApplication>

namespace ClaimDesk {

namespace {

// What the claim's documents make implausible, by `rules`, and the points it costs.
Status judgePlausibility(
    const Database& db, const Claim& claim, const RuleSet& rules, ClaimPolicyReview& review)
{
    auto evidence = ClaimEvidence::read(db, claim);
    if (!evidence)
        return Status::from(evidence);
    if (!*evidence)
        return {};
    const DecisionEngine engine(rules);
    for (RuleId rule : engine.implausibilities(**evidence, claim.serviceDate))
        review.implausibilityPoints += engine.pointsFor(rule);
    review.implausibilities = RuleText::implausibilities(**evidence, claim.serviceDate, rules);
    return {};
}

} // namespace

Result<ClaimPolicyReview> ClaimPolicyReview::build(const Database& db, const Claim& claim,
    const QDate& asOf, const RuleSet& rules, EmbeddingProvider* embeddings)
{
    ClaimPolicyReview review;
    review.claimId = claim.id;
    review.claimType = claim.type;
    review.diagnosis = claim.diagnosisCode;
    review.treatmentNotes = claim.treatmentNotes;
    if (claim.claimantNationalId.trimmed().isEmpty()) {
        review.verificationProblem = PolicyLibraryTr::tr(
            "The claim has no national ID yet, so the policy cannot be looked up");
    } else {
        auto v = PolicyVerifier(db).verify(claim.claimantNationalId, claim.type, asOf);
        if (v)
            review.verification = *v;
        else
            review.verificationProblem = v.error();
    }

    PolicyLibrary library(db);
    library.setEmbeddingProvider(embeddings);
    auto clauses = library.clauseCount();
    if (!clauses)
        return Result<ClaimPolicyReview>::failure(clauses.errorDetail());
    review.libraryEmpty = *clauses == 0;
    if (!review.libraryEmpty && !claim.lineItems.isEmpty()) {
        LineItemChecker checker(library);
        if (auto s = checker.load(); !s)
            return Result<ClaimPolicyReview>::failure(s.errorDetail());
        const LineItemContext context { claim.diagnosisCode,
            !claim.priorApproval.trimmed().isEmpty(), claim.emergency };
        for (const LineItem& item : claim.lineItems) {
            auto check = checker.check(item.description, itemFieldOf(item.description), context);
            if (!check)
                return Result<ClaimPolicyReview>::failure(check.errorDetail());
            review.checks << *check;
        }
    }
    if (Status judged = judgePlausibility(db, claim, rules, review); !judged)
        return Result<ClaimPolicyReview>::failure(judged.errorDetail());
    review.approvalProbability = std::max(
        0, LineItemChecker::approvalProbability(review.checks) - review.implausibilityPoints);
    if (claim.type != ClaimType::Health)
        review.reasoning.skipReason
            = PolicyLibraryTr::tr("the clinical-coherence check is for health claims");
    else if (review.checks.isEmpty() && review.treatmentNotes.trimmed().isEmpty())
        review.reasoning.skipReason
            = PolicyLibraryTr::tr("the claim has no items or notes to check yet");
    // The model's advice kept with the checks, while the claim still says what it judged.
    if (review.needsClinicalCheck()) {
        auto kept = PolicyCheckRepository(db).recordedAdvice(claim.id, review.reasoningInput());
        if (!kept)
            return Result<ClaimPolicyReview>::failure(kept.errorDetail());
        if (*kept)
            review.applyReasoning(**kept);
    }
    return review;
}

// An item whose clause turns on clinical judgement takes the model's: excluded
// when it flagged the item as not fitting the diagnosis, allowed when it checked
// the claim and did not.
namespace {

void settleByModel(LineItemCheck& check, const PolicyReasoning& r)
{
    check.needsReview = false;
    for (const ClinicalFlag& flag : r.flags) {
        if (flag.field == check.field && flag.item == check.item) {
            check.allowed = false;
            check.reason
                = PolicyLibraryTr::tr("The model judged that it does not fit the diagnosis: %1")
                      .arg(flag.reason);
            return;
        }
    }
    check.allowed = true;
    check.reason = PolicyLibraryTr::tr("The model judged that it fits the diagnosis");
}

} // namespace

Status ClaimPolicyReview::record(const Database& db, const QString& actor) const
{
    return PolicyCheckRepository(db).record(claimId, checks, actor, &reasoning, reasoningInput());
}

QString ClaimPolicyReview::reasoningInput() const
{
    return policyReasoningInputHash(diagnosis, checks, treatmentNotes);
}

void ClaimPolicyReview::applyReasoning(const PolicyReasoning& r)
{
    if (!needsClinicalCheck())
        return; // the reason it was skipped stands
    reasoning = r;
    for (LineItemCheck& c : checks) {
        c.suggestedAlternatives = r.suggestions.value(c.item);
        if (c.needsReview && r.checked)
            settleByModel(c, r);
    }
    approvalProbability = std::max(
        0, LineItemChecker::approvalProbability(checks, r.countedFlags()) - implausibilityPoints);
}

ClaimPolicyReviewJob::ClaimPolicyReviewJob(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_read(std::move(location), &ClaimPolicyReviewJob::read,
          [this](const Result<ClaimPolicyReview>& r) {
              if (r)
                  Q_EMIT ready(*r);
              else
                  Q_EMIT failed(m_latestClaim, r.error());
          })
{ }

void ClaimPolicyReviewJob::request(const QString& claimId, const QDate& asOf)
{
    m_latestClaim = claimId;
    m_read.request({ claimId, asOf, m_embeddings, m_rules });
}

Result<ClaimPolicyReview> ClaimPolicyReviewJob::read(const Database& db, const Request& request)
{
    auto claim = ClaimRepository(db).find(request.claimId);
    if (!claim)
        return Result<ClaimPolicyReview>::failure(claim.errorDetail());
    const auto provider = request.embeddings ? request.embeddings() : nullptr;
    return ClaimPolicyReview::build(db, *claim, request.asOf, request.rules, provider.get());
}

} // namespace ClaimDesk
