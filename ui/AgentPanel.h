#pragma once

#include "claims/ClaimView.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace ClaimDesk {

class LlmDecisionAgent;
class LlmSession;
class ReviewEdits;
struct AgentOpinion;

// Agent mode in the Review area: the model's opinions on the selected claim,
// stored beside the rule decision (which stays the decision of record), a button
// to ask for one, and a reviewer's explicit, audited acceptance of the latest.
class AgentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentPanel)

public:
    // Opinions are recorded and accepted through `edits` (Review's own).
    AgentPanel(ReviewEdits* edits, QWidget* parent = nullptr);

    void setLlmSession(LlmSession* session);
    // Empties the panel for a claim whose view is being read.
    void showClaim(const QString& claimId);
    // The claim and its opinions as its view read them (ClaimView).
    void showView(const ClaimView& view);
    void askModel();
    void acceptLatest();

Q_SIGNALS:
    // An opinion was recorded or accepted: the claim is to be read again.
    void opinionsChanged(const QString& claimId);

private:
    void refresh();
    void recordOpinion(const QString& claimId, const AgentOpinion& opinion);
    void rebuildAgent();

    ReviewEdits* m_edits;
    LlmSession* m_llm = nullptr;
    LlmDecisionAgent* m_agent = nullptr;
    QString m_claimId;
    std::optional<Claim> m_claim; // as its view read it
    std::optional<QList<StoredOpinion>> m_shownOpinions; // none while being read
    qint64 m_latestOpinion = 0;
    QString m_lastProblem; // kept when the claim is read again after it
    QTextBrowser* m_opinions = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_ask = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace ClaimDesk
