#include "MainWindow.h"

#include "AdminArea.h"
#include "AppSettings.h"
#include "BusyWait.h"
#include "IntakeArea.h"
#include "ManagerArea.h"
#include "MoveBookDialog.h"
#include "PortalArea.h"
#include "ReviewArea.h"
#include "RichText.h"
#include "SettingsDialog.h"
#include "UiTr.h"
#include "admin/AdminBook.h"
#include "claims/ClaimChangeFeed.h"
#include "claims/Rescorer.h"
#include "export/ClaimExportJob.h"
#include "inbox/InboxWatch.h"
#include "intake/DocumentImportJob.h"
#include "intake/InterruptedImportsJob.h"
#include "llmsession/LlmSession.h"
#include "logging/LogCategories.h"
#include "stats/BookCountsJob.h"
#include "triage/ClaimQueueModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

// Resources compiled into a static library must be registered by name.
static void registerIcons()
{
    static const bool once = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    (void)once;
}

namespace ClaimDesk {

MainWindow::MainWindow(DatabaseLocation location, DecisionEngine engine, QWidget* parent)
    : QMainWindow(parent)
    , m_location(std::move(location))
    , m_engine(std::move(engine))
{
    registerIcons();
    setWindowTitle(UiTr::tr("ClaimDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/claimdesk.svg")));
    setAcceptDrops(true);
    resize(1280, 800);

