#pragma once

#include "WorkArea.h"
#include "claims/ClaimView.h"
#include "decision/DecisionEngine.h"
#include "domain/ClaimQuery.h"
#include "triage/QueueView.h"

#include <deque>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace ClaimDesk {

class AgentPanel;
class ClaimDetailsView;
class ClaimHistoryTable;
class ClaimSummaryBox;
class ClaimQueueModel;
class DocumentViewer;
class DossierView;
class LlmSession;
class PolicyPanel;
class QueueCountsJob;
class QueueFilterBar;
class ReviewEdits;
struct ReviewContext;

// Review: the triage queue (filtered, counted and sorted in SQL), the selected
// claim's documents with the fields drawn over them, and the claim itself: its
// decision explained, its summary, its policy, the model's opinion and its
// history. Status changes and field corrections are audited, undoable, and
// refuse to overwrite someone else's change.
class ReviewArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewArea)

public:
    ReviewArea(DatabaseLocation location, DecisionEngine engine, QWidget* parent = nullptr);
    ~ReviewArea() override;

    void refresh() override;
    // Another desk filed or changed these claims (all, when empty): the queue and
    // the claim on show are read again, and a change to the claim on show says who made it.
    void claimsChangedElsewhere(const QStringList& claimIds, const QString& by);
    QString currentClaimId() const override;
    void setEngine(const DecisionEngine& engine);
    ClaimQueueModel* model() const { return m_model; }
    QTableView* queue() const { return m_table; }
    QueueFilterBar* filters() const { return m_filters; }
    DocumentViewer* documents() const { return m_documents; }
    QTableWidget* history() const;
    QUndoStack* undoStack() const { return m_undo; }
    void selectClaim(const QString& claimId);
    // Shows the claims of a query chosen elsewhere (a bar of the manager charts).
    // The filters the queue has controls for are set on them; the rest (the
    // backlog, a risk of none) hold until the banner's Clear is clicked.
    void showClaims(const ClaimQuery& query, const QString& description);
    // The model for summaries (null or offline: the factual summary).
    void setLlmSession(LlmSession* session);
    // Asks for the selected claim's summary: from the model when one is
    // configured, streamed into the panel; the factual one otherwise.
    void summarize();
    // Opens the selected claim's dossier in its own window (null if none is selected).
    DossierView* openDossier();

    // Saved views: the current filters and order under a name (replacing a view
    // of that name), and applying one.
    void saveView(const QString& name);
    void applyView(const QueueView& view);
    void deleteView(const QString& name);
    // Sets the selected claim's status from the queue (number keys), undoably.
    void setSelectedStatus(ClaimStatus status);
    // Records a correction of a field of the shown claim, undoably; when refused,
    // the notice says why and the viewer shows the stored value again.
    void correctField(qint64 fieldId, const QString& value);

Q_SIGNALS:
    void bookChanged();
    // A status change, correction or undo was refused (tests and the status bar).
    void editRefused(const QString& message);
    // The claim's view was read and is on show (again, after an edit).
    void claimShown(const QString& claimId);
    // The adjuster asked to file the approved claim on an insurer's portal.
    void portalSubmitRequested(const QString& claimId);

