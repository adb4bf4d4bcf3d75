#include "ReviewArea.h"

#include "AgentPanel.h"
#include "AppSettings.h"
#include "DossierView.h"
#include "PolicyPanel.h"
#include "decision/ClaimBook.h"
#include "decision/ClaimSummarizer.h"
#include "i18n/Translations.h"
#include "llm/LlmClient.h"
#include "llm/LlmSession.h"
#include "llm/LlmSummarizer.h"
#include "report/ClaimDossier.h"
#include "triage/ClaimQueueModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ClaimDesk {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

ReviewArea::ReviewArea(Database db, DecisionEngine engine, QWidget* parent)
    : WorkArea(parent)
    , m_db(std::move(db))
    , m_engine(std::move(engine))
{
    m_model = new ClaimQueueModel(m_db, this);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("All statuses"));
    for (int s = 0; s <= static_cast<int>(ClaimStatus::Paid); ++s)
        m_statusFilter->addItem(claimStatusLabel(static_cast<ClaimStatus>(s)), s);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->addItem(tr("All types"));
    m_typeFilter->addItem(claimTypeLabel(ClaimType::Health), static_cast<int>(ClaimType::Health));
    m_typeFilter->addItem(
        claimTypeLabel(ClaimType::CarDamage), static_cast<int>(ClaimType::CarDamage));
    m_riskFilter = new QComboBox(this);
    m_riskFilter->addItem(tr("All risk levels"));
    for (RiskLevel r : { RiskLevel::High, RiskLevel::Medium, RiskLevel::Low })
        m_riskFilter->addItem(riskLevelLabel(r), static_cast<int>(r));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search claim ID, national ID or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    for (QComboBox* box : { m_statusFilter, m_typeFilter, m_riskFilter })
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewArea::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &ReviewArea::applyFilter);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    // Fixed widths: measuring contents would touch rows the view has not fetched.
    m_table->setColumnWidth(ClaimQueueModel::IdColumn, 170);
    m_table->setColumnWidth(ClaimQueueModel::DecisionColumn, 140);
    m_table->setColumnWidth(ClaimQueueModel::StatusColumn, 110);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            showClaim(current.isValid() ? m_model->claimIdAt(current.row()) : QString());
        });
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

    m_details = new QTextBrowser(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("claimSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summarySource = new QLabel(this);
    m_summarySource->setObjectName(QStringLiteral("summarySource"));
    m_summarySource->setWordWrap(true);
    QFont small = m_summarySource->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_summarySource->setFont(small);
    m_summarize = new QPushButton(tr("Su&mmarize"), this);
    m_summarize->setObjectName(QStringLiteral("summarize"));
    m_summarize->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_summarize->setToolTip(tr("A 3-4 sentence summary: from the language model when one is "
                               "configured, else written from the claim and its decision "
                               "(Ctrl+Shift+S)"));
    connect(m_summarize, &QPushButton::clicked, this, &ReviewArea::summarize);
    m_policy = new PolicyPanel(m_db, this);
    m_status = new QComboBox(this);
    for (int s = 0; s <= static_cast<int>(ClaimStatus::Paid); ++s)
        m_status->addItem(claimStatusLabel(static_cast<ClaimStatus>(s)), s);
    m_memo = new QPlainTextEdit(this);
    m_memo->setPlaceholderText(tr("Memo"));
    m_memo->setMaximumHeight(70);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, &ReviewArea::saveStatus);
    m_dossier = new QPushButton(tr("&Dossier..."), this);
    m_dossier->setObjectName(QStringLiteral("openDossier"));
    m_dossier->setShortcut(QKeySequence::Print);
    m_dossier->setToolTip(tr("The claim as a report to print or save as PDF (Ctrl+P)"));
    connect(m_dossier, &QPushButton::clicked, this, &ReviewArea::openDossier);

    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("queueScope"));
    m_scope->setVisible(false);
    m_scope->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base);"
                                          " padding: 4px; border-radius: 3px; }"));
    connect(m_scope, &QLabel::linkActivated, this, [this] {
        // Back to the whole queue: the filters the scope had set go too.
        m_scopeQuery.reset();
        m_scope->setVisible(false);
        setFilterControls(ClaimQuery());
        applyFilter();
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_riskFilter);
    filters->addWidget(m_search, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_scope);
    leftLayout->addWidget(m_table);

    auto* right = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Memo"), m_memo);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* tabs = new QTabWidget(right);
    tabs->setObjectName(QStringLiteral("claimTabs"));
    auto* claimPage = new QWidget(right);
    auto* summaryBox = new QGroupBox(tr("Summary"), claimPage);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summary);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summarySource, 1);
    summaryRow->addWidget(m_summarize, 0, Qt::AlignTop);
    summaryLayout->addLayout(summaryRow);
    auto* claimLayout = new QVBoxLayout(claimPage);
    claimLayout->setContentsMargins(0, 0, 0, 0);
    claimLayout->addWidget(m_details, 1);
    claimLayout->addWidget(summaryBox);
    tabs->addTab(claimPage, tr("Claim"));
    tabs->addTab(m_policy, tr("Policy"));
    m_agent = new AgentPanel(m_db, right);
    m_agent->setObjectName(QStringLiteral("agentPanel"));
    tabs->addTab(m_agent, tr("Model opinion"));
    rightLayout->addWidget(tabs, 1);
    rightLayout->addLayout(form);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_dossier);
    actions->addStretch(1);
    actions->addWidget(m_save);
    rightLayout->addLayout(actions);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    rebuildSummarizer();
    showClaim(QString());
}