    m_stack = new QStackedWidget(this);
    m_areas = { new ClaimDesk::IntakeArea(m_location, m_engine, m_stack),
        new ClaimDesk::ReviewArea(m_location, m_engine, m_stack),
        new ClaimDesk::ManagerArea(m_location, m_stack),
        new ClaimDesk::AdminArea(m_location, m_engine, m_stack),
        new ClaimDesk::PortalArea(m_location, m_stack) };
    for (WorkArea* a : m_areas)
        m_stack->addWidget(a);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildModeBar();
    layout->addWidget(m_modeBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addWidget(m_databaseLabel);

    m_importJob = new DocumentImportJob(this);
    m_rescorer = new Rescorer(this);
    m_counts = new BookCountsJob(m_location, this);
    connect(m_counts, &BookCountsJob::ready, this, &MainWindow::showCounts);
    connect(m_counts, &BookCountsJob::failed, this, [this](const QString& message) {
        m_countsLabel->setText(UiTr::tr("Claims: unavailable (%1)").arg(message));
    });
    connect(static_cast<ClaimDesk::IntakeArea*>(m_areas[IntakeArea]), &IntakeArea::filesChosen,
        this, [this](const QStringList& files, const ImportTarget& target) {
            importFiles(files, target);
        });
    auto* review = static_cast<ClaimDesk::ReviewArea*>(m_areas[ReviewArea]);
    // Review refreshes itself after an edit; the status bar's counts follow.
    connect(review, &ReviewArea::bookChanged, m_counts, &BookCountsJob::request);
    m_llm = new LlmSession(m_location, this);
    review->setLlmSession(m_llm);
    auto* intake = static_cast<ClaimDesk::IntakeArea*>(m_areas[IntakeArea]);
    intake->setLlmSession(m_llm);
    static_cast<ClaimDesk::AdminArea*>(m_areas[AdminArea])->setLlmSession(m_llm);
    connect(intake, &IntakeArea::bookChanged, m_counts, &BookCountsJob::request);
    watchInbox(intake);
    auto* manager = static_cast<ClaimDesk::ManagerArea*>(m_areas[ManagerArea]);
    connect(manager, &ManagerArea::claimsRequested, this,
        [this, review](const ClaimQuery& query, const QString& description) {
            review->showClaims(query, description);
            showArea(ReviewArea);
        });
    connect(manager, &ManagerArea::exportRequested, this,
        [this](const ClaimQuery& query) { exportClaims(query); });
    m_exportJob = new ClaimExportJob(this);
    auto* portal = static_cast<ClaimDesk::PortalArea*>(m_areas[PortalArea]);
    connect(
        review, &ReviewArea::portalSubmitRequested, this, [this, portal](const QString& claimId) {
            showArea(PortalArea);
            portal->submit({ claimId });
        });
    connect(portal, &PortalArea::bookChanged, m_counts, &BookCountsJob::request);
    connect(portal, &PortalArea::claimRequested, this, [this, review](const QString& claimId) {
        review->selectClaim(claimId);
        showArea(ReviewArea);
    });

    watchOtherDesks();
    buildMenus();
    m_databaseLabel->setText(UiTr::tr("Database: %1").arg(m_location.displayName()));
    m_countsLabel->setText(UiTr::tr("Counting claims..."));
    m_counts->request();
    showArea(ReviewArea);
    restoreLayout();
    finishInterruptedImports();
}

void MainWindow::watchInbox(ClaimDesk::IntakeArea* intake)
{
    m_inbox = new InboxWatch(m_location, m_engine, AppSettings::userName(), this);
    intake->setInboxWatch(m_inbox);
    connect(intake, &IntakeArea::claimRequested, this, [this](const QString& claimId) {
        static_cast<ClaimDesk::ReviewArea*>(m_areas[ReviewArea])->selectClaim(claimId);
        showArea(ReviewArea);
    });
    connect(m_inbox, &InboxWatch::itemTaken, this, [this](const InboxItem& item) {
        statusBar()->showMessage(item.ok()
                ? UiTr::tr("Inbox: %1 taken in, claim %2").arg(item.item, item.claimId)
                : UiTr::tr("Inbox: %1 failed (see Intake > Inbox)").arg(item.item),
            10000);
        m_counts->request();
    });
    // what arrived is shown once a scan is over, not after every file
    connect(m_inbox, &InboxWatch::scanFinished, this, [this] {
        if (m_inboxTook) {
            m_inboxTook = false;
            refresh();
        }
    });
    connect(m_inbox, &InboxWatch::itemTaken, this,
        [this](const InboxItem& item) { m_inboxTook = m_inboxTook || item.ok(); });
    // the folders are watched once the start-up pass over cut imports is over:
    // both finishing one claim would read its documents twice
    connect(
        this, &MainWindow::interruptedImportsFinished, m_inbox,
        [this] {
            m_inboxStarted = true;
            m_inbox->setFolders(AppSettings::inboxFolders());
            m_inbox->setMailboxes(AppSettings::inboxMailboxes());
        },
        Qt::SingleShotConnection);
}

void MainWindow::finishInterruptedImports()
{
    m_interruptedImports = new InterruptedImportsJob(this);
    connect(m_interruptedImports, &InterruptedImportsJob::finished, this,
        [this](const QList<ImportReport>& reports) {
            int read = 0;
            int finished = 0;
            QStringList problems;
            for (const ImportReport& report : reports) {
                for (const ImportReport::Item& item : report.items)
                    read += item.resumed && item.read ? 1 : 0;
                if (!report.claimError.isEmpty())
                    problems << report.claimId + QStringLiteral(": ") + report.claimError;
                else if (!report.canceled)
                    ++finished;
            }
            if (!problems.isEmpty())
                qCWarning(lcUpload).noquote()
                    << QStringLiteral("interrupted imports not finished: %1")
                           .arg(problems.join(QStringLiteral("; ")));
            if (!reports.isEmpty()) {
                QString message = UiTr::tr(
                    "Finished %n interrupted import(s): %1 document(s) read", nullptr, finished)
                                      .arg(read);
                if (!problems.isEmpty())
                    message += UiTr::tr("; %n could not be finished (see Admin > Log)", nullptr,
                        int(problems.size()));
                statusBar()->showMessage(message, 15000);
                refresh();
            }
            Q_EMIT interruptedImportsFinished(reports);
        });
    connect(m_interruptedImports, &InterruptedImportsJob::failed, this, [this](const QString& why) {
        statusBar()->showMessage(
            UiTr::tr("Interrupted imports could not be finished: %1").arg(why), 15000);
        Q_EMIT interruptedImportsFinished({});
    });
    m_interruptedImports->start(
        m_location, m_engine, AppSettings::userName(), QDateTime::currentDateTimeUtc());
}

MainWindow::~MainWindow() = default;

void MainWindow::watchOtherDesks()
{
    m_changes = new ClaimChangeFeed(m_location, this);
    auto* review = static_cast<ClaimDesk::ReviewArea*>(m_areas[ReviewArea]);
    auto* manager = static_cast<ClaimDesk::ManagerArea*>(m_areas[ManagerArea]);
    // A burst of changes (a colleague's rescore) is read once, and only by what is
    // on screen: an area shown later reads the book then (refresh on show).
    auto* settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(300);
    connect(settle, &QTimer::timeout, this, [this, manager] {
        m_counts->request();
        if (currentArea() == ManagerArea)
            manager->refresh();
    });
    connect(m_changes, &ClaimChangeFeed::claimsChanged, this,
        [review, settle](const QStringList& claims, const QString& by) {
            review->claimsChangedElsewhere(claims, by);
            if (!settle->isActive()) // at most 300 ms after a burst's first change
                settle->start();
        });
    m_serverBanner = new QLabel(this);
    m_serverBanner->setObjectName(QStringLiteral("serverBanner"));
    m_serverBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #b71c1c; color: white; padding: 2px 8px; }"));
    m_serverBanner->setVisible(false);
    statusBar()->insertWidget(0, m_serverBanner);
    connect(m_changes, &ClaimChangeFeed::serverLost, this, [this](const QString& why) {
        m_serverBanner->setText(
            UiTr::tr("The team server cannot be reached; trying again. Edits that "
                     "could not be saved stay on screen."));
        m_serverBanner->setToolTip(why);
        m_serverBanner->setVisible(true);
    });
    connect(m_changes, &ClaimChangeFeed::serverBack, this, [this] {
        m_serverBanner->setVisible(false);
        refresh(); // whatever changed meanwhile: the area on show and the counts
    });
}

void MainWindow::buildModeBar()
{
    m_modeBar = new QListWidget(this);
    m_modeBar->setObjectName(QStringLiteral("modeBar"));
    m_modeBar->setViewMode(QListView::IconMode);
    m_modeBar->setMovement(QListView::Static);
    m_modeBar->setFlow(QListView::TopToBottom);
    m_modeBar->setIconSize(QSize(32, 32));
    m_modeBar->setGridSize(QSize(88, 72));
    m_modeBar->setFixedWidth(92);
    m_modeBar->setFrameShape(QFrame::NoFrame);
    const std::pair<const char*, QString> modes[] = {
        { QT_TRANSLATE_NOOP("ClaimDesk::Ui", "Intake"), QStringLiteral(":/icons/intake.svg") },
        { QT_TRANSLATE_NOOP("ClaimDesk::Ui", "Review"), QStringLiteral(":/icons/review.svg") },
        { QT_TRANSLATE_NOOP("ClaimDesk::Ui", "Manager"), QStringLiteral(":/icons/manager.svg") },
        { QT_TRANSLATE_NOOP("ClaimDesk::Ui", "Admin"), QStringLiteral(":/icons/admin.svg") },
        { QT_TRANSLATE_NOOP("ClaimDesk::Ui", "Portal"), QStringLiteral(":/icons/portal.svg") },
    };
    for (const auto& [label, icon] : modes)
        new QListWidgetItem(QIcon(icon), UiTr::tr(label), m_modeBar);
    connect(m_modeBar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_stack->setCurrentIndex(row);
            m_areas[row]->refresh();
        }
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(UiTr::tr("&File"));
    QAction* import
        = file->addAction(UiTr::tr("&Import documents..."), this, &MainWindow::chooseFilesToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* open = file->addAction(UiTr::tr("&Open database..."), this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, UiTr::tr("Open a ClaimDesk database"), QString(),
                UiTr::tr("ClaimDesk databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            Q_EMIT databaseChangeRequested(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction* exportCsv = file->addAction(UiTr::tr("&Export claims as CSV..."), this, [this] {
        // The claims the Review queue shows now (all, or its current filter).
        exportClaims(static_cast<ClaimDesk::ReviewArea*>(m_areas[ReviewArea])->model()->query());
    });
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* move = file->addAction(
        UiTr::tr("&Move this book to a team server..."), this, &MainWindow::moveBookToTeam);
    move->setObjectName(QStringLiteral("moveBookToTeam"));
    move->setEnabled(!m_location.isPostgres()); // a team book is already there
    file->addSeparator();
    QAction* quit = file->addAction(UiTr::tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(UiTr::tr("&Edit"));
    QAction* settings = edit->addAction(UiTr::tr("&Settings..."), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu* view = menuBar()->addMenu(UiTr::tr("&View"));
    for (int i = 0; i < AreaCount; ++i) {
        QAction* a = view->addAction(
            m_modeBar->item(i)->text(), this, [this, i] { showArea(static_cast<Area>(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    QAction* reload = view->addAction(UiTr::tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(UiTr::tr("&Help"));
    help->addAction(UiTr::tr("&About ClaimDesk"), this, [this] {
        QMessageBox::about(this, UiTr::tr("About ClaimDesk"),
            RichText::heading(UiTr::tr("ClaimDesk %1").arg(QCoreApplication::applicationVersion()))
                + RichText::paragraph(UiTr::tr("The claims adjuster's desk: intake, review, "
                                               "decisions and reports, offline by default.")));
    });
}

void MainWindow::moveBookToTeam()
{
    auto* dialog = new MoveBookDialog(m_location.sqlitePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MoveBookDialog::openRequested, this, &MainWindow::databaseChangeRequested);
    dialog->open();
}

void MainWindow::showArea(Area area)
{
    m_modeBar->setCurrentRow(area);
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_stack->currentIndex());
}

WorkArea* MainWindow::area(Area area) const
{
    return m_areas.value(area);
}

void MainWindow::refresh()
{
    m_areas[m_stack->currentIndex()]->refresh();
    m_counts->request();
}

void MainWindow::showCounts(const BookCounts& counts)
{
    m_countsLabel->setText(
        UiTr::tr("%1 claims, %2 open")
            .arg(QLocale().toString(counts.total()), QLocale().toString(counts.open())));
}

void MainWindow::exportClaims(
    const ClaimQuery& query, std::optional<CsvFormat> format, QString path)
{
    if (m_exportJob->isRunning()) {
        statusBar()->showMessage(
            UiTr::tr("An export is already running; wait for it to finish"), 5000);
        return;
    }
    if (path.isEmpty()) {
        const QString detailed = UiTr::tr("Detailed CSV (*.csv)");
        const QString sheets = UiTr::tr("Google Sheets CSV (*.csv)");
        const QString summary = UiTr::tr("Summary CSV (*.csv)");
        QString chosen = detailed;
        path = QFileDialog::getSaveFileName(this, UiTr::tr("Export claims as CSV"),
            QStringLiteral("claims-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
            QStringList { detailed, sheets, summary }.join(QStringLiteral(";;")), &chosen);
        if (path.isEmpty())
            return;
        format = chosen == sheets ? CsvFormat::Sheets
            : chosen == summary   ? CsvFormat::Summary
                                  : CsvFormat::Detailed;
    }
    auto* progress
        = new QProgressDialog(UiTr::tr("Exporting claims to %1...").arg(QFileInfo(path).fileName()),
            UiTr::tr("Cancel"), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_exportJob, &ClaimExportJob::cancel);
    connect(
        m_exportJob, &ClaimExportJob::progress, progress, [progress](qint64 done, qint64 total) {
            // In percent: QProgressDialog counts in int, a book may not fit.
            progress->setValue(int(total > 0 ? done * 100 / total : 0));
        });
    connect(m_exportJob, &ClaimExportJob::finished, this,
        [this, progress, path](bool ok, qint64 claims, const QString& message) {
            disconnect(m_exportJob, nullptr, this, nullptr);
            if (progress)
                progress->close();
            if (ok)
                statusBar()->showMessage(
                    UiTr::tr("%Ln claim(s) exported to %1", nullptr, int(claims))
                        .arg(QDir::toNativeSeparators(path)),
                    10000);
            else
                statusBar()->showMessage(UiTr::tr("Export failed: %1").arg(message), 10000);
            Q_EMIT exportFinished(ok, claims, message);
        });
    m_exportJob->start(m_location, format.value_or(CsvFormat::Detailed), query, path);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_engine.rules(), m_location, this);
    connect(&dialog, &SettingsDialog::rulesChanged, this,
        [this](const RuleSet& rules) { applyRules(DecisionEngine(rules)); });
    connect(&dialog, &SettingsDialog::modelChanged, m_llm, &LlmSession::reload);
    if (dialog.exec() != QDialog::Accepted || !m_inboxStarted)
        return; // not yet started: it starts with what the settings hold then
    if (m_inbox->folders() != AppSettings::inboxFolders())
        m_inbox->setFolders(AppSettings::inboxFolders());
    m_inbox->setMailboxes(AppSettings::inboxMailboxes()); // a password may have changed
}

void MainWindow::applyRules(const DecisionEngine& engine)
{
    m_engine = engine;
    m_inbox->setEngine(engine);
    static_cast<ClaimDesk::ReviewArea*>(m_areas[ReviewArea])->setEngine(engine);
    static_cast<ClaimDesk::AdminArea*>(m_areas[AdminArea])->setEngine(engine);
    if (m_location.isPostgres()) {
        // a team's rules are set by its administrator, who decides no claim
        statusBar()->showMessage(
            UiTr::tr("The team decides by rule set %1 from now on: each desk takes "
                     "it when it next opens the book, and an adjuster or manager "
                     "re-decides open claims with claimdesk-cli rules rescore.")
                .arg(engine.rules().version),
            15000);
        return;
    }
    if (m_rescorer->isRunning())
        m_rescorer->cancel();
    auto* progress = new QProgressDialog(
        UiTr::tr("Re-scoring open claims with rule set %1...").arg(engine.rules().version),
        UiTr::tr("Cancel"), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_rescorer, &Rescorer::cancel);
    connect(
        m_rescorer, &Rescorer::progressChanged, progress, [progress](qint64 done, qint64 total) {
            progress->setMaximum(static_cast<int>(std::max<qint64>(total, 1)));
            progress->setValue(static_cast<int>(done));
        });
    auto done = [this, progress](const QString& message) {
        progress->close();
        statusBar()->showMessage(message, 8000);
        refresh();
    };
    connect(m_rescorer, &Rescorer::finished, progress,
        [done](qint64 n) { done(UiTr::tr("Re-scored %1 open claims").arg(n)); });
    connect(m_rescorer, &Rescorer::canceled, progress, [done](qint64 n) {
        done(UiTr::tr("Re-scoring canceled after %1 claims; the rest keep their earlier decision")
                 .arg(n));
    });
    connect(m_rescorer, &Rescorer::failed, progress, [this, progress](const QString& message) {
        progress->close();
        QMessageBox::warning(this, UiTr::tr("Re-scoring failed"), message);
    });
    m_rescorer->start(m_location, engine, QDate::currentDate());
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, UiTr::tr("Import documents"), QString(),
            UiTr::tr("Documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    if (auto target = askImportTarget(static_cast<int>(files.size())))
        importFiles(files, *target);
}

std::optional<ImportTarget> MainWindow::askImportTarget(int fileCount)
{
    const QString current = m_areas[m_stack->currentIndex()]->currentClaimId();
    if (!current.isEmpty())
        return ImportTarget::claim(current);
    QMessageBox box(QMessageBox::Question, UiTr::tr("Import documents"),
        UiTr::tr("%n document(s) to store. No claim is selected: open a new claim for them?",
            nullptr, fileCount),
        QMessageBox::Cancel, this);
    QPushButton* health = box.addButton(UiTr::tr("New &health claim"), QMessageBox::AcceptRole);
    QPushButton* car = box.addButton(UiTr::tr("New &car damage claim"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == health)
        return ImportTarget::newClaim(ClaimType::Health);
    if (box.clickedButton() == car)
        return ImportTarget::newClaim(ClaimType::CarDamage);
    return std::nullopt;
}

void MainWindow::importFiles(const QStringList& files, const ImportTarget& target)
{
    if (m_importJob->isRunning()) {
        statusBar()->showMessage(
            UiTr::tr("An import is already running; wait for it to finish"), 5000);
        return;
    }
    auto* progress = new QProgressDialog(UiTr::tr("Storing documents..."), UiTr::tr("Cancel"), 0,
        static_cast<int>(files.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, m_importJob, &DocumentImportJob::cancel);
    connect(m_importJob, &DocumentImportJob::progressChanged, progress,
        [progress](int done, int total, const QString& file) {
            progress->setMaximum(total);
            progress->setValue(done);
            if (!file.isEmpty())
                progress->setLabelText(UiTr::tr("Storing %1...").arg(QFileInfo(file).fileName()));
        });
    connect(m_importJob, &DocumentImportJob::finished, this, [this](const ImportReport& report) {
        if (m_progress)
            m_progress->close();
        disconnect(m_importJob, nullptr, this, nullptr);
        QStringList problems;
        for (const ImportReport::Item& item : report.items) {
            if (!item.error.isEmpty())
                problems << item.error;
            else if (item.readFailed())
                problems << UiTr::tr("%1 is stored but could not be read: %2")
                                .arg(QFileInfo(item.file).fileName(), item.readError);
            else if (item.duplicate)
                problems << UiTr::tr("%1 is already on claim %2")
                                .arg(QFileInfo(item.file).fileName(), report.claimId);
        }
        if (!report.claimError.isEmpty())
            problems << report.claimError;
        QString message = UiTr::tr("%1: %2 stored, %3 duplicate(s), %4 failed%5")
                              .arg(report.claimId.isEmpty() ? UiTr::tr("No claim") : report.claimId)
                              .arg(report.storedCount())
                              .arg(report.duplicateCount())
                              .arg(report.failedCount())
                              .arg(report.canceled ? UiTr::tr(" (canceled)") : QString());
        if (report.claimUpdated)
            message += UiTr::tr("; the claim took details from them and was decided again");
        statusBar()->showMessage(message, 10000);
        refresh();
        Q_EMIT importFinished(report);
        if (!problems.isEmpty() && !QGuiApplication::platformName().startsWith(u"offscreen"))
            QMessageBox::information(this, UiTr::tr("Import"), problems.join(u'\n'));
    });
    connect(m_importJob, &DocumentImportJob::failed, this, [this](const QString& message) {
        if (m_progress)
            m_progress->close();
        disconnect(m_importJob, nullptr, this, nullptr);
        statusBar()->showMessage(message, 10000);
        if (!QGuiApplication::platformName().startsWith(u"offscreen"))
            QMessageBox::warning(this, UiTr::tr("Import failed"), message);
        Q_EMIT importFinished(ImportReport {});
    });
    m_importJob->start(m_location, m_engine, files, target, AppSettings::userName());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    if (auto target = askImportTarget(static_cast<int>(files.size())))
        importFiles(files, *target);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importJob->isRunning() || m_rescorer->isRunning() || m_exportJob->isRunning()) {
        const auto answer = QMessageBox::question(this, UiTr::tr("Work in progress"),
            UiTr::tr(
                "An import, export or re-scoring is still running. Stop it and quit? Work done so "
                "far is "
                "kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_importJob->cancel();
        m_rescorer->cancel();
        m_exportJob->cancel();
    }
    auto* portal = static_cast<ClaimDesk::PortalArea*>(m_areas[PortalArea]);
    if (portal->isRunning()) {
        const auto answer = QMessageBox::question(this, UiTr::tr("Work in progress"),
            UiTr::tr(
                "A claim is being filed on an insurer's portal. Quit anyway? The claim is looked "
                "up on the portal before it is filed again."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    // what runs by itself is stopped without asking: the next start finishes it
    m_interruptedImports->cancel();
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    if (const QByteArray geometry = AppSettings::windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    else if (const QScreen* s = screen()) // a first start: most of the screen
        resize(s->availableGeometry().size().expandedTo(QSize(1280, 800)) * 9 / 10);
    for (QSplitter* splitter : findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(AppSettings::splitterState(splitter->objectName()));
    }
}

void MainWindow::saveLayout() const
{
    AppSettings::setWindowGeometry(saveGeometry());
    for (const QSplitter* splitter : findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            AppSettings::setSplitterState(splitter->objectName(), splitter->saveState());
    }
}

} // namespace ClaimDesk
