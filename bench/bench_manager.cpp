// The manager area on a large book (issue 9): the figures for the last 90 days
// computed in SQL (target <= 500 ms on 1,000,000 claims), then the five charts
// built and painted (target <= 300 ms).
//   bench_manager DB [--days 90]
// DB is a claimdesk database, e.g. from `claimdesk-cli init --claims 1000000`.
// The bench first adds, if missing, what a book in use has beside its claims:
// response times on one claim in ten and useful/not-useful marks on one claim
// in twenty, so those joins are measured too.
#include "ManagerArea.h"
#include "stats/ManagerFigures.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace ClaimDesk;

namespace {

QTextStream out(stdout);

Status addActivity(const Database& db)
{
    QSqlQuery q = db.query();
    if (auto s = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM response_times")); !s)
        return s;
    if (q.next() && q.value(0).toLongLong() > 0)
        return {};
    out << "adding response times and document marks..." << Qt::endl;
    return db.writeTransaction([&]() -> Status {
        const QStringList statements = {
            QStringLiteral("INSERT INTO response_times (claim_id, claim_type, claim_created_at,"
                           " at, ms) SELECT id, claim_type, created_at, created_at,"
                           " 800 + (rowid % 4000) FROM claims WHERE rowid % 10 = 0"),
            QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, data)"
                           " VALUES ('bench', 1, x'00')"),
            QStringLiteral("INSERT INTO documents (claim_id, sha256, category, original_name,"
                           " mime_type, size, useful, uploaded_at, claim_created_at, claim_type)"
                           " SELECT id, 'bench', 'receipt', 'r.png', 'image/png', 1,"
                           " (rowid % 7) <> 0, created_at, created_at, claim_type FROM claims"
                           " WHERE rowid % 20 = 0"),
        };
        for (const QString& sql : statements) {
            if (auto s = Sql::exec(q, sql); !s)
                return s;
        }
        return {};
    });
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_manager DB [--days N]" << Qt::endl;
        return 2;
    }
    const int days = args.contains(QStringLiteral("--days"))
        ? args.value(args.indexOf(QStringLiteral("--days")) + 1).toInt()
        : 90;
    auto db = Database::open(DatabaseLocation::sqlite(args[1]));
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    if (auto s = addActivity(*db); !s) {
        out << s.error() << Qt::endl;
        return 1;
    }

    // The newest claim's day ends the range, so a book made earlier still fills it.
    QSqlQuery q = db->query();
    if (!Sql::exec(q, QStringLiteral("SELECT MAX(created_at) FROM claims")) || !q.next()) {
        out << "the database has no claims" << Qt::endl;
        return 1;
    }
    const QDateTime newest = Sql::toDateTime(q.value(0));
    const FigureFilter filter = FigureFilter::lastDays(days, newest);

    QList<double> figureMs;
    ManagerFigures figures;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const auto f = ManagerFigures::compute(*db, filter);
        figureMs << t.nsecsElapsed() / 1e6;
        if (!f) {
            out << f.error() << Qt::endl;
            return 1;
        }
        figures = *f;
    }
    out << QStringLiteral("figures over %1 days (%2 to %3): %4 claims, accuracy %5%, "
                          "average response %6 ms, backlog %7")
               .arg(days)
               .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))
               .arg(figures.totalClaims)
               .arg(figures.accuracyRate().value_or(-1))
               .arg(figures.averageResponseMs().value_or(-1))
               .arg(figures.backlog())
        << Qt::endl;
    out << QStringLiteral("  compute: first %1 ms, median of 5 %2 ms (target <= 500 ms)")
               .arg(figureMs.first(), 0, 'f', 1)
               .arg(median(figureMs), 0, 'f', 1)
        << Qt::endl;

    ManagerArea area(db->location());
    area.resize(1280, 900);
    area.show();
    QList<double> drawMs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        area.showFigures(figures);
        // Painting is what the user waits for: render every chart now.
        for (int c = 0; c < ManagerArea::ChartCount; ++c)
            area.chartView(ManagerArea::Chart(c))->grab();
        drawMs << t.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("  charts built and painted: first %1 ms, median of 5 %2 ms (target <= "
                          "300 ms)")
               .arg(drawMs.first(), 0, 'f', 1)
               .arg(median(drawMs), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