void ReviewArea::setEngine(const DecisionEngine& engine)
{
    m_engine = engine;
    rebuildSummarizer(); // the factual summary explains with the rules in force
}

void ReviewArea::refresh()
{
    const QString selected = m_shownClaim;
    m_model->refresh();
    selectClaim(selected);
}

QString ReviewArea::currentClaimId() const
{
    return m_shownClaim;
}

void ReviewArea::selectClaim(const QString& claimId)
{
    // Only the first page is looked at: the selection survives refreshes near the top.
    for (int row = 0; row < std::min(m_model->rowCount(), 200); ++row) {
        if (m_model->claimIdAt(row) == claimId) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
    showClaim(claimId);
}

void ReviewArea::setFilterControls(const ClaimQuery& query)
{
    const QSignalBlocker s(m_statusFilter);
    const QSignalBlocker t(m_typeFilter);
    const QSignalBlocker r(m_riskFilter);
    m_statusFilter->setCurrentIndex(
        query.status ? m_statusFilter->findData(int(*query.status)) : 0);
    m_typeFilter->setCurrentIndex(query.type ? m_typeFilter->findData(int(*query.type)) : 0);
    // The queue's risk filter has no "none": that level stays in the scope.
    const int risk = query.risk ? m_riskFilter->findData(int(*query.risk)) : 0;
    m_riskFilter->setCurrentIndex(std::max(risk, 0));
    m_search->setText(query.search);
}

void ReviewArea::setLlmSession(LlmSession* session)
{
    m_llm = session;
    m_agent->setLlmSession(session);
    if (m_llm)
        connect(m_llm, &LlmSession::changed, this, &ReviewArea::rebuildSummarizer);
    rebuildSummarizer();
}

void ReviewArea::rebuildSummarizer()
{
    // A summary in flight on the old client or rules is dropped with it.
    delete m_summarizer;
    m_summarizer = new LlmSummarizer(m_llm ? m_llm->client() : nullptr, m_engine.rules(), this);
    connect(m_summarizer, &LlmSummarizer::textDelta, this,
        [this](const QString& claimId, const QString& text) {
            if (claimId == m_shownClaim)
                m_summary->setText(m_summary->text() + text);
        });
    connect(m_summarizer, &LlmSummarizer::streamRestarted, this, [this](const QString& claimId) {
        if (claimId == m_shownClaim)
            m_summary->clear();
    });
    connect(m_summarizer, &LlmSummarizer::summaryReady, this, &ReviewArea::showSummary);
    m_summarize->setEnabled(!m_shownClaim.isEmpty());
}

void ReviewArea::summarize()
{
    if (m_shownClaim.isEmpty())
        return;
    const auto found = ClaimBook(m_db, m_engine).find(m_shownClaim);
    if (!found) {
        m_summarySource->setText(found.error());
        return;
    }
    m_summary->clear();
    m_summarize->setEnabled(false);
    m_summarySource->setText(m_llm && m_llm->client()
            ? tr("Asking %1...").arg(m_llm->config().label())
            : tr("Writing the factual summary..."));
    m_summarizer->summarize(found->claim, found->decision, Translations::current());
}

void ReviewArea::showSummary(const QString& claimId, const ClaimSummary& summary)
{
    if (claimId != m_shownClaim)
        return;
    m_summarize->setEnabled(true);
    m_summary->setText(summary.text);
    if (summary.source == u"llm")
        m_summarySource->setText(tr("From the language model (%1); %2 tokens in, %3 out. Check it "
                                    "against the claim.")
                                     .arg(m_llm ? m_llm->config().label() : QString())
                                     .arg(summary.tokensIn)
                                     .arg(summary.tokensOut));
    else if (!summary.modelError.isEmpty())
        m_summarySource->setText(
            tr("Factual summary from the claim and its decision; the model's was not used: %1")
                .arg(summary.modelError));
    else
        m_summarySource->setText(tr("Factual summary from the claim and its decision."));
}

DossierView* ReviewArea::openDossier()
{
    if (m_shownClaim.isEmpty())
        return nullptr;
    auto* view = new DossierView(m_db, m_engine.rules(), this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->showClaim(m_shownClaim);
    view->show();
    return view;
}

void ReviewArea::showClaims(const ClaimQuery& query, const QString& description)
{
    setFilterControls(query);
    m_scopeQuery = query;
    m_scope->setText(
        tr("Showing: %1. <a href=\"clear\">Clear</a>").arg(description.toHtmlEscaped()));
    m_scope->setVisible(true);
    applyFilter();
    m_table->setFocus();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void ReviewArea::applyFilter()
{
    ClaimQuery q = m_scopeQuery.value_or(ClaimQuery());
    q.limit = ClaimQuery().limit;
    q.offset = 0;
    q.status.reset();
    q.type.reset();
    if (q.risk != RiskLevel::None)
        q.risk.reset();
    if (m_statusFilter->currentIndex() > 0)
        q.status = static_cast<ClaimStatus>(m_statusFilter->currentData().toInt());
    if (m_typeFilter->currentIndex() > 0)
        q.type = static_cast<ClaimType>(m_typeFilter->currentData().toInt());
    if (m_riskFilter->currentIndex() > 0)
        q.risk = static_cast<RiskLevel>(m_riskFilter->currentData().toInt());
    q.search = m_search->text();
    m_model->setQuery(q);
}

void ReviewArea::showClaim(const QString& claimId)
{
    m_shownClaim.clear();
    m_policy->showClaim(claimId);
    m_agent->showClaim(claimId);
    const bool has = !claimId.isEmpty();
    m_status->setEnabled(has);
    m_memo->setEnabled(has);
    m_save->setEnabled(has);
    m_dossier->setEnabled(has);
    m_summarize->setEnabled(has);
    m_summarizer->cancel();
    m_summary->clear();
    m_summarySource->clear();
    if (!has) {
        m_details->setHtml(
            tr("<p>Select a claim in the queue. <b>J</b> and <b>K</b> move down and up.</p>"));
        m_memo->clear();
        return;
    }
    ClaimBook book(m_db, m_engine);
    auto claim = book.claims().find(claimId);
    if (!claim) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(esc(claim.error())));
        return;
    }
    m_shownClaim = claim->id;
    m_shownVersion = claim->version;
    m_status->setCurrentIndex(static_cast<int>(claim->status));
    m_memo->setPlainText(claim->memo);

    auto decision = book.decisions().current(claim->id);
    QString html
        = QStringLiteral("<h2>%1</h2><p>%2 &middot; %3 &middot; %4</p>")
              .arg(esc(claim->id), esc(claimTypeLabel(claim->type)),
                  esc(claimStatusLabel(claim->status)),
                  claim->amount ? esc(claim->amount->toDisplayString()) : tr("no amount yet"));
    html += QStringLiteral("<p>%1: %2<br>%3: %4<br>%5: %6</p>")
                .arg(tr("Claimant"),
                    esc(claim->claimantName.isEmpty() ? tr("unknown") : claim->claimantName),
                    tr("Provider"),
                    esc(claim->providerName.isEmpty() ? tr("unknown") : claim->providerName),
                    tr("Diagnosis"),
                    esc(claim->diagnosisCode.isEmpty() ? tr("unknown") : claim->diagnosisCode));
    if (decision && *decision) {
        html += ClaimDossier::decisionHtml(**decision, m_engine.rules());
    }
    m_details->setHtml(html);
}

void ReviewArea::saveStatus()
{
    if (m_shownClaim.isEmpty())
        return;
    ClaimRepository claims(m_db);
    auto saved
        = claims.setStatus(m_shownClaim, static_cast<ClaimStatus>(m_status->currentData().toInt()),
            m_memo->toPlainText(), AppSettings::userName(), m_shownVersion);
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error());
        showClaim(m_shownClaim); // show the version that is stored now
        return;
    }
    Q_EMIT bookChanged();
}

} // namespace ClaimDesk
