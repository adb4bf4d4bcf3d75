#include "PortalArea.h"

#include "AppSettings.h"
#include "UiTr.h"
#include "filing/PortalDesk.h"
#include "filing/PortalDirectory.h"
#include "filing/PortalFilingJob.h"
#include "secrets/KeychainEntry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace ClaimDesk {

namespace {

constexpr int StatusCheckEveryMs = 60 * 60 * 1000;
// A batch is read in pages of this many approved claims.
constexpr int WaitingAtMost = 500;

QString outcomeLabel(const FilingResult& r)
{
    switch (r.outcome) {
    case FilingResult::Outcome::Submitted:
        return UiTr::tr("Filed");
    case FilingResult::Outcome::AlreadySubmitted:
        return UiTr::tr("Already filed");
    case FilingResult::Outcome::NeedsAttention:
        return UiTr::tr("Needs attention");
    case FilingResult::Outcome::Failed:
        return UiTr::tr("Failed");
    }
    return {};
}

} // namespace

PortalArea::PortalArea(DatabaseLocation location, QWidget* parent)
    : WorkArea(parent)
    , m_location(std::move(location))
    , m_desk(new PortalDesk(m_location, this))
{
    buildView();
}

PortalArea::~PortalArea()
{
    delete m_job; // before the page it drives
    delete m_view;
}

bool PortalArea::isRunning() const
{
    return m_job && m_job->isRunning();
}

void PortalArea::ensureBrowser()
{
    if (m_job)
        return;
    // Chromium starts with the first portal page, not with the desk.
    m_profile = new QWebEngineProfile(this); // off the record: nothing of a portal on disk
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("portalPage"));
    m_page = new PortalPage(m_profile, m_view);
    m_view->setPage(m_page);
    m_split->replaceWidget(1, m_view);
    m_placeholder->deleteLater();
    m_job = new PortalFilingJob(
        m_location, m_page, [this] { return m_view->focusProxy(); }, this);
    m_job->setSnapshot([this] { return m_view->grab().toImage(); });
    connect(m_job, &PortalFilingJob::progress, this,
        [this](int done, int total, const QString& claimId) {
            m_progress->setRange(0, qMax(1, total));
            m_progress->setValue(done);
            m_currentClaim = claimId;
        });
    connect(m_job, &PortalFilingJob::stepStarted, this,
        [this](const QString& claimId, int index, int count, const QString& what) {
            m_step->setText(count > 0 ? UiTr::tr("%1: step %2 of %3, %4")
                                            .arg(claimId)
                                            .arg(index + 1)
                                            .arg(count)
                                            .arg(what)
                                      : UiTr::tr("%1: %2").arg(claimId, what));
        });
    connect(m_job, &PortalFilingJob::claimFiled, this, &PortalArea::showResult);
    connect(m_job, &PortalFilingJob::statusRead, this, &PortalArea::showStatus);
    connect(m_job, &PortalFilingJob::finished, this, [this](bool cancelled) {
        setBusy(false);
        m_step->setText(cancelled ? UiTr::tr("Cancelled") : UiTr::tr("Done"));
        Q_EMIT bookChanged();
    });
}

void PortalArea::showEvent(QShowEvent* event)
{
    ensureBrowser();
    WorkArea::showEvent(event);
}

