#include "ReviewArea.h"

#include "AgentPanel.h"
#include "AppSettings.h"
#include "ClaimDetailsView.h"
#include "ClaimHistoryTable.h"
#include "ClaimSummaryBox.h"
#include "ConflictDialog.h"
#include "DocumentViewer.h"
#include "DossierView.h"
#include "PolicyPanel.h"
#include "QueueFilterBar.h"
#include "ReviewCommands.h"
#include "RichText.h"
#include "UiTr.h"
#include "claims/ClaimView.h"
#include "claims/ReviewEdits.h"
#include "triage/ClaimQueueModel.h"
#include "triage/QueueCounts.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ClaimDesk {

ReviewArea::ReviewArea(DatabaseLocation location, DecisionEngine engine, QWidget* parent)
    : WorkArea(parent)
    , m_location(std::move(location))
    , m_engine(std::move(engine))
{
    m_edits = new ReviewEdits(m_location, m_engine, this);
    connect(m_edits, &ReviewEdits::idle, this, &ReviewArea::startWaitingEdit);
    m_model = new ClaimQueueModel(m_location, this);
    m_counts = new QueueCountsJob(m_location, this);
    m_viewJob = new ClaimViewJob(m_location, this);
    connect(m_viewJob, &ClaimViewJob::ready, this, &ReviewArea::showView);
    connect(m_viewJob, &ClaimViewJob::failed, this,
        [this](const QString& claimId, const QString& message) {
            if (claimId != m_shownClaim)
                return;
            m_shownView.reset(); // nothing stale stays editable
            enableClaimActions(false);
            m_details->showProblem(message);
            m_documents->showDocuments(claimId, {});
        });
    m_undo = new QUndoStack(this);

    buildQueue();
    buildQueueShortcuts();
    buildUndoActions();

    m_documents = new DocumentViewer(m_location, m_edits, this);
    m_documents->setObjectName(QStringLiteral("documentViewer"));
    connect(m_documents, &DocumentViewer::correctionRequested, this, &ReviewArea::correctField);
    connect(m_documents, &DocumentViewer::markFailed, this, &ReviewArea::showProblem);
    connect(m_documents, &DocumentViewer::usefulChanged, this, [this] {
        showClaimDetails(m_shownClaim);
        Q_EMIT bookChanged();
    });

    buildClaimPanel();

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(queueSide());
    splitter->addWidget(claimSide());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    showClaim(QString());
    applyView(AppSettings::lastQueueView()); // requests the counts too
    // Remembered after the model has sorted (the view connected first).
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        &ReviewArea::rememberView);
}

