#include "InboxCommand.h"

#include "CliTr.h"
#include "inbox/FolderInbox.h"
#include "inbox/MailInbox.h"
#include "inbox/MailPasswords.h"
#include "intake/DocumentImporter.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QTimer>
#include <csignal>

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

void printItem(CliContext& context, const InboxItem& item)
{
    context.out() << QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact) << '\n';
    context.out().flush();
}

// Runs `look` every `nextMs()` until SIGINT or SIGTERM.
void keepLooking(const std::function<void()>& look, const std::function<int()>& nextMs)
{
    QEventLoop loop;
    QTimer next;
    next.setSingleShot(true);
    QObject::connect(&next, &QTimer::timeout, &loop, [&] {
        look();
        next.start(nextMs());
    });
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&] {
        if (s_stop.load())
            loop.quit();
    });
    stopCheck.start(200);
    next.start(nextMs());
    loop.exec();
}

} // namespace

QString InboxCommand::summary() const
{
    return CliTr::tr("take in the documents arriving in a watched folder or a mailbox");
}

int InboxCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("source"),
        CliTr::tr("folder DIR: the folder to take documents from; imap URL: the mailbox's "
                  "server (imaps://HOST[:PORT])."),
        QStringLiteral("folder DIR | imap URL"));
    const QCommandLineOption once(QStringLiteral("once"),
        CliTr::tr("Take in what has arrived (and settled), then stop (default: keep watching)."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON (the default)."));
    const QCommandLineOption user(
        QStringLiteral("user"), CliTr::tr("imap: the mailbox's login."), QStringLiteral("USER"));
    const QCommandLineOption folder(QStringLiteral("folder"),
        CliTr::tr("imap: the mail folder to take from (default INBOX)."), QStringLiteral("F"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
        CliTr::tr("imap: the certificate authorities to trust (default: the system's)."),
        QStringLiteral("FILE"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        CliTr::tr("imap: a file whose first line is the password (default: the system keychain)."),
        QStringLiteral("FILE"));
    const QCommandLineOption remember(QStringLiteral("remember-password"),
        CliTr::tr("imap: check the password (--password-file, else standard input) and keep it "
                  "in the system keychain, then stop."));
    const QCommandLineOption forget(
        QStringLiteral("forget-password"), CliTr::tr("imap: remove the kept password, then stop."));
    parser.addOptions({ once, json, user, folder, caFile, passwordFile, remember, forget });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"folder" && positional.size() == 2)
        return watchFolder(positional[1], parser.isSet(once), context);
    if (positional.value(0) != u"imap" || positional.size() != 2)
        return context.usage(CliTr::tr("inbox needs: folder DIR, or imap URL --user USER"));
    ImapAccount account;
    account.server = positional[1];
    account.user = parser.value(user);
    if (parser.isSet(folder))
        account.folder = parser.value(folder);
    account.caFile = parser.value(caFile);
    if (const QString problem = account.problem(); !problem.isEmpty())
        return context.usage(problem);
    if (parser.isSet(forget)) {
        const QString problem = MailPasswords::forget(account);
        return problem.isEmpty() ? Ok : context.fail(problem);
    }
    if (parser.isSet(remember)) {
        const auto password = CliContext::readPassword(parser.value(passwordFile));
        if (!password)
            return context.fail(password.error());
        const Status kept = MailPasswords::checkAndStore(account, *password);
        return kept ? Ok : context.fail(kept.error());
    }
    const auto password = passwordFor(account, parser.value(passwordFile));
    if (!password)
        return context.fail(password.error());
    return watchMailbox(account, *password, parser.isSet(once), context);
}

Result<QString> InboxCommand::passwordFor(const ImapAccount& account, const QString& file)
{
    if (!file.isEmpty())
        return CliContext::readPassword(file);
    const KeychainEntry::Answer kept = MailPasswords::read(account);
    if (kept.problem == KeychainEntry::Problem::None)
        return kept.secret;
    return Result<QString>::failure(Error::of(ErrorKind::Unauthenticated,
        CliTr::tr("No password for %1 (%2). Keep one with `claimdesk-cli inbox imap URL --user "
                  "USER --remember-password`, or give --password-file")
            .arg(MailPasswords::entryKey(account), kept.message)));
}

int InboxCommand::watchMailbox(
    const ImapAccount& account, const QString& password, bool once, CliContext& context)
{
    MailInbox inbox(account, password);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    bool anyFailed = false;
    bool trouble = false;
    QString problem;
    // One look: the mailbox asked first, the book opened only when a message waits.
    auto takeWaiting = [&] {
        problem.clear();
        trouble = false;
        const auto waiting = inbox.mailbox().waiting(); // the book is opened only for some
        if (!waiting || waiting->isEmpty()) {
            problem = waiting ? QString() : waiting.error();
            trouble = !waiting;
            return;
        }
        auto opened = context.openClaimBook();
        if (!opened) {
            problem = opened.error();
            trouble = true;
            return;
        }
        ClaimBook& book = opened.value();
        DocumentImporter importer(book);
        importer.setReading(ReadOptions {});
        const Status took = inbox.takeEach(
            *waiting, book, importer, book.database().login(), &s_stop, [&](const InboxItem& item) {
                anyFailed = anyFailed || !item.ok();
                trouble = trouble || item.bookTrouble || item.sourceTrouble;
                printItem(context, item);
            });
        if (!took)
            problem = took.error();
    };
    takeWaiting();
    if (once) {
        if (!problem.isEmpty())
            return context.fail(problem);
        return anyFailed || s_stop.load() ? InputFailed : Ok;
    }
    keepLooking(
        [&] {
            takeWaiting();
            if (!problem.isEmpty())
                context.err() << "claimdesk-cli: " << problem << Qt::endl; // and try again later
        },
        [&] { return trouble ? InTroubleMs : MailInbox::LookEveryMs; });
    return Ok;
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
                printItem(context, item);
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
