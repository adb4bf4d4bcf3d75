#pragma once

#include "domain/Claim.h"
#include "policy/LineItemChecker.h"
#include "policy/PolicyVerifier.h"

#include <QFutureWatcher>
#include <QObject>

namespace ClaimDesk {

// Everything the policy says about one claim: whether the claimant is covered,
// each billed item checked against the policy library, and seed 003's approval
// probability. The clinical-coherence check needs a model; offline it is skipped
// and says so.
struct ClaimPolicyReview
{
    QString claimId;
    std::optional<PolicyVerification> verification;
    QString verificationProblem; // why there is no verification (no or bad national ID)
    QList<LineItemCheck> checks;
    bool libraryEmpty = false;
    int approvalProbability = 100;
    bool clinicalCoherenceChecked = false;

    static Result<ClaimPolicyReview> build(
        const Database& db, const Claim& claim, const QDate& asOf);
};

// Builds a ClaimPolicyReview on the thread pool with its own connection; the
// review arrives by signal. A newer request supersedes one still running.
class ClaimPolicyReviewJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimPolicyReviewJob)

public:
    explicit ClaimPolicyReviewJob(DatabaseLocation location, QObject* parent = nullptr);
    ~ClaimPolicyReviewJob() override;

    void request(const QString& claimId, const QDate& asOf);

Q_SIGNALS:
    void ready(const ClaimDesk::ClaimPolicyReview& review);
    void failed(const QString& claimId, const QString& message);

private:
    void start();

    DatabaseLocation m_location;
    QFutureWatcher<Result<ClaimPolicyReview>> m_watcher;
    QString m_pendingClaim;
    QDate m_pendingDate;
    QString m_runningClaim;
};

} // namespace ClaimDesk
