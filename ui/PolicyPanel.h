#pragma once

#include "policy/LineItemChecker.h"
#include "storage/Database.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace ClaimDesk {

class ClaimPolicyReviewJob;
struct ClaimPolicyReview;

// The policy side of the selected claim: the claimant's verification, each billed
// item Allowed or Excluded with its clause (matched words in bold), the approval
// probability, and whether the clinical-coherence check ran. Worked out off the
// UI thread; shows "Checking..." meanwhile. "Record" keeps the checks on the
// claim with the policy version they used.
class PolicyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyPanel)

public:
    PolicyPanel(Database db, QWidget* parent = nullptr);

    void showClaim(const QString& claimId);
    QString plainText() const;

private:
    void render(const ClaimPolicyReview& review);
    void recordChecks();

    Database m_db;
    ClaimPolicyReviewJob* m_job = nullptr;
    QTextBrowser* m_view = nullptr;
    QPushButton* m_record = nullptr;
    QString m_claimId;
    QList<LineItemCheck> m_checks; // the checks shown, ready to record
};

} // namespace ClaimDesk
