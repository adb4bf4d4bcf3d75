// The Review area on a large book (issue 8), in a GUI run: opening it until the
// queue is painted (target <= 1 s on 1,000,000 claims), each filter and sort
// change until the new rows are painted (target <= 200 ms), and selecting a
// claim until its first document is on screen (target <= 300 ms).
//   bench_review DB [IMAGE]
// DB is a claimdesk database, e.g. from `claimdesk-cli init --claims 1000000`;
// IMAGE a scanned receipt (default: a receipt of ../shared/data/sroie-dev). The
// bench attaches it, once, to the first claims of the queue so that selecting
// them shows a real page. Run with QT_QPA_PLATFORM=offscreen or on a display.
#include "DocumentViewer.h"
#include "QueueFilterBar.h"
#include "ReviewArea.h"
#include "storage/ClaimRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/GuiThreadQueries.h"
#include "triage/ClaimQueueModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSqlDriver>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace ClaimDesk;

namespace {

QTextStream out(stdout);

// Waits for the queue's first rows (read on a worker) and paints them; with
// `counted`, also for the number of all its rows, which joins the view after.
void settle(ReviewArea* area, bool counted = true)
{
    QDeadlineTimer deadline(30'000);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    } while ((counted ? area->model()->isReading() : area->model()->isReadingRows())
        && !deadline.hasExpired());
    area->repaint();
    QCoreApplication::processEvents();
}

struct Figures
{
    QList<double> ms;
    QString worstWhat; // the change that took longest
    void add(double v, const QString& what = {})
    {
        if (ms.isEmpty() || v > worst())
            worstWhat = what;
        ms << v;
    }
    QString summary() const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return QStringLiteral("median %1 ms, worst %2 ms%4 (%3 runs)")
            .arg(s.at(s.size() / 2), 0, 'f', 1)
            .arg(s.last(), 0, 'f', 1)
            .arg(s.size())
            .arg(worstWhat.isEmpty() ? QString() : QStringLiteral(": ") + worstWhat);
    }
    double worst() const { return *std::max_element(ms.cbegin(), ms.cend()); }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // The user's own settings stay untouched; the queue opens as on a first launch.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_review DB-FILE-OR-URL [IMAGE]" << Qt::endl;
        return 2;
    }
    const QString imagePath = args.size() > 2
        ? args.at(2)
        : QStringLiteral(CLAIMDESK_SHARED_DATA "/sroie-dev/img/000.jpg");
    auto opened = Database::open(DatabaseLocation::fromString(args.at(1))); // a file or a team book
    if (!opened) {
        out << opened.error() << Qt::endl;
        return 1;
    }
    Database db = *opened;
    const qint64 claims = ClaimRepository(db).countAll().value_or(0);
    out << "claims in the book: " << claims << Qt::endl;

    // A real page on the first ten claims of the queue.
    QFile image(imagePath);
    if (!image.open(QIODevice::ReadOnly)) {
        out << "cannot read " << imagePath << Qt::endl;
        return 1;
    }
    const QByteArray bytes = image.readAll();
    ClaimQuery first; // the top of the queue as it opens: the open claims
    first.openOnly = true;
    first.limit = 10;
    const auto top = ClaimRepository(db).list(first);
    if (!top) {
        out << top.error() << Qt::endl;
        return 1;
    }
    for (const Claim& c : *top) {
        auto added = DocumentRepository(db).add(c.id, bytes, QStringLiteral("receipt.jpg"),
            QStringLiteral("image/jpeg"), QStringLiteral("bench"));
        if (!added)
            out << added.error() << Qt::endl;
    }

    // Statements the window waits for (each a round trip on a team book): those
    // run on the GUI thread by anything but this program's own setup connection.
    int queriesNow = 0;
    int queriesInAll = 0;
    const QSqlDriver* benchOwn = db.connection().driver();
    GuiThreadQueries::setWatcher([&](const QString&, const QSqlDriver* driver) {
        queriesNow += driver != benchOwn;
        queriesInAll += driver != benchOwn;
    });

    // Open: constructed, shown and the first rows painted.
    QElapsedTimer t;
    t.start();
    ReviewArea area(db.location(), DecisionEngine());
    area.resize(1400, 900);
    area.show();
    settle(&area);
    const double openMs = t.nsecsElapsed() / 1e6;
    out << "open until the queue is painted: " << QString::number(openMs, 'f', 1)
        << " ms (target <= 1000)" << Qt::endl;

    // Filters, each from the whole queue and back: until the first rows are
    // painted, and until all the rows are counted (the scroll bar's full length).
    Figures filters;
    Figures counted;
    QueueFilterBar* bar = area.filters();
    auto timeChange = [&](Figures& f, const std::function<void()>& change) {
        t.restart();
        change();
        settle(&area, false);
        const QString what = QStringList { bar->statusFilter()->currentText(),
            bar->decisionFilter()->currentText(), bar->fromFilter()->text(),
            bar->mineFilter()->isChecked() ? "mine" : "", bar->searchField()->text() }
                                 .join(u'|');
        f.add(t.nsecsElapsed() / 1e6, what);
        settle(&area);
        counted.add(t.nsecsElapsed() / 1e6, what);
    };
    for (int round = 0; round < 3; ++round) {
        for (int i = 1; i < bar->statusFilter()->count(); ++i) {
            timeChange(filters, [&] { bar->statusFilter()->setCurrentIndex(i); });
        }
        timeChange(filters, [&] { bar->statusFilter()->setCurrentIndex(0); });
        for (int i = 1; i < bar->decisionFilter()->count(); ++i)
            timeChange(filters, [&] { bar->decisionFilter()->setCurrentIndex(i); });
        timeChange(filters, [&] { bar->decisionFilter()->setCurrentIndex(0); });
        timeChange(filters, [&] { bar->fromFilter()->setDate(QDate::currentDate().addDays(-14)); });
        timeChange(filters, [&] { bar->fromFilter()->setDate(bar->fromFilter()->minimumDate()); });
        timeChange(filters, [&] { bar->mineFilter()->setChecked(true); });
        timeChange(filters, [&] { bar->mineFilter()->setChecked(false); });
        timeChange(filters, [&] {
            bar->searchField()->setText(top->first().id);
            Q_EMIT bar->searchField()->returnPressed();
        });
        timeChange(filters, [&] { bar->searchField()->clear(); });
    }
    out << "filter change until painted: " << filters.summary() << " (target <= 200)" << Qt::endl;
    out << "  ... until its rows are counted too: " << counted.summary() << Qt::endl;
    counted = {};

    // A part of a claimant's name, anywhere in the name: a part shared by many
    // names (four letters from inside one) and a whole name, which few share.
    // Both are looked up in the name index; a part of one or two letters scans.
    const QString name = top->first().claimantName;
    for (const QString& part : { name.mid(1, 4), name }) {
        Figures names;
        Figures cleared;
        for (int round = 0; round < 3 && !part.isEmpty(); ++round) {
            timeChange(names, [&] {
                bar->searchField()->setText(part);
                Q_EMIT bar->searchField()->returnPressed();
            });
            timeChange(cleared, [&] { bar->searchField()->clear(); });
        }
        if (!names.ms.isEmpty())
            out << "search by part of a name (\"" << part << "\"): " << names.summary()
                << " (target <= 200)" << Qt::endl;
    }

    // Sorts: every column, both ways, on the whole book.
    counted = {};
    Figures sorts;
    QHeaderView* header = area.queue()->horizontalHeader();
    for (int column = 0; column < ClaimQueueModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder })
            timeChange(sorts, [&] { header->setSortIndicator(column, order); });
    }
    timeChange(sorts, [&] { header->setSortIndicator(-1, Qt::AscendingOrder); });
    out << "sort change until painted: " << sorts.summary() << " (target <= 200)" << Qt::endl;
    out << "  ... until its rows are counted too: " << counted.summary() << Qt::endl;

    // Selecting a claim until its first page is on screen, and the statements the
    // window waited for meanwhile (each a round trip on a team book).
    Figures selects;
    QList<int> guiQueries;

    for (int round = 0; round < 3; ++round) {
        for (int row = 0; row < top->size(); ++row) {
            QEventLoop loop;
            bool shown = false;
            const auto c
                = QObject::connect(area.documents(), &DocumentViewer::pageShown, &loop, [&] {
                      shown = true;
                      loop.quit();
                  });
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            queriesNow = 0;
            t.restart();
            // by its ID: the filters and sorts above may have left other rows on top
            area.selectClaim(top->at(row).id);
            if (!shown)
                loop.exec();
            QObject::disconnect(c);
            if (!shown) {
                out << "no page shown for " << top->at(row).id << " (on show "
                    << area.currentClaimId() << ", " << area.documents()->thumbnails()->count()
                    << " document(s))" << Qt::endl;
                return 1;
            }
            settle(&area);
            selects.add(t.nsecsElapsed() / 1e6);
            guiQueries << queriesNow;
        }
    }
    GuiThreadQueries::setWatcher({});
    std::sort(guiQueries.begin(), guiQueries.end());
    out << "select a claim until its first document is shown: " << selects.summary()
        << " (target <= 300)" << Qt::endl;
    out << "statements on the GUI thread per selection: median "
        << guiQueries.at(guiQueries.size() / 2) << ", most " << guiQueries.last() << Qt::endl;
    out << "statements on the GUI thread in the whole run (open, filters, sorts, selections): "
        << queriesInAll << Qt::endl;
    const bool met = openMs <= 1000 && filters.worst() <= 200 && sorts.worst() <= 200
        && selects.worst() <= 300;
    out << (met ? "all targets met" : "a target was missed") << Qt::endl;
    return 0;
}
