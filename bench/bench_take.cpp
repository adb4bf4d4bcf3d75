// Desks taking claims at once from one team book: N processes, each under its own
// login, each taking claims with ClaimAssignment::takeNext (what `claims next`
// and Review's Take next run) and timing every take.
//   bench_take URL DESKS TAKES
// URL is the team book as the book's owner (postgresql://OWNER@/DB?host=...);
// the desks log in as bench_desk0.. (made as adjusters when missing). Prints the
// median and p99 take and checks that no claim was taken twice.
// Target (issue 23): 8 desks x 1,000 takes, median <= 20 ms, p99 <= 100 ms.
#include "claims/ClaimAssignment.h"
#include "team/TeamAdministration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace ClaimDesk;

namespace {

// One desk: takes `takes` claims and prints "ms id" per take.
int runDesk(const QUrl& url, int takes)
{
    DatabaseLocation location;
    location.postgresUrl = url;
    auto db = Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 3;
    }
    ClaimAssignment assignment(*db);
    QTextStream out(stdout);
    for (int i = 0; i < takes; ++i) {
        QElapsedTimer t;
        t.start();
        const auto taken = assignment.takeNext();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!taken) {
            std::fprintf(stderr, "%s\n", qPrintable(taken.error()));
            return 4;
        }
        if (!*taken)
            break;
        out << ms << ' ' << (*taken)->id << '\n';
    }
    return 0;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
        ? 0
        : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--desk")
        return runDesk(QUrl(args.at(2)), args.at(3).toInt());
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_take URL DESKS TAKES\n");
        return 2;
    }
    const QUrl owner(args.at(1));
    const int desks = args.at(2).toInt();
    const int takes = args.at(3).toInt();
    {
        DatabaseLocation location;
        location.postgresUrl = owner;
        auto db = Database::open(location);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        TeamAdministration team(*db);
        if (auto s = team.init(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        const auto people = team.users();
        if (!people) {
            std::fprintf(stderr, "%s\n", qPrintable(people.error()));
            return 1;
        }
        for (int d = 0; d < desks; ++d) {
            const QString name = QStringLiteral("bench_desk%1").arg(d);
            const bool known = people
                && std::any_of(people->begin(), people->end(),
                    [&](const TeamUser& u) { return u.name == name; });
            if (known)
                continue;
            if (auto s = team.add(name, TeamRole::Adjuster, Money()); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error()));
                return 1;
            }
        }
    }
    QList<QProcess*> running;
    QElapsedTimer wall;
    wall.start();
    for (int d = 0; d < desks; ++d) {
        QUrl url = owner;
        url.setUserName(QStringLiteral("bench_desk%1").arg(d));
        auto* p = new QProcess(&app);
        p->start(app.applicationFilePath(),
            { QStringLiteral("--desk"), url.toString(), QString::number(takes) });
        running << p;
    }
    QList<double> times;
    QStringList ids;
    for (QProcess* p : running) {
        p->waitForFinished(-1);
        if (p->exitCode() != 0) {
            std::fprintf(stderr, "a desk failed: %s\n", p->readAllStandardError().constData());
            return 1;
        }
        for (const QByteArray& line : p->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2) {
                times << parts.at(0).toDouble();
                ids << QString::fromLatin1(parts.at(1));
            }
        }
    }
    const qsizetype distinct = QSet<QString>(ids.begin(), ids.end()).size();
    std::printf("%d desks x %d takes: %lld taken in %.1f s, %lld distinct%s\n", desks, takes,
        qlonglong(ids.size()), double(wall.elapsed()) / 1000.0, qlonglong(distinct),
        distinct == ids.size() ? "" : "  <-- A CLAIM WAS TAKEN TWICE");
    std::printf("take: median %.2f ms, p99 %.2f ms, max %.2f ms (targets 20 and 100 ms)\n",
        percentile(times, 0.5), percentile(times, 0.99), percentile(times, 1.0));
    return distinct == ids.size() ? 0 : 1;
}