void ReviewArea::buildQueue()
{
    m_filters = new QueueFilterBar(m_location.login(), this);
    connect(m_filters, &QueueFilterBar::changed, this, &ReviewArea::applyFilter);
    connect(m_counts, &QueueCountsJob::ready, m_filters, &QueueFilterBar::showCounts);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filters, &QueueFilterBar::focusSearch);
    m_filters->viewsButton()->setMenu(new QMenu(m_filters->viewsButton()));
    rebuildViewsMenu();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("triageQueue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    // No indicator at first: the queue's own order (risk, priority, age). A third
    // click on a header goes back to it.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    // Fixed widths: measuring contents would touch rows the view has not fetched.
    m_table->setColumnWidth(ClaimQueueModel::IdColumn, 160);
    m_table->setColumnWidth(ClaimQueueModel::TypeColumn, 90);
    m_table->setColumnWidth(ClaimQueueModel::DecisionColumn, 130);
    m_table->setColumnWidth(ClaimQueueModel::StatusColumn, 100);
    m_table->setColumnWidth(ClaimQueueModel::AmountColumn, 90);
    m_table->setColumnWidth(ClaimQueueModel::RiskColumn, 70);
    m_table->setColumnWidth(ClaimQueueModel::AgeColumn, 70);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (m_refreshing)
                return; // the claim on show stays until the rows are back
            const QString id = current.isValid() ? m_model->claimIdAt(current.row()) : QString();
            m_rowAwaited = current.isValid() && id.isEmpty() ? current.row() : -1;
            if (m_rowAwaited >= 0)
                return; // its page is on its way: shown when it arrives
            if (id != m_shownClaim || id.isEmpty())
                showClaim(id);
        });
    // A selected row whose page had not arrived is shown once it has.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex& first, const QModelIndex& last) {
            if (m_rowAwaited < first.row() || m_rowAwaited > last.row()
                || m_table->currentIndex().row() != m_rowAwaited)
                return;
            const QString id = m_model->claimIdAt(m_rowAwaited);
            m_rowAwaited = -1;
            if (id != m_shownClaim)
                showClaim(id);
        });
    // Rows arrive from the worker as one reset (a new filter, order or refresh);
    // the selection is then put back as rowsArrived says.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_refreshing = true;
        m_rowBeforeReset = m_table->currentIndex().row();
        m_rowAwaited = -1;
    });
    // A click on a header sorts (in the model); the claim on show stays on show.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this] { m_rowsIntent = RowsIntent::Reorder; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_refreshing = false;
        rowsArrived();
    });
    connect(m_model, &ClaimQueueModel::readFailed, this, [this](const QString& message) {
        showProblem(UiTr::tr("The queue could not be read: %1").arg(message));
    });

    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("queueScope"));
    m_scope->setVisible(false);
    m_scope->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base);"
                                          " padding: 4px; border-radius: 3px; }"));
    connect(m_scope, &QLabel::linkActivated, this, [this] {
        // Back to the whole queue: the filters the scope had set go too.
        m_scopeQuery.reset();
        m_scope->setVisible(false);
        m_filters->setQuery(ClaimQuery());
        applyFilter();
    });
}

void ReviewArea::buildQueueShortcuts()
{
    // J and K walk the queue, as in mail readers.
    auto* next = new QShortcut(QKeySequence(Qt::Key_J), m_table);
    auto* previous = new QShortcut(QKeySequence(Qt::Key_K), m_table);
    auto step = [this](int delta) {
        const int row
            = std::clamp(m_table->currentIndex().row() + delta, 0, m_model->rowCount() - 1);
        m_table->setCurrentIndex(m_model->index(row, 0));
    };
    connect(next, &QShortcut::activated, this, [step] { step(1); });
    connect(previous, &QShortcut::activated, this, [step] { step(-1); });
    // 1 to 6 set the status, in the order of the status list.
    for (int s = 0; s <= static_cast<int>(ClaimStatus::Paid); ++s) {
        auto* key = new QShortcut(QKeySequence(Qt::Key_1 + s), m_table);
        connect(key, &QShortcut::activated, this,
            [this, s] { setSelectedStatus(static_cast<ClaimStatus>(s)); });
    }
    m_table->setToolTip(
        UiTr::tr("J/K: next and previous claim · 1–6: set the status (%1) · Ctrl+Z: "
                 "undo · Ctrl+F: search")
            .arg([] {
                QStringList names;
                for (int s = 0; s <= static_cast<int>(ClaimStatus::Paid); ++s)
                    names << QStringLiteral("%1 %2").arg(s + 1).arg(
                        claimStatusLabel(static_cast<ClaimStatus>(s)));
                return names.join(QStringLiteral(", "));
            }()));
}

void ReviewArea::buildUndoActions()
{
    // Undo and redo wait, like any edit, for the edits asked before them (and
    // can be asked for while those are on their way: the step may come with them).
    auto* undo = new QAction(UiTr::tr("&Undo"), this);
    m_undoAction = undo;
    connect(
        undo, &QAction::triggered, this, [this] { whenEditsAnswered([this] { m_undo->undo(); }); });
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* redo = new QAction(UiTr::tr("&Redo"), this);
    m_redoAction = redo;
    connect(
        redo, &QAction::triggered, this, [this] { whenEditsAnswered([this] { m_undo->redo(); }); });
    redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &ReviewArea::updateUndoActions);
    connect(m_undo, &QUndoStack::canUndoChanged, this, &ReviewArea::updateUndoActions);
    connect(m_undo, &QUndoStack::canRedoChanged, this, &ReviewArea::updateUndoActions);
    updateUndoActions();
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
}

