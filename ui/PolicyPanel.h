#pragma once

#include "storage/DatabaseLocation.h"

#include <QWidget>

class QTextBrowser;

namespace ClaimDesk {

class ClaimPolicyReviewJob;
struct ClaimPolicyReview;

// The policy side of the selected claim: the claimant's verification, each billed
// item Allowed or Excluded with its clause (matched words in bold), the approval
// probability, and whether the clinical-coherence check ran. Worked out off the
// UI thread; shows "Checking..." meanwhile.
class PolicyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyPanel)

public:
    explicit PolicyPanel(const DatabaseLocation& location, QWidget* parent = nullptr);

    void showClaim(const QString& claimId);
    QString plainText() const;

private:
    void render(const ClaimPolicyReview& review);

    ClaimPolicyReviewJob* m_job = nullptr;
    QTextBrowser* m_view = nullptr;
    QString m_claimId;
};

} // namespace ClaimDesk
