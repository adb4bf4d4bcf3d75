#pragma once

#include "decision/DecisionEngine.h"
#include "domain/DatabaseLocation.h"
#include "export/ClaimCsvExport.h"
#include "intake/DocumentImporter.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QProgressDialog;
class QStackedWidget;

namespace ClaimDesk {

class BookCountsJob;
class ClaimChangeFeed;
class ClaimExportJob;
class LlmSession;
struct BookCounts;
class DocumentImportJob;
class InterruptedImportsJob;
class InboxWatch;
class IntakeArea;
class Rescorer;
class WorkArea;
class ReviewArea;

// The adjuster's desk: four work areas (Intake, Review, Manager, Admin) behind a
// mode bar, a status bar with the database and the book's counts, and file drops
// anywhere on the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Area
    {
        IntakeArea,
        ReviewArea,
        ManagerArea,
        AdminArea,
        PortalArea,
        AreaCount
    };

    MainWindow(DatabaseLocation location, DecisionEngine engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area);
    Area currentArea() const;
    WorkArea* area(Area area) const;
    const DatabaseLocation& location() const { return m_location; }
    LlmSession* llmSession() const { return m_llm; }

public Q_SLOTS:
    // Stores files on a claim in the background, with progress and cancel.
    void importFiles(const QStringList& files, const ClaimDesk::ImportTarget& target);
    void refresh();
    // Exports the claims of `query` as CSV in the background, with progress and
    // cancel. Without a path the user picks the file and the format.
    void exportClaims(const ClaimDesk::ClaimQuery& query,
        std::optional<ClaimDesk::CsvFormat> format = std::nullopt, QString path = {});
    // File > Move this book to a team server (a desk's file only).
    void moveBookToTeam();

Q_SIGNALS:
    void importFinished(const ClaimDesk::ImportReport& report);
    // The start-up pass over imports cut short is over (one report per claim).
    void interruptedImportsFinished(const QList<ClaimDesk::ImportReport>& reports);
    void exportFinished(bool ok, qint64 claims, const QString& message);
    // The user asked for another database; the application reopens with it.
    void databaseChangeRequested(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // On a team book: other desks' changes refresh what is on show; a lost server
    // shows a banner until it is back.
    void watchOtherDesks();
    // Documents an earlier import stored but never read (a crash, a kill) are
    // read now, on a worker; the status bar says what was finished.
    void finishInterruptedImports();
    // The watched folders (Settings > Inbox): what settles there is taken in on a
    // worker, shown in Intake > Inbox and the status bar.
    void watchInbox(ClaimDesk::IntakeArea* intake);
    // The window's size and place and its splitters, as the user left them.
    void restoreLayout();
    void saveLayout() const;
    void buildMenus();
    void buildModeBar();
    void showCounts(const BookCounts& counts);
    void openSettings();
    void chooseFilesToImport();
    void applyRules(const DecisionEngine& engine);
    std::optional<ImportTarget> askImportTarget(int fileCount);

    DatabaseLocation m_location;
    DecisionEngine m_engine;
    QListWidget* m_modeBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<WorkArea*> m_areas;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_serverBanner = nullptr;
    QLabel* m_countsLabel = nullptr;
    DocumentImportJob* m_importJob = nullptr;
    InterruptedImportsJob* m_interruptedImports = nullptr;
    InboxWatch* m_inbox = nullptr;
    bool m_inboxTook = false; // the current scan took something in
    // The inbox watches only once the start-up pass over cut imports is over.
    bool m_inboxStarted = false;
    Rescorer* m_rescorer = nullptr;
    BookCountsJob* m_counts = nullptr;
    // A team book: other desks' changes, and the server's coming and going.
    ClaimChangeFeed* m_changes = nullptr;
    ClaimExportJob* m_exportJob = nullptr;
    LlmSession* m_llm = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace ClaimDesk