void ReviewArea::buildClaimPanel()
{
    m_details = new ClaimDetailsView(this);
    m_summary = new ClaimSummaryBox(m_engine.rules(), this);
    connect(m_summary, &ClaimSummaryBox::summaryRequested, this, &ReviewArea::summarize);
    m_policy = new PolicyPanel(m_location, m_edits, this);
    m_policy->setRules(m_engine.rules());
    connect(m_policy, &PolicyPanel::recordFailed, this, &ReviewArea::showProblem);
    m_history = new ClaimHistoryTable(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("claimStatus"));
    connect(m_status, &QComboBox::activated, this, [this] { m_statusTouched = true; });
    for (int s = 0; s < ClaimStatusCount; ++s)
        m_status->addItem(claimStatusLabel(static_cast<ClaimStatus>(s)), s);
    // A draft shows as one, but only the customer's submit ends it or makes one.
    if (auto* items = qobject_cast<QStandardItemModel*>(m_status->model()))
        items->item(int(ClaimStatus::Draft))->setEnabled(false);
    m_memo = new QPlainTextEdit(this);
    m_memo->setObjectName(QStringLiteral("claimMemo"));
    m_memo->setPlaceholderText(UiTr::tr("Memo"));
    m_memo->setMaximumHeight(60);
    m_save = new QPushButton(UiTr::tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveClaim"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, &ReviewArea::saveStatus);
    m_dossier = new QPushButton(UiTr::tr("&Dossier..."), this);
    m_dossier->setObjectName(QStringLiteral("openDossier"));
    m_dossier->setShortcut(QKeySequence::Print);
    m_dossier->setToolTip(UiTr::tr("The claim as a report to print or save as PDF (Ctrl+P)"));
    connect(m_dossier, &QPushButton::clicked, this, &ReviewArea::openDossier);
    m_toPortal = new QPushButton(UiTr::tr("To &portal"), this);
    m_toPortal->setObjectName(QStringLiteral("submitToPortal"));
    m_toPortal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_toPortal->setToolTip(
        UiTr::tr("File this approved claim on an insurer's portal, in the Portal area "
                 "(Ctrl+Shift+U)"));
    m_toPortal->setEnabled(false);
    connect(m_toPortal, &QPushButton::clicked, this, [this] {
        if (m_shownView && m_shownView->claim.status == ClaimStatus::Approved)
            Q_EMIT portalSubmitRequested(m_shownView->claim.id);
    });
    m_takeNext = new QPushButton(UiTr::tr("&Take next"), this);
    m_takeNext->setObjectName(QStringLiteral("takeNext"));
    m_takeNext->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_takeNext->setToolTip(
        UiTr::tr("Take the first open claim in queue order that nobody holds, and "
                 "show it (Ctrl+T). On a team book nobody else gets it."));
    connect(m_takeNext, &QPushButton::clicked, this, &ReviewArea::takeNext);
    // Other desks' changes are read once per burst, at most 200 ms after its first.
    m_elsewhereSettle = new QTimer(this);
    m_elsewhereSettle->setSingleShot(true);
    m_elsewhereSettle->setInterval(200);
    connect(m_elsewhereSettle, &QTimer::timeout, this, &ReviewArea::readOthersChanges);
    m_giveBack = new QPushButton(UiTr::tr("&Give back"), this);
    m_giveBack->setObjectName(QStringLiteral("giveBack"));
    m_giveBack->setToolTip(UiTr::tr("Give the claim on show back to the queue"));
    connect(m_giveBack, &QPushButton::clicked, this, &ReviewArea::giveBack);
}

QWidget* ReviewArea::queueSide()
{
    auto* queuePane = new QWidget(this);
    auto* queueLayout = new QVBoxLayout(queuePane);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_filters);
    queueLayout->addWidget(m_scope);
    queueLayout->addWidget(m_table);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("queueSplitter"));
    left->addWidget(queuePane);
    left->addWidget(m_documents);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    return left;
}

