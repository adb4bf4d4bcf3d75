#include "MainWindow.h"
#include "ManagerArea.h"
#include "ReviewArea.h"
#include "TestSupport.h"
#include "UiTr.h"
#include "demo/SyntheticClaimGenerator.h"
#include "storage/ClaimRepository.h"
#include "triage/ClaimQueueModel.h"
#include "util/Text.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
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
    void cleanup() { Test::verifyNoGuiThreadQueries(m_guiThreadQueries); }

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
        // Counts in sentences are grouped as the locale groups them: "1,500 claims".
        const QString state = area.findChild<QLabel*>(QStringLiteral("figuresState"))->text();
        QVERIFY2(state.startsWith(QLocale().toString(1500) + u' '), qPrintable(state));
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
        QCOMPARE(card(area, "accuracy"), UiTr::tr("n/a"));

        const QString png = m_dir.filePath(QStringLiteral("daily.png"));
        QVERIFY(area.saveChart(ManagerArea::DailyClaimsChart, png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200);
    }

    // A manager reads the charts without hovering: the decision mix names each
    // slice's count and share beside the pie, the breakdowns put their labels where
    // they are not cut, amounts have separators, a quarter is shown by the week,
    // dates follow the interface's locale, and an empty range draws no NaN axis.
    void chartsAreReadableAsTheyAre()
    {
        ManagerArea area(m_db->location());
        area.resize(1366, 768);
        area.show();
        QSignalSpy shown(&area, &ManagerArea::figuresShown);
        area.refresh();
        QVERIFY(shown.wait(10000));

        QChart* mix = area.chartView(ManagerArea::DecisionMixChart)->chart();
        auto* pie = qobject_cast<QPieSeries*>(mix->series().value(0));
        QVERIFY(pie && pie->count() > 0);
        qint64 decided = 0;
        for (QPieSlice* slice : pie->slices()) {
            decided += qint64(slice->value());
            const QString count = QLocale().toString(qint64(slice->value()));
            QVERIFY2(slice->label().contains(u": " + count + u" ("), qPrintable(slice->label()));
            QVERIFY2(slice->label().endsWith(u" %)"), qPrintable(slice->label()));
        }
        QCOMPARE(decided, area.figures().totalClaims);
        QCOMPARE(mix->legend()->alignment(), Qt::AlignRight);

        for (auto chart : { ManagerArea::RiskChart, ManagerArea::BacklogChart }) {
            QChart* c = area.chartView(chart)->chart();
            QVERIFY(qobject_cast<QHorizontalBarSeries*>(c->series().value(0)));
        }
        auto* ages = qobject_cast<QBarCategoryAxis*>(
            area.chartView(ManagerArea::BacklogChart)->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(ages);
        QCOMPARE(ages->categories().first(), QStringLiteral("0-1"));
        QCOMPARE(ages->categories().last(), QStringLiteral("31+"));
        QVERIFY(area.chartView(ManagerArea::PaidPerDayChart)->chart()->localizeNumbers());

        // A quarter: a bar a week, the same claims in all.
        FigureFilter quarter = area.filter();
        quarter.from = quarter.to.addDays(-89);
        area.setFilter(quarter);
        QVERIFY(shown.wait(10000));
        QBarSeries* weekly = barsOf(area.chartView(ManagerArea::DailyClaimsChart));
        QVERIFY(weekly);
        const int bars = weekly->barSets()[0]->count();
        QVERIFY2(bars >= 13 && bars <= 14, qPrintable(QString::number(bars)));
        QCOMPARE(setSum(weekly->barSets()[0]) + setSum(weekly->barSets()[1]),
            qreal(area.figures().totalClaims));

        // Thai dates with the Thai interface.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
        area.setFilter(FigureFilter::lastDays(30, QDateTime::currentDateTime()));
        const bool thaiShown = shown.wait(10000);
        auto* days = qobject_cast<QBarCategoryAxis*>(
            area.chartView(ManagerArea::DailyClaimsChart)->chart()->axes(Qt::Horizontal).value(0));
        const QString firstDay = days ? days->categories().value(0) : QString();
        QLocale::setDefault(before);
        QVERIFY(thaiShown);
        QVERIFY2(firstDay.contains(QRegularExpression(QStringLiteral("[\\x{0E00}-\\x{0E7F}]"))),
            qPrintable(firstDay));

        // A range with no claims: empty charts, and no NaN warning from their axes.
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("nan"), QRegularExpression::CaseInsensitiveOption));
        FigureFilter empty = area.filter();
        empty.from = QDate(2001, 1, 1);
        empty.to = QDate(2001, 1, 31);
        area.setFilter(empty);
        QVERIFY(shown.wait(10000));
        QCOMPARE(area.figures().totalClaims, 0);
        area.repaint();
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
