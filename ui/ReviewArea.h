#pragma once

#include "WorkArea.h"
#include "decision/ClaimSummarizer.h"
#include "decision/DecisionEngine.h"
#include "storage/ClaimQuery.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace ClaimDesk {

class AgentPanel;
class ClaimQueueModel;
class LlmSession;
class LlmSummarizer;
class DossierView;
class PolicyPanel;

// Review: the triage queue (filtered in SQL), and the selected claim with its
// decision explained, its summary, and a status change that is audited and
// refuses to overwrite someone else's change.
class ReviewArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewArea)

public:
    ReviewArea(Database db, DecisionEngine engine, QWidget* parent = nullptr);

    void refresh() override;
    QString currentClaimId() const override;
    void setEngine(const DecisionEngine& engine);
    ClaimQueueModel* model() const { return m_model; }
    void selectClaim(const QString& claimId);
    // Shows the claims of a query chosen elsewhere (a bar of the manager charts).
    // The filters the queue has controls for are set on them; the rest (dates,
    // decision, backlog) hold until the banner's Clear is clicked.
    void showClaims(const ClaimQuery& query, const QString& description);
    // The model for summaries (null or offline: the factual summary).
    void setLlmSession(LlmSession* session);
    // Asks for the selected claim's summary: from the model when one is
    // configured, streamed into the panel; the factual one otherwise.
    void summarize();
    // Opens the selected claim's dossier in its own window (null if none is selected).
    DossierView* openDossier();

Q_SIGNALS:
    void bookChanged();

private:
    void applyFilter();
    void setFilterControls(const ClaimQuery& query);
    void showClaim(const QString& claimId);
    void saveStatus();
    void showSummary(const QString& claimId, const ClaimSummary& summary);
    void rebuildSummarizer();

    Database m_db;
    DecisionEngine m_engine;
    ClaimQueueModel* m_model = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QComboBox* m_riskFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_scope = nullptr; // the banner naming a query chosen elsewhere
    std::optional<ClaimQuery> m_scopeQuery;
    QTableView* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    PolicyPanel* m_policy = nullptr;
    AgentPanel* m_agent = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_memo = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_dossier = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_summarySource = nullptr;
    QPushButton* m_summarize = nullptr;
    LlmSession* m_llm = nullptr;
    LlmSummarizer* m_summarizer = nullptr;
    QString m_shownClaim;
    int m_shownVersion = 0;
};

} // namespace ClaimDesk