QWidget* ReviewArea::claimSide()
{
    auto* right = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(UiTr::tr("Status"), m_status);
    form->addRow(UiTr::tr("Memo"), m_memo);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_notice = new QLabel(right);
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; padding: 4px; }"));
    m_refer = new QPushButton(UiTr::tr("&Refer to a manager"), right);
    m_refer->setObjectName(QStringLiteral("referToManager"));
    m_refer->setToolTip(UiTr::tr("Escalate the claim, with the refusal as the reason, so that a "
                                 "manager decides it"));
    m_refer->setVisible(false);
    connect(m_refer, &QPushButton::clicked, this, &ReviewArea::referToManager);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("claimTabs"));
    auto* claimPage = new QWidget(right);
    auto* claimLayout = new QVBoxLayout(claimPage);
    claimLayout->setContentsMargins(0, 0, 0, 0);
    claimLayout->addWidget(m_details, 1);
    claimLayout->addWidget(m_summary);
    m_tabs->addTab(claimPage, UiTr::tr("Claim"));
    m_tabs->addTab(m_policy, UiTr::tr("Policy"));
    m_agent = new AgentPanel(m_edits, right);
    m_agent->setObjectName(QStringLiteral("agentPanel"));
    connect(m_agent, &AgentPanel::opinionsChanged, this, [this](const QString& claimId) {
        if (claimId == m_shownClaim)
            showClaimDetails(claimId);
        Q_EMIT bookChanged();
    });
    m_tabs->addTab(m_agent, UiTr::tr("Model opinion"));
    m_tabs->addTab(m_history, UiTr::tr("History"));
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_refer, 0, Qt::AlignLeft);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addLayout(form);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_dossier);
    actions->addWidget(m_toPortal);
    actions->addWidget(m_takeNext);
    actions->addWidget(m_giveBack);
    actions->addStretch(1);
    actions->addWidget(m_save);
    rightLayout->addLayout(actions);
    return right;
}

void ReviewArea::rememberView()
{
    if (!m_scopeQuery) // a selection made elsewhere is not the user's queue
        AppSettings::setLastQueueView({ QString(), m_model->query() });
}

ReviewArea::~ReviewArea() = default;

void ReviewArea::setEngine(const DecisionEngine& engine)
{
    m_engine = engine;
    m_edits->setEngine(engine);
    m_policy->setRules(engine.rules());
    m_summary->setRules(engine.rules()); // the factual summary explains with them
}

void ReviewArea::refresh()
{
    if (m_rowsIntent != RowsIntent::SelectFirst) // rows chosen elsewhere still get theirs
        m_rowsIntent = RowsIntent::Refresh;
    m_model->refresh();
    m_counts->request(m_model->query());
    if (!m_shownClaim.isEmpty())
        showClaimDetails(m_shownClaim); // the same claim, read again meanwhile
}

void ReviewArea::claimsChangedElsewhere(const QStringList& claimIds, const QString& by)
{
    m_shownChangedElsewhere = m_shownChangedElsewhere
        || (!m_shownClaim.isEmpty() && (claimIds.isEmpty() || claimIds.contains(m_shownClaim)));
    if (!m_elsewhereSettle->isActive())
        m_elsewhereSettle->start();
    if (by != m_location.login() && claimIds.contains(m_shownClaim))
        showProblem(UiTr::tr("%1 was just changed by %2; what you see is the claim as it is now.")
                        .arg(m_shownClaim, by));
}

void ReviewArea::readOthersChanges()
{
    if (!isVisible()) {
        m_shownChangedElsewhere = false; // all is read when shown (refresh on show)
        return;
    }
    if (std::exchange(m_shownChangedElsewhere, false)) {
        refresh(); // the queue and the claim on show
    } else {
        m_model->refresh(); // the queue only: what is on show is untouched
        m_counts->request(m_model->query());
    }
}

