#include "MainWindow.h"
#include "ManagerArea.h"
#include "ReviewArea.h"
#include "TestSupport.h"
#include "demo/SyntheticClaimGenerator.h"
#include "storage/ClaimRepository.h"
#include "triage/ClaimQueueModel.h"
#include "util/Text.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace ClaimDesk;

namespace {

qreal setSum(const QBarSet* set)
{
    qreal sum = 0;
    for (int i = 0; i < set->count(); ++i)
        sum += set->at(i);
    return sum;
}

QBarSeries* barsOf(QChartView* view)
{
    return qobject_cast<QBarSeries*>(view->chart()->series().value(0));
}

} // namespace

class TestManagerArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<Test::GuiThreadQueryWatch> m_guiThreadQueries;

    QString card(const ManagerArea& area, const char* key)
    {
        auto* label = area.findChild<QLabel*>(QStringLiteral("figure_") + QLatin1String(key));
        return label ? label->text() : QStringLiteral("<missing>");
    }

private Q_SLOTS:
    // No statement of the code under test runs on the GUI thread.
    void init() { m_guiThreadQueries.emplace(*m_db); }
    void cleanup()
    {
        const QString statements = m_guiThreadQueries->statements();
        m_guiThreadQueries.reset();
        QVERIFY2(statements.isEmpty(), qPrintable(statements));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
        SyntheticClaimGenerator::Options options;
        options.count = 1500;
        options.days = 25; // all within the default 30 days
        QVERIFY(SyntheticClaimGenerator(options).generate(*m_db, DecisionEngine()).ok());
    }

    void figuresAndChartsFollowTheFilter()
    {
        ManagerArea area(m_db->location());
        area.resize(1200, 900);
        area.show();
        QSignalSpy shown(&area, &ManagerArea::figuresShown);
        area.refresh();
        QVERIFY(shown.wait(10000));
        QCOMPARE(card(area, "total"), QLocale().toString(1500));
        QBarSeries* daily = barsOf(area.chartView(ManagerArea::DailyClaimsChart));
        QVERIFY(daily);
        QCOMPARE(daily->count(), 2);
        QCOMPARE(daily->barSets()[0]->count(), 30); // one bar per day of the range
        const qreal health = setSum(daily->barSets()[0]);
        const qreal car = setSum(daily->barSets()[1]);
        QCOMPARE(health + car, 1500.0);
        QVERIFY(car > 0);

        // Only health claims: the chart and the card change with the filter.
        auto* type = area.findChild<QComboBox*>(QStringLiteral("typeFilter"));
        QVERIFY(type);
        type->setCurrentIndex(type->findData(int(ClaimType::Health)));
        QVERIFY(shown.wait(10000));
        daily = barsOf(area.chartView(ManagerArea::DailyClaimsChart));
        QCOMPARE(setSum(daily->barSets()[0]), health);
        QCOMPARE(setSum(daily->barSets()[1]), 0.0);
        QCOMPARE(card(area, "total"), QLocale().toString(qint64(health)));
        QCOMPARE(area.figures().totalClaims, qint64(health));

        // Nothing marked useful or not: the accuracy is not available, not zero.
        QCOMPARE(card(area, "accuracy"), ManagerArea::tr("n/a"));

        const QString png = m_dir.filePath(QStringLiteral("daily.png"));
        QVERIFY(area.saveChart(ManagerArea::DailyClaimsChart, png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200);
    }

    // A click on a bar opens exactly that day's claims of that type in Review.
    void clickingABarOpensThoseClaimsInReview()
    {
        MainWindow window(m_db->location(), DecisionEngine());
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* area = static_cast<ManagerArea*>(window.area(MainWindow::ManagerArea));
        QSignalSpy shown(area, &ManagerArea::figuresShown);
        window.showArea(MainWindow::ManagerArea);
        QVERIFY(shown.wait(10000));
        QSignalSpy requested(area, &ManagerArea::claimsRequested);

        // The busiest day's health bar, clicked where it is drawn.
        QChartView* view = area->chartView(ManagerArea::DailyClaimsChart);
        QBarSeries* daily = barsOf(view);
        QBarSet* health = daily->barSets()[0];
        int busiest = 0;
        for (int i = 0; i < health->count(); ++i) {
            if (health->at(i) > health->at(busiest))
                busiest = i;
        }
        QVERIFY(health->at(busiest) > 0);
        // Each category is one unit wide with the sets side by side: the first set's
        // bar is left of the category's centre.
        const QPointF inChart
            = view->chart()->mapToPosition(QPointF(busiest - 0.15, health->at(busiest) / 2), daily);
        const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE(requested.count(), 1);

        const auto query = requested.first().first().value<ClaimQuery>();
        QCOMPARE(query.type, std::optional(ClaimType::Health));
        QCOMPARE(window.currentArea(), MainWindow::ReviewArea);
        auto* review = static_cast<ReviewArea*>(window.area(MainWindow::ReviewArea));
        QTRY_COMPARE(review->model()->rowCount(), int(health->at(busiest)));
        QCOMPARE(qint64(review->model()->rowCount()), *ClaimRepository(*m_db).count(query));
        auto* scope = review->findChild<QLabel*>(QStringLiteral("queueScope"));
        QVERIFY(scope && scope->isVisible());
        // Clearing the scope shows the whole queue again.
        Q_EMIT scope->linkActivated(QStringLiteral("clear"));
        QTRY_COMPARE(review->model()->rowCount(), 1500);
    }

    void exportWritesTheQueueAsCsv()
    {
        MainWindow window(m_db->location(), DecisionEngine());
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        const QString path = m_dir.filePath(QStringLiteral("paid.csv"));
        ClaimQuery paid;
        paid.status = ClaimStatus::Paid;
        window.exportClaims(paid, CsvFormat::Sheets, path);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto rows = Text::parseCsv(QString::fromUtf8(f.readAll()));
        QVERIFY(rows.ok());
        QCOMPARE(qint64(rows->size()), *ClaimRepository(*m_db).count(paid) + 1);
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(rows->size() - 1));
    }
};

QTEST_MAIN(TestManagerArea)
#include "tst_managerarea.moc"