void PortalArea::buildView()
{
    m_portals = new QComboBox(this);
    m_portals->setObjectName(QStringLiteral("portalChoice"));
    m_portals->setMinimumContentsLength(16);
    m_submitWaiting = new QPushButton(UiTr::tr("&Submit approved claims"), this);
    m_submitWaiting->setObjectName(QStringLiteral("submitApproved"));
    m_submitWaiting->setToolTip(UiTr::tr("File every approved claim not yet filed on this portal"));
    connect(m_submitWaiting, &QPushButton::clicked, this, &PortalArea::submitWaiting);
    m_check = new QPushButton(UiTr::tr("Check &status"), this);
    m_check->setObjectName(QStringLiteral("checkPortalStatus"));
    m_check->setToolTip(UiTr::tr("Read the status of every claim filed on this portal"));
    connect(m_check, &QPushButton::clicked, this, &PortalArea::checkStatus);
    m_byHand = new QPushButton(UiTr::tr("Filed by &hand..."), this);
    m_byHand->setObjectName(QStringLiteral("filedByHand"));
    m_byHand->setToolTip(
        UiTr::tr("Record the reference of a claim you finished filing in the page below"));
    connect(m_byHand, &QPushButton::clicked, this, &PortalArea::fileByHand);
    m_cancel = new QPushButton(UiTr::tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPortal"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, m_cancel, &QPushButton::click);
    m_everyHour = new QCheckBox(UiTr::tr("Check statuses &every hour"), this);
    m_everyHour->setObjectName(QStringLiteral("portalStatusEveryHour"));
    m_everyHour->setToolTip(
        UiTr::tr("While the desk is open, read the status of the claims filed on "
                 "the chosen portal once an hour"));
    m_everyHour->setChecked(AppSettings::portalStatusEveryHour());
    m_hourly = new QTimer(this);
    m_hourly->setInterval(StatusCheckEveryMs);
    connect(m_everyHour, &QCheckBox::toggled, this, [this](bool on) {
        AppSettings::setPortalStatusEveryHour(on);
        on ? m_hourly->start() : m_hourly->stop();
    });
    connect(m_hourly, &QTimer::timeout, this, [this] {
        if (!isRunning() && !m_known.isEmpty())
            checkStatus();
    });
    if (m_everyHour->isChecked())
        m_hourly->start();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("portalProgress"));
    m_progress->setValue(0);
    m_step = new QLabel(
        UiTr::tr("Choose a portal, then submit approved claims or pick one in Review"), this);
    m_step->setObjectName(QStringLiteral("portalStep"));
    m_step->setWordWrap(true);

    m_results = new QTableWidget(0, 3, this);
    m_results->setObjectName(QStringLiteral("portalResults"));
    m_results->setHorizontalHeaderLabels(
        { UiTr::tr("Claim"), UiTr::tr("Outcome"), UiTr::tr("Reference or reason") });
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->horizontalHeader()->setStretchLastSection(true);
    // A claim ID (H-20261205-000001) and an outcome whole, in either language.
    m_results->setColumnWidth(
        0, m_results->fontMetrics().horizontalAdvance(QStringLiteral("H-00000000-0000000")) + 16);
    m_results->setColumnWidth(1, 160);
    connect(m_results, &QTableWidget::cellDoubleClicked, this,
        [this](int row, int) { Q_EMIT claimRequested(m_results->item(row, 0)->text()); });

    m_placeholder
        = new QLabel(UiTr::tr("The portal's page shows here while a claim is filed; you may "
                              "finish a run that needs attention in it."),
            this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(UiTr::tr("Portal:"), this));
    bar->addWidget(m_portals);
    bar->addWidget(m_submitWaiting);
    bar->addWidget(m_check);
    bar->addWidget(m_byHand);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    bar->addWidget(m_everyHour);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_results);
    m_split->addWidget(m_placeholder);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_split, 1);
}

void PortalArea::refresh()
{
    if (isRunning())
        return;
    m_desk->readPortals(this, [this](const Result<QList<InsurerPortal>>& portals) {
        if (isRunning() || m_asking)
            return; // read again when the run ends
        const QString chosen = m_portals->currentText();
        m_portals->clear();
        m_known = portals.value_or({});
        for (const InsurerPortal& p : std::as_const(m_known))
            m_portals->addItem(p.name);
        m_portals->setCurrentIndex(qMax(0, m_portals->findText(chosen)));
        if (!portals)
            m_step->setText(UiTr::tr("The portals could not be read: %1").arg(portals.error()));
        else if (m_known.isEmpty())
            m_step->setText(UiTr::tr(
                "No insurer portal yet: an administrator adds one in Admin > Insurer portals"));
        setBusy(false);
    });
}

QString PortalArea::portalName() const
{
    return m_portals->currentText();
}

QString PortalArea::actor() const
{
    return m_location.login();
}

void PortalArea::withPassword(
    std::function<void(const QString& portal, const QString& password)> then)
{
    if (m_asking)
        return; // one password read at a time: the hourly check, a click
    const QString name = portalName();
    InsurerPortal portal;
    for (const InsurerPortal& p : std::as_const(m_known)) {
        if (p.name == name)
            portal = p;
    }
    if (portal.name.isEmpty()) {
        m_step->setText(UiTr::tr("Choose a portal first"));
        return;
    }
    // Read on this thread's event loop by the keychain's own job (never blocks).
    auto* entry = PortalPasswords::entry(portal, this);
    m_asking = true;
    m_portals->setEnabled(false); // the password read is this portal's
    connect(entry, &KeychainEntry::readDone, this,
        [this, entry, then, name](const KeychainEntry::Answer& a) {
            entry->deleteLater();
            m_asking = false;
            m_portals->setEnabled(!isRunning());
            if (a.problem != KeychainEntry::Problem::None) {
                m_step->setText(
                    UiTr::tr("No password for %1 (%2): keep one in Admin > Insurer portals")
                        .arg(name, a.message));
                return;
            }
            then(name, a.secret);
        });
    entry->read();
}