void ReviewArea::rowsArrived()
{
    const RowsIntent intent = std::exchange(m_rowsIntent, RowsIntent::KeepShown);
    if (intent == RowsIntent::SelectFirst) {
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        return;
    }
    if (m_shownClaim.isEmpty())
        return;
    if (const int row = rowOf(m_shownClaim); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    } else if (intent == RowsIntent::Refresh && m_rowBeforeReset >= 0 && m_model->rowCount() > 0) {
        // Not among the rows read (it left the filter, or lies past the first
        // page): the row where it was is selected, and shown once its page is in.
        m_table->setCurrentIndex(
            m_model->index(std::min(m_rowBeforeReset, m_model->rowCount() - 1), 0));
    } else if (intent == RowsIntent::KeepShown) {
        // A new filter left it out: the panel empties (nothing stale with Save enabled).
        showClaim(QString());
    }
    // Reorder, or a refresh with no row selected: the claim stays on show.
}

QTableWidget* ReviewArea::history() const
{
    return m_history;
}

QString ReviewArea::currentClaimId() const
{
    return m_shownClaim;
}

int ReviewArea::rowOf(const QString& claimId) const
{
    // Among the rows read only: a selection far down is not searched for.
    return claimId.isEmpty() ? -1 : m_model->cachedRowOf(claimId);
}

void ReviewArea::selectClaim(const QString& claimId)
{
    const int row = rowOf(claimId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
        if (m_shownClaim != claimId)
            showClaim(claimId);
        return;
    }
    showClaim(claimId);
}

void ReviewArea::setLlmSession(LlmSession* session)
{
    m_agent->setLlmSession(session);
    m_policy->setLlmSession(session);
    m_summary->setLlmSession(session);
}

void ReviewArea::summarize()
{
    if (m_shownClaim.isEmpty() || !m_shownView || m_shownView->claim.id != m_shownClaim)
        return; // nothing on show, or still being read
    m_summary->summarize(m_shownView->claim, m_shownView->decision());
}

