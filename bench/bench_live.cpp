// How soon another desk hears of a change on a team book: one connection changes
// a claim (an escalation raised and lowered, each audited), and a ClaimChangeFeed
// on its own connection and thread reports it; the time between the commit and
// the signal on this (the UI) thread, counted from before the save.
//   bench_live URL [CHANGES]
// URL is the team book as a login that may change claims (its owner or a manager),
// after `team init`. Target (issue 23): within a second.
#include "claims/ClaimBook.h"
#include "claims/ClaimChangeFeed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace ClaimDesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "claimdesk.*.info=false");
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_live URL [CHANGES]\n");
        return 2;
    }
    const DatabaseLocation location = DatabaseLocation::fromString(args.at(1));
    const int changes = args.size() > 2 ? args.at(2).toInt() : 50;
    auto db = Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    ClaimQuery open;
    open.openOnly = true;
    open.limit = 1;
    const auto top = ClaimBook::list(*db, open);
    if (!top || top->isEmpty()) {
        std::fprintf(stderr, "no open claim to change\n");
        return 1;
    }
    const QString claimId = top->first().id;

    ClaimChangeFeed feed(location);
    QEventLoop wait;
    QObject::connect(&feed, &ClaimChangeFeed::listening, &wait, &QEventLoop::quit);
    QTimer::singleShot(10000, &wait, &QEventLoop::quit);
    wait.exec();

    QList<double> delays;
    QElapsedTimer since;
    bool heard = false;
    QObject::connect(
        &feed, &ClaimChangeFeed::claimsChanged, &wait, [&](const QStringList& ids, const QString&) {
            if (ids.contains(claimId) && !heard) {
                heard = true;
                delays << double(since.nsecsElapsed()) / 1e6;
                wait.quit();
            }
        });
    ClaimRepository claims(*db);
    QTimer giveUp; // one timer, started again for each change
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &wait, &QEventLoop::quit);
    for (int i = 0; i < changes; ++i) {
        heard = false;
        // From before the write: the figure is the save and the hearing together
        // (the notice arrives while the writer still reads the claim back).
        since.start();
        const auto changed = claims.setEscalated(
            claimId, i % 2 == 0, QStringLiteral("bench_live"), QStringLiteral("bench"));
        if (!changed) {
            std::fprintf(stderr, "%s\n", qPrintable(changed.error()));
            return 1;
        }
        giveUp.start(5000);
        if (!heard)
            wait.exec();
        giveUp.stop();
        if (!heard) {
            std::fprintf(stderr, "change %d was not heard within 5 s\n", i + 1);
            return 1;
        }
    }
    std::sort(delays.begin(), delays.end());
    std::printf("%d changes saved and heard by another connection: median %.1f ms, p99 %.1f ms, "
                "max %.1f ms "
                "(target: within 1000 ms)\n",
        int(delays.size()), delays.at(delays.size() / 2),
        delays.at(std::min<qsizetype>(delays.size() - 1, qsizetype(delays.size() * 0.99))),
        delays.last());
    return 0;
}
