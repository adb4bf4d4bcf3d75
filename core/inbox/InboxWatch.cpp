#include "InboxWatch.h"

#include "admin/AppLogSink.h"
#include "claims/ClaimBook.h"
#include "inbox/FolderInbox.h"
#include "intake/DocumentImporter.h"
#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QtConcurrent>

namespace ClaimDesk {

InboxWatch::InboxWatch(
    DatabaseLocation location, DecisionEngine engine, QString actor, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_engine(std::move(engine))
    , m_actor(std::move(actor))
{
    qRegisterMetaType<InboxItem>();
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &InboxWatch::scanNow);
    // a change is looked at once what changed may have settled
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_bookTrouble.load())
            scanSoon(int(FolderInbox::SettleMs) + 300);
    });
    connect(&m_scan, &QFutureWatcherBase::finished, this, [this] {
        watchFolders(); // subfolders come and go
        Q_EMIT scanFinished();
        if (m_bookTrouble.load())
            m_next.start(InTroubleMs); // each look would read a document only to be refused
        else
            scanSoon(m_scanAgain ? 0 : ScanEveryMs);
        m_scanAgain = false;
    });
}

InboxWatch::~InboxWatch()
{
    m_stop = true;
    m_scan.waitForFinished();
}

void InboxWatch::setFolders(const QStringList& folders)
{
    m_folders = folders;
    Q_EMIT foldersChanged();
    watchFolders();
    if (m_folders.isEmpty())
        m_next.stop();
    else
        scanSoon(0);
}

void InboxWatch::watchFolders()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    QStringList watched;
    for (const QString& folder : std::as_const(m_folders))
        watched << FolderInbox(folder).foldersToWatch();
    if (!watched.isEmpty())
        m_watcher.addPaths(watched);
}

void InboxWatch::scanSoon(int ms)
{
    if (m_folders.isEmpty())
        return;
    if (!m_next.isActive() || m_next.remainingTime() > ms)
        m_next.start(ms);
}

void InboxWatch::scanNow()
{
    if (m_folders.isEmpty())
        return;
    if (m_scan.isRunning()) {
        m_scanAgain = true;
        return;
    }
    m_scan.setFuture(QtConcurrent::run(
        [this, location = m_location, engine = m_engine, actor = m_actor, folders = m_folders] {
            scanFolders(location, engine, actor, folders);
        }));
}

// In the worker. The book is opened only when something has settled, and anew
// each look (a server that restarted is found again).
void InboxWatch::scanFolders(const DatabaseLocation& location, const DecisionEngine& engine,
    const QString& actor, const QStringList& folders)
{
    const auto problem = [this](const QString& folder, const QString& why) {
        QMetaObject::invokeMethod(this, [this, folder, why] { Q_EMIT folderProblem(folder, why); });
    };
    m_bookTrouble = false;
    std::optional<Database> db;
    std::optional<ClaimBook> book;
    std::optional<DocumentImporter> importer;
    for (const QString& folder : folders) {
        FolderInbox inbox(folder);
        const auto arrivals = inbox.settled();
        if (!arrivals) {
            problem(folder, arrivals.error());
            continue;
        }
        if (arrivals->isEmpty() || m_stop.load())
            continue;
        if (!db) {
            auto opened = Database::open(location);
            if (!opened) {
                problem(folder, opened.error());
                m_bookTrouble = true;
                return;
            }
            db.emplace(*opened);
            book.emplace(*db, engine);
            importer.emplace(*book);
            importer->setReading(ReadOptions {});
        }
        bool bookTrouble = false;
        const Status took
            = inbox.takeSettled(*book, *importer, actor, &m_stop, [&](const InboxItem& item) {
                  // file names can name the customer: personal data in the log
                  const QString name = AppLogSink::personalData(item.item);
                  if (item.ok())
                      qCInfo(lcUpload).noquote() << QStringLiteral("inbox: %1 from %2 to claim %3")
                                                        .arg(name, item.source, item.claimId);
                  else
                      qCWarning(lcUpload).noquote()
                          << QStringLiteral("inbox: %1 from %2 failed").arg(name, item.source);
                  bookTrouble = bookTrouble || item.bookTrouble;
                  QMetaObject::invokeMethod(this, [this, item] { Q_EMIT itemTaken(item); });
              });
        if (!took)
            problem(folder, took.error());
        if (bookTrouble) {
            m_bookTrouble = true;
            return; // the other folders wait for the book too
        }
    }
}

Status InboxWatch::retry(const InboxItem& item)
{
    const QString folder = item.source.mid(QStringLiteral("folder:").size());
    // nothing in failed/: the book's trouble left it where it was, for any look
    if (const Status back = FolderInbox(folder).putBack(item); !back)
        return back;
    scanSoon(0);
    return {};
}

} // namespace ClaimDesk