DossierView* ReviewArea::openDossier()
{
    if (m_shownClaim.isEmpty())
        return nullptr;
    auto* view = new DossierView(m_location, m_engine.rules(), this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->showClaim(m_shownClaim);
    view->show();
    return view;
}

void ReviewArea::showClaims(const ClaimQuery& query, const QString& description)
{
    m_filters->setQuery(query);
    m_scopeQuery = query;
    m_scope->setText(UiTr::tr("Showing: %1.").arg(description).toHtmlEscaped()
        + QStringLiteral(" <a href=\"clear\">%1</a>").arg(UiTr::tr("Clear").toHtmlEscaped()));
    m_scope->setVisible(true);
    applyFilter();
    m_rowsIntent = RowsIntent::SelectFirst;
    m_table->setFocus();
}

void ReviewArea::applyFilter()
{
    m_rowsIntent = RowsIntent::KeepShown;
    ClaimQuery q = m_filters->query();
    // What the bar has no control for stays while the scope is shown.
    if (m_scopeQuery) { // (Open is the bar's own status choice now)
        if (!q.risk && m_scopeQuery->risk == RiskLevel::None)
            q.risk = RiskLevel::None;
    }
    q.sort = m_model->query().sort;
    q.descending = m_model->query().descending;
    m_filters->clearCounts();
    m_model->setQuery(q);
    m_counts->request(q);
    rememberView();
}

void ReviewArea::rebuildViewsMenu()
{
    QMenu* menu = m_filters->viewsButton()->menu();
    menu->clear();
    const QList<QueueView> views = AppSettings::savedViews();
    for (const QueueView& view : views)
        menu->addAction(view.name, this, [this, view] { applyView(view); });
    if (views.isEmpty())
        menu->addAction(UiTr::tr("No saved views yet"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(UiTr::tr("Save current view..."), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, UiTr::tr("Save view"),
            UiTr::tr("Name for the current filters and order:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveView(name.trimmed());
    });
    if (!views.isEmpty()) {
        QMenu* remove = menu->addMenu(UiTr::tr("Delete view"));
        for (const QueueView& view : views)
            remove->addAction(view.name, this, [this, name = view.name] { deleteView(name); });
    }
    menu->addAction(UiTr::tr("Whole queue"), this, [this] { applyView(QueueView()); });
}

void ReviewArea::saveView(const QString& name)
{
    QList<QueueView> views = AppSettings::savedViews();
    QueueView view { name, m_model->query() };
    view.query.limit = ClaimQuery().limit;
    view.query.offset = 0;
    const auto same = std::find_if(
        views.begin(), views.end(), [&](const QueueView& v) { return v.name == name; });
    if (same != views.end())
        *same = view;
    else
        views << view;
    AppSettings::setSavedViews(views);
    rebuildViewsMenu();
}

void ReviewArea::deleteView(const QString& name)
{
    QList<QueueView> views = AppSettings::savedViews();
    views.removeIf([&](const QueueView& v) { return v.name == name; });
    AppSettings::setSavedViews(views);
    rebuildViewsMenu();
}

void ReviewArea::applyView(const QueueView& view)
{
    m_scopeQuery.reset();
    m_scope->setVisible(false);
    m_filters->setQuery(view.query);
    // The header's indicator sorts the model (in SQL); applyFilter then keeps that order.
    const int column = ClaimQueueModel::columnFor(view.query.sort);
    m_table->horizontalHeader()->setSortIndicator(
        column, view.query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    applyFilter();
}

void ReviewArea::showClaim(const QString& claimId)
{
    m_documents->showClaim(claimId); // its documents come with the claim's view
    m_policy->showClaim(claimId);
    m_agent->showClaim(claimId);
    m_summary->showClaim(claimId);
    m_notice->clear();
    m_notice->setVisible(false);
    showClaimDetails(claimId);
}

void ReviewArea::showClaimDetails(const QString& claimId)
{
    m_shownClaim = claimId;
    const bool known = m_shownView && m_shownView->claim.id == claimId;
    if (!known) {
        m_statusTouched = false;
        m_shownView.reset();
        enableClaimActions(false);
        m_memo->clear();
        m_history->setRowCount(0);
    }
    if (claimId.isEmpty()) {
        m_details->showNone();
        return;
    }
    if (!known)
        m_details->showReading(claimId);
    m_viewJob->request(claimId); // read again when known: the edit shows when it arrives
}

void ReviewArea::enableClaimActions(bool enabled)
{
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_status, m_memo, m_save, m_dossier, m_giveBack })
        w->setEnabled(enabled);
    m_summary->setReady(enabled);
    // Only an approved claim is filed on a portal.
    m_toPortal->setEnabled(
        enabled && m_shownView && m_shownView->claim.status == ClaimStatus::Approved);
}

void ReviewArea::showView(const ClaimView& view)
{
    if (view.claim.id != m_shownClaim)
        return; // the reviewer has moved on
    const bool sameClaim = m_shownView && m_shownView->claim.id == view.claim.id;
    // A memo being written, or written and not saved, stays (a save with it then
    // meets the conflict dialog if someone changed the claim meanwhile).
    const bool memoEdited
        = sameClaim && (m_memo->hasFocus() || m_memo->toPlainText() != m_shownView->claim.memo);
    m_shownView = view;
    enableClaimActions(true);
    if (!sameClaim || !m_statusTouched) // a choice not yet saved stays
        m_status->setCurrentIndex(static_cast<int>(view.claim.status));
    if (!memoEdited)
        m_memo->setPlainText(view.claim.memo);
    m_details->showView(view, m_engine.rules());
    m_history->showTrail(view.history);
    m_auditLinesRead = view.history.size();
    m_agent->showView(view);
    if (sameClaim)
        m_documents->updateFields(view.claim.id, view.documents);
    else
        m_documents->showDocuments(view.claim.id, view.documents);
    Q_EMIT claimShown(view.claim.id);
}

void ReviewArea::showNotice(const QString& message)
{
    showProblem(message);
    if (!message.isEmpty())
        Q_EMIT editRefused(message);
}

void ReviewArea::showProblem(const QString& message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
    m_refer->setVisible(false); // offered again only by the refusal it answers
}

// A status the server refused, from Save or a number key; above the login's
// authority the way forward is a manager, and it is offered.
void ReviewArea::showStatusRefused(const Error& refusal, ClaimStatus asked)
{
    showNotice(refusal.message);
    const bool deciding = asked == ClaimStatus::Approved || asked == ClaimStatus::Paid;
    m_refer->setVisible(deciding && refusal.kind == ErrorKind::Forbidden);
}

void ReviewArea::referToManager()
{
    if (!m_shownView)
        return;
    const QString claimId = m_shownView->claim.id;
    const QString reason = m_notice->text();
    whenEditsAnswered([this, claimId, reason] {
        m_edits->referToManager(claimId, reason, this, [this](const Result<Claim>& referred) {
            if (!referred) {
                showNotice(referred.error());
                return;
            }
            noteSaved(*referred);
            afterEdit(UiTr::tr("%1 is referred to a manager (escalated).").arg(referred->id));
        });
    });
}

void ReviewArea::whenEditsAnswered(std::function<void()> edit)
{
    m_waitingEdits.push_back(std::move(edit));
    startWaitingEdit();
}

void ReviewArea::startWaitingEdit()
{
    while (m_edits->unanswered() == 0 && !m_waitingEdits.empty()) {
        auto edit = std::move(m_waitingEdits.front());
        m_waitingEdits.pop_front();
        edit();
    }
    updateUndoActions();
}

void ReviewArea::updateUndoActions()
{
    const bool busy = m_edits->unanswered() > 0 || !m_waitingEdits.empty();
    m_undoAction->setEnabled(busy || m_undo->canUndo());
    m_redoAction->setEnabled(busy || m_undo->canRedo());
}

const Claim* ReviewArea::claimOnShow(const QString& claimId)
{
    if (m_shownView && m_shownView->claim.id == claimId)
        return &m_shownView->claim;
    showNotice(UiTr::tr("Nothing was changed on %1: another claim is on show now.").arg(claimId));
    return nullptr;
}

void ReviewArea::saveStatus()
{
    if (!m_shownView)
        return;
    // What the reviewer saved is what the form says now, even if it waits its turn.
    const QString claimId = m_shownView->claim.id;
    const auto status = static_cast<ClaimStatus>(m_status->currentData().toInt());
    const QString memo = m_memo->toPlainText();
    whenEditsAnswered([this, claimId, status, memo] {
        const Claim* read = claimOnShow(claimId);
        if (!read || (status == read->status && memo == read->memo))
            return; // nothing to save: no new version, no empty undo step
        Claim mine = *read;
        mine.status = status;
        mine.memo = memo;
        saveMine(*read, mine);
    });
}

void ReviewArea::takeNext()
{
    m_takeNext->setEnabled(false); // one take at a time
    whenEditsAnswered([this] {
        m_edits->takeNext(this, [this](const Result<std::optional<Claim>>& taken) {
            m_takeNext->setEnabled(true);
            if (!taken) {
                showNotice(taken.error());
                return;
            }
            if (!*taken) {
                showNotice(UiTr::tr("No open claim is free: every one is held by someone."));
                return;
            }
            showProblem(QString());
            refresh();
            selectClaim((*taken)->id);
            Q_EMIT bookChanged();
        });
    });
}

void ReviewArea::giveBack()
{
    if (!m_shownView)
        return;
    const QString claimId = m_shownView->claim.id;
    whenEditsAnswered([this, claimId] {
        m_edits->release(claimId, this, [this](const Result<Claim>& released) {
            if (!released) {
                showNotice(released.error());
                return;
            }
            noteSaved(*released);
            afterEdit(QString());
        });
    });
}

void ReviewArea::saveMine(const Claim& read, const Claim& mine)
{
    m_save->setEnabled(false); // until the answer: one Save at a time
    const qsizetype linesRead = m_auditLinesRead;
    m_edits->changeStatus(
        { read.id, mine.status, mine.memo, read.version, std::nullopt, std::nullopt },
        AppSettings::userName(), this,
        [this, read, mine, linesRead](const StatusChangeAnswer& answer) {
            m_save->setEnabled(m_shownView.has_value());
            if (answer.saved) {
                m_statusTouched = false;
                noteSaved(*answer.saved);
                // On the one undo stack, so Ctrl+Z takes back a Save like a number key;
                // it goes back to what was saved before, not to what was read.
                m_undo->push(new StatusChangeCommand(context(), read, mine.status, mine.memo));
                afterEdit(QString());
            } else if (answer.current) {
                // Someone saved the claim meanwhile: both versions, and what changed since.
                resolveConflict(mine, *answer.current, answer.trail.mid(linesRead));
            } else {
                showStatusRefused(answer.saved.errorDetail(), mine.status);
            }
        });
}

void ReviewArea::resolveConflict(
    const Claim& mine, const Claim& saved, const QList<AuditEntry>& meanwhile)
{
    auto* dialog = new ConflictDialog(mine, saved, meanwhile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, mine, saved] {
        switch (dialog->choice()) {
        case ConflictDialog::TakeSaved:
            showClaim(saved.id);
            break;
        case ConflictDialog::ApplyMine:
            whenEditsAnswered([this, mine, saved] { saveMine(saved, mine); });
            break;
        case ConflictDialog::KeepEditing:
            break;
        }
    });
    dialog->open();
}

ReviewContext ReviewArea::context()
{
    return ReviewContext { m_edits, this, AppSettings::userName(),
        [this](const QString& error) { afterEdit(error); },
        [this](const Claim& now) { noteSaved(now); } };
}

void ReviewArea::noteSaved(const Claim& now)
{
    // The next edit starts from the claim as this one left it (its new version),
    // before the worker's reading of it arrives; else it would be refused as
    // someone else's change.
    if (m_shownView && m_shownView->claim.id == now.id)
        m_shownView->claim = now;
}

void ReviewArea::setSelectedStatus(ClaimStatus status)
{
    if (!m_shownView)
        return;
    m_statusTouched = false; // the key decides; the list follows the claim
    const QString claimId = m_shownView->claim.id;
    whenEditsAnswered([this, claimId, status] {
        const Claim* read = claimOnShow(claimId);
        if (!read || read->status == status)
            return;
        const Claim before = *read;
        m_edits->changeStatus(
            { claimId, status, std::nullopt, before.version, std::nullopt, std::nullopt },
            AppSettings::userName(), this,
            [this, before, status](const StatusChangeAnswer& answer) {
                if (!answer.saved) {
                    showStatusRefused(answer.saved.errorDetail(), status);
                    return;
                }
                noteSaved(*answer.saved);
                // Pushed once made: a refused key leaves no step behind to undo.
                m_undo->push(new StatusChangeCommand(context(), before, status));
                afterEdit(QString());
            });
    });
}

void ReviewArea::correctField(qint64 fieldId, const QString& value)
{
    if (!m_shownView)
        return;
    const QString claimId = m_shownView->claim.id;
    whenEditsAnswered([this, claimId, fieldId, value] {
        const Claim* read = claimOnShow(claimId);
        if (!read)
            return;
        m_edits->correctField({ fieldId, value, read->version, std::nullopt },
            AppSettings::userName(), this, [this](const Result<FieldCorrected>& done) {
                if (!done) {
                    showNotice(done.error());
                    if (m_shownView) // the stored value again
                        m_documents->updateFields(m_shownView->claim.id, m_shownView->documents);
                    return;
                }
                noteSaved(done->claim);
                m_undo->push(new FieldCorrectionCommand(context(), *done));
                afterEdit(QString());
            });
    });
}

void ReviewArea::afterEdit(const QString& error)
{
    showNotice(error); // an empty error clears the last one
    refresh(); // the claim on show is read again, its documents' fields with it
    Q_EMIT bookChanged();
}

} // namespace ClaimDesk
