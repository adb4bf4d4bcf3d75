#pragma once

#include "decision/ClaimSummarizer.h"
#include "decision/RuleSet.h"
#include "domain/StoredDecision.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QPushButton;

namespace ClaimDesk {

class LlmSession;
class LlmSummarizer;
struct Claim;

// The claim's summary in Review: three or four sentences from the language model
// when one is configured (streamed as they come), else written from the claim and
// its decision, with a line saying which. GUI thread; the model is asked
// asynchronously, and an answer for a claim no longer on show is dropped. A model
// that fails or answers garbage gives the factual summary with the model's error.
class ClaimSummaryBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit ClaimSummaryBox(RuleSet rules, QWidget* parent = nullptr);

    void setLlmSession(LlmSession* session);
    // The factual summary explains with the rules in force.
    void setRules(RuleSet rules);
    // The claim on show (empty for none): anything of the last one is cleared and
    // its summary, if asked, dropped.
    void showClaim(const QString& claimId);
    // Whether the claim on show has been read: Summarize works on what was read.
    void setReady(bool ready);
    void summarize(const Claim& claim, const std::optional<StoredDecision>& decision);

Q_SIGNALS:
    // Summarize was clicked (Ctrl+Shift+S): the owner answers with summarize().
    void summaryRequested();

private:
    void rebuildSummarizer();
    void showSummary(const QString& claimId, const ClaimSummary& summary);

    RuleSet m_rules;
    QString m_claimId;
    QLabel* m_text = nullptr;
    QLabel* m_source = nullptr;
    QPushButton* m_summarize = nullptr;
    LlmSession* m_llm = nullptr;
    LlmSummarizer* m_summarizer = nullptr;
};

} // namespace ClaimDesk