void PortalArea::setBusy(bool busy)
{
    m_cancel->setEnabled(busy);
    m_submitWaiting->setEnabled(!busy && !m_known.isEmpty());
    m_check->setEnabled(!busy && !m_known.isEmpty());
    m_byHand->setEnabled(!busy && !m_known.isEmpty());
    m_portals->setEnabled(!busy);
}

void PortalArea::started(int total)
{
    setBusy(true);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);
}

void PortalArea::submit(const QStringList& claimIds)
{
    ensureBrowser();
    if (m_job->isRunning() || claimIds.isEmpty())
        return;
    withPassword([this, claimIds](const QString& portal, const QString& password) {
        if (m_job->isRunning())
            return;
        m_job->setPassword(password);
        started(claimIds.size());
        m_job->file(claimIds, portal, false, actor());
    });
}

void PortalArea::submitFromReview(const QString& claimId)
{
    // Which insurer gets the claim (and its medical data) is the adjuster's
    // choice, never whichever portal the list happens to show.
    m_desk->readPortals(this, [this, claimId](const Result<QList<InsurerPortal>>& portals) {
        QStringList names;
        for (const InsurerPortal& p : portals.value_or({}))
            names << p.name;
        if (names.isEmpty()) {
            QMessageBox::information(this, UiTr::tr("File on a portal"),
                portals ? UiTr::tr(
                    "No insurer portal yet: an administrator adds one in Admin > Insurer portals")
                        : portals.error());
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getItem(this, UiTr::tr("File on a portal"),
            UiTr::tr("File %1 on:").arg(claimId), names, qMax(0, int(names.indexOf(portalName()))),
            false, &ok);
        if (!ok || isRunning())
            return;
        m_known = portals.value_or({});
        m_portals->clear();
        m_portals->addItems(names);
        m_portals->setCurrentText(name);
        submit({ claimId });
    });
}

void PortalArea::submitWaiting()
{
    m_desk->readWaiting(
        portalName(), WaitingAtMost, this, [this](const Result<QStringList>& waiting) {
            if (!waiting) {
                m_step->setText(
                    UiTr::tr("The approved claims could not be read: %1").arg(waiting.error()));
                return;
            }
            if (waiting->isEmpty()) {
                m_step->setText(
                    UiTr::tr("No approved claim waits to be filed on %1").arg(portalName()));
                return;
            }
            const auto answer = QMessageBox::question(this, UiTr::tr("Submit approved claims"),
                UiTr::tr("File %n approved claim(s) on %1?", nullptr, int(waiting->size()))
                    .arg(portalName()));
            if (answer == QMessageBox::Yes)
                submit(*waiting);
        });
}

void PortalArea::checkStatus()
{
    ensureBrowser();
    withPassword([this](const QString& portal, const QString& password) {
        if (m_job->isRunning())
            return;
        m_job->setPassword(password);
        started(0);
        m_job->checkStatus({}, portal, actor());
    });
}

void PortalArea::fileByHand()
{
    bool ok = false;
    const QString claimId = QInputDialog::getText(this, UiTr::tr("Filed by hand"),
        UiTr::tr("The claim you filed in the page below:"), QLineEdit::Normal, m_currentClaim, &ok);
    if (!ok || claimId.trimmed().isEmpty())
        return;
    const QString reference = QInputDialog::getText(this, UiTr::tr("Filed by hand"),
        UiTr::tr("The portal's reference for %1:").arg(claimId), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    m_desk->recordByHand(claimId.trimmed(), portalName(), reference, actor(), this,
        [this](const Result<FilingResult>& r) {
            if (!r) {
                m_step->setText(UiTr::tr("Not recorded: %1").arg(r.error()));
                return;
            }
            showResult(*r);
            Q_EMIT bookChanged();
        });
}

void PortalArea::showResult(const FilingResult& r)
{
    addRow(
        r.claimId, outcomeLabel(r), r.reference.isEmpty() ? r.step + u' ' + r.error : r.reference);
    m_progress->setValue(m_progress->value() + 1);
}

void PortalArea::showStatus(const StatusRead& r)
{
    const QString outcome = !r.error.isEmpty() ? UiTr::tr("Not read")
        : r.found                              ? r.portalStatus
                                               : UiTr::tr("Not on the portal");
    addRow(r.claimId, outcome,
        r.error.isEmpty() && r.claimStatus ? claimStatusLabel(*r.claimStatus) : r.error);
}

void PortalArea::addRow(const QString& claimId, const QString& outcome, const QString& detail)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    m_results->setItem(row, 0, new QTableWidgetItem(claimId));
    m_results->setItem(row, 1, new QTableWidgetItem(outcome));
    m_results->setItem(row, 2, new QTableWidgetItem(detail.trimmed()));
    m_results->scrollToBottom();
}

} // namespace ClaimDesk
