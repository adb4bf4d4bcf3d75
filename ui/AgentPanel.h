#pragma once

#include "storage/Database.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace ClaimDesk {

class LlmDecisionAgent;
class LlmSession;
struct AgentOpinion;

// Agent mode in the Review area: the model's opinions on the selected claim,
// stored beside the rule decision (which stays the decision of record), a button
// to ask for one, and a reviewer's explicit, audited acceptance of the latest.
class AgentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentPanel)

public:
    AgentPanel(Database db, QWidget* parent = nullptr);

    void setLlmSession(LlmSession* session);
    void showClaim(const QString& claimId);
    void askModel();
    void acceptLatest();

Q_SIGNALS:
    void opinionRecorded(const QString& claimId);

private:
    void refresh();
    void recordOpinion(const QString& claimId, const AgentOpinion& opinion);
    void rebuildAgent();

    Database m_db;
    LlmSession* m_llm = nullptr;
    LlmDecisionAgent* m_agent = nullptr;
    QString m_claimId;
    qint64 m_latestOpinion = 0;
    QTextBrowser* m_opinions = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_ask = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace ClaimDesk
