#include "InboxWatch.h"

#include "admin/AppLogSink.h"
#include "claims/ClaimBook.h"
#include "inbox/FolderInbox.h"
#include "inbox/InboxTr.h"
#include "inbox/MailInbox.h"
#include "inbox/MailPasswords.h"
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
    connect(&m_next, &QTimer::timeout, this, &InboxWatch::scanDue);
    m_mailNext.setInterval(MailInbox::LookEveryMs);
    connect(&m_mailNext, &QTimer::timeout, this, [this] {
        m_mailDue = true;
        scanSoon(0);
    });
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
    if (isIdle())
        m_next.stop();
    else
        scanSoon(0);
}

void InboxWatch::setMailboxes(const QList<ImapAccount>& mailboxes)
{
    m_mailboxes = mailboxes;
    Q_EMIT foldersChanged();
    if (m_mailboxes.isEmpty()) {
        m_mailNext.stop();
        if (isIdle())
            m_next.stop();
        return;
    }
    m_mailNext.start();
    m_mailDue = true;
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
    if (isIdle())
        return;
    if (!m_next.isActive() || m_next.remainingTime() > ms)
        m_next.start(ms);
}

void InboxWatch::scanNow()
{
    m_mailDue = true;
    scanDue();
}

void InboxWatch::scanDue()
{
    if (isIdle())
        return;
    if (m_scan.isRunning()) {
        m_scanAgain = true;
        return;
    }
    Look look { m_location, m_engine, m_actor, m_folders, {}, {} };
    if (m_mailDue || !m_putBack.isEmpty()) {
        look.mailboxes = m_mailboxes;
        look.putBack = std::exchange(m_putBack, {});
        m_mailDue = false;
    }
    m_scan.setFuture(QtConcurrent::run([this, look] { scan(look); }));
}

struct InboxWatch::OpenBook
{
    std::optional<Database> db;
    std::optional<ClaimBook> book;
    std::optional<DocumentImporter> importer;

    // Opens the book on first need; false (with `error`) when it cannot be.
    bool open(const Look& look, QString* error)
    {
        if (db)
            return true;
        auto opened = Database::open(look.location);
        if (!opened) {
            *error = opened.error();
            return false;
        }
        db.emplace(*opened);
        book.emplace(*db, look.engine);
        importer.emplace(*book);
        importer->setReading(ReadOptions {});
        return true;
    }
};

void InboxWatch::scan(const Look& look)
{
    m_bookTrouble = false;
    OpenBook book;
    scanFolders(look, book);
    const bool asked = !look.mailboxes.isEmpty() || !look.putBack.isEmpty();
    if (asked && (m_bookTrouble.load() || !scanMailboxes(look, book))) {
        QMetaObject::invokeMethod(this, [this, putBack = look.putBack] { mailDueAgain(putBack); });
    }
}

void InboxWatch::mailDueAgain(const QList<InboxItem>& putBack)
{
    m_putBack = putBack + m_putBack;
    m_mailDue = true; // the finished scan's next look asks them
}

void InboxWatch::reportProblem(const QString& where, const QString& why)
{
    // folder names can name people (and a folder's reason names its folder):
    // personal data in the log; a mailbox's server and login are the company's
    const bool mailbox = where.startsWith(u"imap:");
    qCWarning(lcUpload).noquote() << QStringLiteral("inbox: %1 cannot be used: %2")
                                         .arg(mailbox ? where : AppLogSink::personalData(where),
                                             mailbox ? why : AppLogSink::personalData(why));
    QMetaObject::invokeMethod(this, [this, where, why] { Q_EMIT folderProblem(where, why); });
}

void InboxWatch::report(const InboxItem& item)
{
    // file names and subjects can name the customer: personal data in the log
    const QString name = AppLogSink::personalData(item.item);
    if (item.ok())
        qCInfo(lcUpload).noquote()
            << QStringLiteral("inbox: %1 from %2 to claim %3").arg(name, item.source, item.claimId);
    else
        qCWarning(lcUpload).noquote()
            << QStringLiteral("inbox: %1 from %2 failed").arg(name, item.source);
    QMetaObject::invokeMethod(this, [this, item] { Q_EMIT itemTaken(item); });
}

void InboxWatch::scanFolders(const Look& look, OpenBook& book)
{
    const auto problem
        = [this](const QString& folder, const QString& why) { reportProblem(folder, why); };
    for (const QString& folder : look.folders) {
        FolderInbox inbox(folder);
        const auto arrivals = inbox.settled();
        if (!arrivals) {
            problem(folder, arrivals.error());
            continue;
        }
        if (arrivals->isEmpty() || m_stop.load())
            continue;
        if (QString error; !book.open(look, &error)) {
            problem(folder, error);
            m_bookTrouble = true;
            return;
        }
        bool bookTrouble = false;
        const Status took = inbox.takeSettled(
            *book.book, *book.importer, look.actor, &m_stop, [&](const InboxItem& item) {
                bookTrouble = bookTrouble || item.bookTrouble;
                report(item);
            });
        if (!took)
            problem(folder, took.error());
        if (bookTrouble) {
            m_bookTrouble = true;
            return; // the other folders wait for the book too
        }
    }
}

bool InboxWatch::scanMailboxes(const Look& look, OpenBook& book)
{
    bool allAsked = true;
    for (const ImapAccount& account : look.mailboxes) {
        if (m_stop.load())
            return true;
        const auto problem
            = [this, source = account.source()](const QString& why) { reportProblem(source, why); };
        const KeychainEntry::Answer password = MailPasswords::read(account);
        if (password.problem != KeychainEntry::Problem::None) {
            problem(InboxTr::tr("No password for the mailbox %1 (%2): give it again in "
                                "Settings > Inbox")
                        .arg(MailPasswords::entryKey(account), password.message));
            continue;
        }
        MailInbox inbox(account, password.secret);
        for (const InboxItem& item : look.putBack) {
            if (item.source == account.source()) {
                if (const Status back = inbox.putBack(item); !back)
                    problem(back.error());
            }
        }
        inbox.mailbox().setCancel(&m_stop);
        const auto waiting = inbox.mailbox().waiting(MailInbox::MessagesPerLook + 1);
        if (!waiting) {
            problem(waiting.error());
            continue;
        }
        if (waiting->isEmpty())
            continue;
        if (QString error; !book.open(look, &error)) {
            problem(error);
            m_bookTrouble = true;
            return false;
        }
        bool bookTrouble = false;
        const Status took = inbox.takeEach(waiting->mid(0, MailInbox::MessagesPerLook), *book.book,
            *book.importer, look.actor, &m_stop, [&](const InboxItem& item) {
                bookTrouble = bookTrouble || item.bookTrouble;
                report(item);
            });
        if (!took)
            problem(took.error());
        if (bookTrouble) {
            m_bookTrouble = true;
            return false;
        }
        allAsked = allAsked && waiting->size() <= MailInbox::MessagesPerLook;
    }
    return allAsked;
}

Status InboxWatch::retry(const InboxItem& item)
{
    if (item.uid > 0) { // a message: the mailbox is asked on the worker
        m_putBack << item;
        scanSoon(0);
        return {};
    }
    const QString folder = item.source.mid(QStringLiteral("folder:").size());
    // nothing in failed/: the book's trouble left it where it was, for any look
    if (const Status back = FolderInbox(folder).putBack(item); !back)
        return back;
    scanSoon(0);
    return {};
}

} // namespace ClaimDesk
