#pragma once

#include "domain/DatabaseLocation.h"
#include "policylibrary/ClaimPolicyReview.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace ClaimDesk {

class ClaimPolicyReviewJob;
class LlmSession;
class PolicyReasoner;
class ReviewEdits;

// The policy side of the selected claim: the claimant's verification, each billed
// item Allowed or Excluded with its clause (matched words in bold), the approval
// probability, what the claim's documents make implausible, and the
// clinical-coherence check. Worked out off the UI thread;
// shows "Checking..." meanwhile. With a model configured, "Check clinical
// coherence" asks it for clinical flags and for alternatives to excluded items
// (a paid call, so only when asked; the answer is kept for the session and the
// ledger records the call); offline the panel says the check was skipped. "Record" keeps the checks
// on the claim with the policy version they used.
class PolicyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyPanel)

public:
    // The policy is read from the book at `location`; checks are recorded through `edits`.
    PolicyPanel(DatabaseLocation location, ReviewEdits* edits, QWidget* parent = nullptr);

    void showClaim(const QString& claimId);
    // The rules the claim's plausibility is judged by, from the next claim shown.
    void setRules(const RuleSet& rules);
    // The model for the clinical-coherence check; none (or offline) skips it.
    void setLlmSession(LlmSession* session);
    QString plainText() const;

Q_SIGNALS:
    // The checks of a claim could not be recorded (named in the message).
    void recordFailed(const QString& message);

private:
    void reviewReady(const ClaimPolicyReview& review);
    void reasoningReady(const QString& claimId, const PolicyReasoning& reasoning);
    void rebuildReasoner();
    void askModel();
    void render();
    QString clinicalHtml() const;
    QString reasoningKey() const; // the claim and what the model is asked about
    void recordChecks();

    ReviewEdits* m_edits;
    ClaimPolicyReviewJob* m_job = nullptr;
    LlmSession* m_llm = nullptr;
    PolicyReasoner* m_reasoner = nullptr;
    std::optional<ClaimPolicyReview> m_review; // the claim shown, once checked
    bool m_asking = false; // the model is being asked about m_review
    QHash<QString, PolicyReasoning> m_answers; // by reasoningKey(), this session
    QTextBrowser* m_view = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_askModel = nullptr;
    QString m_claimId;
};

} // namespace ClaimDesk
