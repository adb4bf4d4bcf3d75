#pragma once

#include "decision/RuleSet.h"
#include "domain/Claim.h"
#include "policy/EmbeddingProvider.h"
#include "policy/LineItemChecker.h"
#include "policy/PolicyReasoning.h"
#include "policylibrary/PolicyVerifier.h"
#include "storage/LatestDatabaseRead.h"

#include <QObject>

namespace ClaimDesk {

// Everything the policy says about one claim: whether the claimant is covered,
// each billed item checked against the policy library, and seed 003's approval
// probability. The clinical-coherence check and suggested alternatives need a
// model (a PolicyReasoner): build() gives the offline review, with the advice
// kept with the claim's recorded checks when the claim has not changed since,
// and applyReasoning() adds what the model says now.
struct ClaimPolicyReview
{
    QString claimId;
    ClaimType claimType = ClaimType::Health;
    std::optional<PolicyVerification> verification;
    QString verificationProblem; // why there is no verification (no or bad national ID)
    QList<LineItemCheck> checks;
    bool libraryEmpty = false;
    int approvalProbability = 100;
    PolicyReasoning reasoning; // not checked until a model has answered
    // What the claim's documents make implausible, each in words with its
    // details (RuleText::implausibilities); each takes its risk points off the
    // approval probability.
    QStringList implausibilities;
    int implausibilityPoints = 0;
    QString diagnosis; // what the checks and the reasoning were given
    QString treatmentNotes;

    // With `embeddings`, clauses are ranked by meaning as well as by words. The
    // plausibility of the claim's documents is judged by `rules`.
    static Result<ClaimPolicyReview> build(const Database& db, const Claim& claim,
        const QDate& asOf, const RuleSet& rules, EmbeddingProvider* embeddings = nullptr);

    // Whether a model has anything to judge: a health claim with items or notes.
    // When not, reasoning.skipReason says why.
    bool needsClinicalCheck() const { return reasoning.skipReason.isEmpty(); }

    // The review with a model's reasoning: its suggestions on the excluded items,
    // its flags, and the approval probability counting the flag. The checks'
    // decisions stay as the policy made them.
    void applyReasoning(const PolicyReasoning& reasoning);
    // What the model is (or was) asked, as a fingerprint (policyReasoningInputHash).
    QString reasoningInput() const;
    // Keeps the checks on the claim, with the model's reasoning when it answered,
    // in the trail under `actor`.
    Status record(const Database& db, const QString& actor) const;
};

// Builds a ClaimPolicyReview on the thread pool with its own connection; the
// review arrives by signal. A newer request supersedes one still running.
class ClaimPolicyReviewJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimPolicyReviewJob)

public:
    explicit ClaimPolicyReviewJob(DatabaseLocation location, QObject* parent = nullptr);

    void request(const QString& claimId, const QDate& asOf);
    // The rules the plausibility is judged by, from the next request on.
    void setRules(const RuleSet& rules) { m_rules = rules; }
    // Clauses ranked by meaning too, from the next request on.
    void setEmbeddingFactory(EmbeddingFactory factory) { m_embeddings = std::move(factory); }

Q_SIGNALS:
    void ready(const ClaimDesk::ClaimPolicyReview& review);
    void failed(const QString& claimId, const QString& message);

private:
    struct Request
    {
        QString claimId;
        QDate asOf;
        EmbeddingFactory embeddings;
        RuleSet rules;
    };
    static Result<ClaimPolicyReview> read(const Database& db, const Request& request);

    EmbeddingFactory m_embeddings;
    RuleSet m_rules;
    QString m_latestClaim; // the only request answered
    LatestDatabaseRead<Request, ClaimPolicyReview> m_read;
};

} // namespace ClaimDesk
