#pragma once

#include "decision/DecisionEngine.h"
#include "domain/DatabaseLocation.h"
#include "inbox/InboxItem.h"
#include "mail/ImapMailbox.h"
#include "util/Result.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <atomic>

namespace ClaimDesk {

// The desktop's inbox: watches folders (QFileSystemWatcher, and a scan every few
// seconds for network folders that send no notifications) and takes in what has
// settled in them (FolderInbox), and asks its mailboxes for waiting messages
// every MailInbox::LookEveryMs (the password from the keychain), on the thread
// pool, with its own connection and the same importer, reading and decision as
// a drop. One scan at a time; what arrives meanwhile is taken by the next.
//
// Lives on the UI thread; results come back as signals there. Destroying it
// stops the scan at its next safe point (nothing half done is moved) and waits.
class InboxWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWatch)

public:
    static constexpr int ScanEveryMs = 5000;
    // While the book is in trouble (unreachable, refusing writes), looks are a
    // minute apart and notifications do not hurry them.
    static constexpr int InTroubleMs = 60000;

    InboxWatch(
        DatabaseLocation location, DecisionEngine engine, QString actor, QObject* parent = nullptr);
    ~InboxWatch() override;

    QStringList folders() const { return m_folders; }
    void setFolders(const QStringList& folders);
    QList<ImapAccount> mailboxes() const { return m_mailboxes; }
    void setMailboxes(const QList<ImapAccount>& mailboxes);
    void setEngine(const DecisionEngine& engine) { m_engine = engine; }
    bool isScanning() const { return m_scan.isRunning(); }
    // Looks at every folder and mailbox now (unless a scan runs: then right after it).
    void scanNow();
    // Puts a failed item's files back in its folder (one that the book's trouble
    // left where it was is simply looked at again), or makes a message set aside
    // wait again (on the worker, at the next look, which comes now); the next
    // scan takes it.
    Status retry(const InboxItem& item);

Q_SIGNALS:
    void itemTaken(const ClaimDesk::InboxItem& item);
    void foldersChanged();
    // A folder that is missing or cannot be read, a mailbox that cannot be used
    // (its source, "imap:..."); said again each scan it lasts.
    void folderProblem(const QString& folder, const QString& message);
    void scanFinished();

private:
    void watchFolders();
    // Looks at the folders, and at the mailboxes when they are due.
    void scanDue();
    void scanSoon(int ms);
    bool isIdle() const { return m_folders.isEmpty() && m_mailboxes.isEmpty(); }
    struct Look
    {
        DatabaseLocation location;
        DecisionEngine engine;
        QString actor;
        QStringList folders;
        QList<ImapAccount> mailboxes; // empty unless they are due
        QList<InboxItem> putBack; // messages to wait again first
    };
    // In the worker: a book opened on first need, and anew each look (a server
    // that restarted is found again).
    struct OpenBook;
    void scan(const Look& look);
    void scanFolders(const Look& look, OpenBook& book);
    // False when a mailbox was not asked (the book in trouble) or had more
    // waiting than one look takes: it is due again.
    bool scanMailboxes(const Look& look, OpenBook& book);
    // On the UI thread: the mailboxes are asked again at the next look, with
    // the messages whose Retry this look did not reach.
    void mailDueAgain(const QList<InboxItem>& putBack);
    void report(const InboxItem& item);
    // In the worker: a folder or mailbox that cannot be used, to the log and the view.
    void reportProblem(const QString& where, const QString& why);

    DatabaseLocation m_location;
    DecisionEngine m_engine;
    QString m_actor;
    QStringList m_folders;
    QList<ImapAccount> m_mailboxes;
    QList<InboxItem> m_putBack;
    QTimer m_mailNext;
    bool m_mailDue = false;
    QFileSystemWatcher m_watcher;
    QTimer m_next;
    QFutureWatcher<void> m_scan;
    bool m_scanAgain = false;
    std::atomic_bool m_stop = false;
    std::atomic_bool m_bookTrouble = false; // set by the last look
};

} // namespace ClaimDesk