private:
    // The constructor's parts, in the order it calls them.
    void buildQueue();
    void buildQueueShortcuts();
    void buildUndoActions();
    void buildClaimPanel();
    QWidget* queueSide(); // the filters and queue above the documents
    QWidget* claimSide(); // the claim's tabs, status, memo and actions

    void applyFilter();
    // The queue's rows arrived (a reset): the claim on show is selected where it
    // now is, or as m_rowsIntent says.
    void rowsArrived();
    void rememberView();
    void showClaim(const QString& claimId);
    // Asks for the claim's view on a worker (ClaimViewJob); the panel shows
    // "Reading..." the first time and keeps what it shows while a claim already
    // on show is read again. Runs no query on this thread.
    void showClaimDetails(const QString& claimId);
    // The view arrived: details, status, memo, history, the model's opinions and
    // the documents (their pages stay as they are when the claim was on show).
    void showView(const ClaimView& view);
    void enableClaimActions(bool enabled);
    int rowOf(const QString& claimId) const;
    // Why an edit was refused (also as editRefused).
    void showNotice(const QString& message);
    void showStatusRefused(const Error& refusal, ClaimStatus asked);
    // After a refusal above the login's authority limit (the notice's button).
    void referToManager();
    // A problem that is not a refused edit (a read, a mark, checks not recorded).
    void showProblem(const QString& message);
    void saveStatus();
    // The first free open claim in queue order becomes this login's and is shown.
    void takeNext();
    // The claim on show goes back to the queue.
    void giveBack();
    // Reads again what other desks changed (claimsChangedElsewhere), once per burst.
    void readOthersChanges();
    // Every edit (a key, Save, a correction, undo and redo) runs when the edits
    // asked before it are answered, so that it starts from the claim as they left
    // it (its new version) and in the order the reviewer asked.
    void whenEditsAnswered(std::function<void()> edit);
    void startWaitingEdit();
    // The claim on show when it is still claimId; else null, and the reviewer is
    // told the edit asked for it was not made.
    const Claim* claimOnShow(const QString& claimId);
    void updateUndoActions();
    // Saves the reviewer's status and memo over the claim as read; a claim saved
    // meanwhile opens the conflict dialog.
    void saveMine(const Claim& read, const Claim& mine);
    void resolveConflict(const Claim& mine, const Claim& saved, const QList<AuditEntry>& meanwhile);
    void rebuildViewsMenu();
    // After an edit was answered (error empty when made): the notice, the claim
    // on show read again, and bookChanged.
    void afterEdit(const QString& error);
    void noteSaved(const Claim& now);
    ReviewContext context();

    DatabaseLocation m_location;
    DecisionEngine m_engine;
    ReviewEdits* m_edits = nullptr;
    ClaimQueueModel* m_model = nullptr;
    QueueCountsJob* m_counts = nullptr;
    ClaimViewJob* m_viewJob = nullptr;
    QueueFilterBar* m_filters = nullptr;
    QLabel* m_scope = nullptr; // the banner naming a query chosen elsewhere
    std::optional<ClaimQuery> m_scopeQuery;
    QTableView* m_table = nullptr;
    DocumentViewer* m_documents = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_notice = nullptr; // why the last edit was refused
    QPushButton* m_refer = nullptr; // shown after a refusal above the authority limit
    ClaimDetailsView* m_details = nullptr;
    PolicyPanel* m_policy = nullptr;
    AgentPanel* m_agent = nullptr;
    ClaimHistoryTable* m_history = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_memo = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_dossier = nullptr;
    QPushButton* m_toPortal = nullptr;
    QPushButton* m_takeNext = nullptr;
    QTimer* m_elsewhereSettle = nullptr; // a burst of others' changes is read once
    bool m_shownChangedElsewhere = false; // in that burst
    QPushButton* m_giveBack = nullptr;
    ClaimSummaryBox* m_summary = nullptr;
    QUndoStack* m_undo = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QString m_shownClaim;
    // As last read (its claim moved on by this desk's own saves since, for the
    // next edit's version); none while being read.
    std::optional<ClaimView> m_shownView;
    qsizetype m_auditLinesRead = 0; // of the claim on show, when it was read
    bool m_refreshing = false; // the model is being reset
    // What the next rows to arrive are for.
    enum class RowsIntent
    {
        KeepShown, // a new filter: the claim on show stays if it is there, else goes
        Reorder, // a new order: the claim on show stays, selected if it is there
        Refresh, // the book changed: a claim that left takes the next one's place
        SelectFirst // rows chosen elsewhere (a chart): the first is selected
    };
    RowsIntent m_rowsIntent = RowsIntent::KeepShown;
    int m_rowAwaited = -1; // selected before its page arrived
    int m_rowBeforeReset = -1;
    std::deque<std::function<void()>> m_waitingEdits;
    bool m_statusTouched = false; // a status chosen in the list, not yet saved
};

} // namespace ClaimDesk
