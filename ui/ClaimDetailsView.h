#pragma once

#include <QTextBrowser>

namespace ClaimDesk {

struct ClaimView;
struct RuleSet;

// The claim on Review's Claim tab: its header and claimant, its decision
// explained rule by rule, and what was read from each document under readable
// labels. GUI thread; it shows the view it is given and reads nothing itself.
class ClaimDetailsView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ClaimDetailsView(QWidget* parent = nullptr);

    void showView(const ClaimView& view, const RuleSet& rules);
    // No claim selected: how to choose one.
    void showNone();
    // The claim is being read, or could not be.
    void showReading(const QString& claimId);
    void showProblem(const QString& message);
};

} // namespace ClaimDesk
