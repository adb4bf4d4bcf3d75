#include "InboxCommand.h"

#include "CliTr.h"
#include "inbox/FolderInbox.h"
#include "intake/DocumentImporter.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QTimer>
#include <csignal>

/* TRANSLATOR ClaimDesk::Cli::InboxCommand */
namespace ClaimDesk::Cli {

namespace {

// Set by SIGINT or SIGTERM (a lock-free atomic store is safe in a handler); the
// importer stops at its next safe point and the watch ends.
std::atomic_bool s_stop = false;
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void requestStop(int)
{
    s_stop.store(true);
}

// How often the folder is scanned even without a notification (network folders
// send none), and how soon after one.
constexpr int ScanEveryMs = 5000;
constexpr int AfterNoticeMs = 300;
// While the book is in trouble, looks are a minute apart: each would read a
// document again only to be refused.
constexpr int InTroubleMs = 60000;

} // namespace

QString InboxCommand::summary() const
{
    return CliTr::tr("take in the documents arriving in a watched folder");
}

int InboxCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("folder"),
        CliTr::tr("folder DIR: the folder to take documents from."), QStringLiteral("folder DIR"));
    const QCommandLineOption once(QStringLiteral("once"),
        CliTr::tr("Take in what has arrived and settled, then stop (default: keep watching)."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON (the default)."));
    parser.addOptions({ once, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != u"folder" || positional.size() != 2)
        return context.usage(CliTr::tr("inbox needs: folder DIR"));
    return watchFolder(positional[1], parser.isSet(once), context);
}

int InboxCommand::watchFolder(const QString& folder, bool once, CliContext& context)
{
    FolderInbox inbox(folder);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    bool anyFailed = false;
    bool bookTrouble = false;
    QString problem;
    // One look: the book opened anew (a server that restarted is found again,
    // new rules are used), only when something has settled.
    auto takeWhatSettled = [&] {
        problem.clear();
        bookTrouble = false;
        const auto arrivals = inbox.settled();
        if (!arrivals) {
            problem = arrivals.error();
            return;
        }
        if (arrivals->isEmpty())
            return;
        auto opened = context.openClaimBook();
        if (!opened) {
            problem = opened.error();
            bookTrouble = true;
            return;
        }
        ClaimBook& book = opened.value();
        DocumentImporter importer(book);
        importer.setReading(ReadOptions {});
        const Status took = inbox.takeSettled(
            book, importer, book.database().login(), &s_stop, [&](const InboxItem& item) {
                anyFailed = anyFailed || !item.ok();
                bookTrouble = bookTrouble || item.bookTrouble;
                context.out() << QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact)
                              << '\n';
                context.out().flush();
            });
        if (!took)
            problem = took.error();
    };
    takeWhatSettled();
    if (once) {
        if (!problem.isEmpty())
            return context.fail(problem);
        return anyFailed || s_stop.load() ? InputFailed : Ok; // stopped: not all was taken
    }

    QEventLoop loop;
    QFileSystemWatcher watcher;
    QTimer scan;
    scan.setSingleShot(true);
    auto scanSoon = [&](int ms) {
        if (!scan.isActive() || scan.remainingTime() > ms)
            scan.start(ms);
    };
    QObject::connect(&scan, &QTimer::timeout, &loop, [&] {
        takeWhatSettled();
        if (!problem.isEmpty())
            context.err() << "claimdesk-cli: " << problem << Qt::endl; // and try again later
        const QStringList watched = watcher.directories();
        if (!watched.isEmpty())
            watcher.removePaths(watched);
        watcher.addPaths(inbox.foldersToWatch());
        // something waiting to settle is looked at again once it may have
        scan.start(bookTrouble ? InTroubleMs : ScanEveryMs);
    });
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, [&] {
        if (!bookTrouble)
            scanSoon(AfterNoticeMs + int(FolderInbox::SettleMs));
    });
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&] {
        if (s_stop.load())
            loop.quit();
    });
    stopCheck.start(200);
    watcher.addPaths(inbox.foldersToWatch());
    scanSoon(ScanEveryMs);
    loop.exec();
    return Ok;
}

} // namespace ClaimDesk::Cli
