#include "TestSupport.h"
#include "demo/SyntheticClaimGenerator.h"
#include "storage/ClaimRepository.h"
#include "storage/SqlHelpers.h"
#include "triage/ClaimQueueModel.h"
#include "triage/QueueCounts.h"
#include "triage/QueueView.h"

#include <QBrush>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimDesk;

namespace {

// The queue order and each column's order, written out from their definitions
// (independently of the SQL that implements them).
int compareQueue(const Claim& a, const Claim& b)
{
    if (a.riskLevel != b.riskLevel)
        return riskRank(a.riskLevel) > riskRank(b.riskLevel) ? -1 : 1;
    if (a.priority != b.priority)
        return priorityRank(a.priority) > priorityRank(b.priority) ? -1 : 1;
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt ? -1 : 1;
    return QString::compare(a.id, b.id);
}

template<typename T>
int compareValues(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareByColumn(QueueSort sort, const Claim& a, const Claim& b)
{
    switch (sort) {
    case QueueSort::Queue:
    case QueueSort::Risk:
    case QueueSort::Id:
    case QueueSort::Age:
        return 0;
    case QueueSort::Type:
        return QString::compare(claimTypeCode(a.type), claimTypeCode(b.type));
    case QueueSort::Status:
        return QString::compare(claimStatusCode(a.status), claimStatusCode(b.status));
    case QueueSort::Amount: // no amount sorts first
        return compareValues(
            a.amount ? a.amount->cents() : LLONG_MIN, b.amount ? b.amount->cents() : LLONG_MIN);
    case QueueSort::Decision:
        return QString::compare(a.finalDecision ? finalDecisionCode(*a.finalDecision) : QString(),
            b.finalDecision ? finalDecisionCode(*b.finalDecision) : QString());
    case QueueSort::Assignee:
        return QString::compare(a.assignee, b.assignee);
    case QueueSort::Escalated:
        return compareValues(int(a.escalated), int(b.escalated));
    }
    return 0;
}

bool lessThan(const ClaimQuery& q, const Claim& a, const Claim& b)
{
    int c = 0;
    if (q.sort == QueueSort::Id)
        c = QString::compare(a.id, b.id);
    else if (q.sort == QueueSort::Age) // youngest first
        c = a.createdAt != b.createdAt ? (a.createdAt > b.createdAt ? -1 : 1)
                                       : -QString::compare(a.id, b.id);
    else if (q.sort == QueueSort::Risk) // lowest risk first: queue order reversed
        c = -compareQueue(a, b);
    else {
        c = compareByColumn(q.sort, a, b);
        if (c == 0)
            c = compareQueue(a, b);
    }
    return q.descending ? c > 0 : c < 0;
}

bool matches(const ClaimQuery& q, const Claim& c)
{
    if (q.status && c.status != *q.status)
        return false;
    if (q.type && c.type != *q.type)
        return false;
    if (q.risk && c.riskLevel != *q.risk)
        return false;
    if (q.decision && c.finalDecision != q.decision)
        return false;
    if (q.createdFrom.isValid() && c.createdAt < q.createdFrom)
        return false;
    if (q.createdTo.isValid() && c.createdAt >= q.createdTo)
        return false;
    if (!q.assignee.isEmpty() && c.assignee != q.assignee)
        return false;
    switch (ClaimQuery::searchKind(q.search)) {
    case ClaimQuery::SearchKind::None:
        return true;
    case ClaimQuery::SearchKind::ClaimId:
        return c.id.startsWith(q.search.trimmed().toUpper());
    case ClaimQuery::SearchKind::NationalId:
        return c.claimantNationalId == QString(q.search).remove(u' ').remove(u'-');
    case ClaimQuery::SearchKind::Name: // SQLite's LIKE ignores case for ASCII only
        return c.claimantName.contains(q.search.trimmed(), Qt::CaseInsensitive);
    }
    return true;
}

} // namespace

class TestTriageQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    QList<Claim> m_all;
    const QDateTime m_end { QDate(2026, 11, 20), QTime(18, 0), Qt::UTC };

    QList<ClaimQuery> filters() const
    {
        QList<ClaimQuery> out;
        out << ClaimQuery();
        ClaimQuery q;
        q.status = ClaimStatus::Pending;
        out << q;
        q = {};
        q.type = ClaimType::CarDamage;
        q.risk = RiskLevel::High;
        out << q;
        q = {};
        q.decision = FinalDecision::ManualReview;
        out << q;
        q = {};
        q.createdFrom = m_end.addDays(-20);
        q.createdTo = m_end.addDays(-5);
        out << q;
        q = {};
        q.assignee = QStringLiteral("adjuster3");
        out << q;
        q = {};
        q.search = QStringLiteral("cd-");
        out << q;
        // A national ID typed with dashes, and part of a name, from the book itself.
        const auto named = std::find_if(m_all.cbegin(), m_all.cend(), [](const Claim& c) {
            return c.claimantName.size() > 6 && c.claimantNationalId.size() == 13;
        });
        if (named != m_all.cend()) {
            q = {};
            const QString id = named->claimantNationalId;
            q.search = QStringLiteral("%1-%2-%3").arg(id.left(1), id.mid(1, 4), id.mid(5));
            out << q;
            q = {};
            q.search = named->claimantName.mid(2, 4);
            out << q;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
        SyntheticClaimGenerator::Options options;
        options.count = 1500;
        options.days = 60;
        options.end = m_end;
        options.seed = 7;
        QVERIFY(SyntheticClaimGenerator(options).generate(*m_db, DecisionEngine()).ok());
        // The generator escalates nobody; every fifth claim is, here.
        QSqlQuery q = m_db->query();
        QVERIFY(Sql::exec(
            q, QStringLiteral("UPDATE claims SET escalated = 1 WHERE id LIKE '%0' OR id LIKE '%5'"))
                    .ok());
        QVERIFY(ClaimRepository(*m_db)
                    .forEach(ClaimQuery(),
                        [this](const Claim& c) {
                            m_all << c;
                            return true;
                        })
                    .ok());
        QCOMPARE(m_all.size(), 1500);
    }

    // Every sort, both directions, under every filter: the model's rows are the
    // claims the definition selects, in the order it defines.
    void modelMatchesDefinition_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("queue") << -1 << int(Qt::AscendingOrder);
        for (int c = 0; c < ClaimQueueModel::ColumnCount; ++c) {
            for (Qt::SortOrder o : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                QTest::addRow("column %d %s", c, o == Qt::AscendingOrder ? "asc" : "desc")
                    << c << int(o);
            }
        }
    }
    // Waits for the rows asked for, then has every page of them read; false when
    // they do not arrive.
    static bool readAll(ClaimQueueModel& model)
    {
        if (!QTest::qWaitFor([&] { return !model.isReading(); }))
            return false;
        for (int row = 0; row < model.rowCount(); row += 200)
            (void)model.claimIdAt(row); // asks for the page
        return QTest::qWaitFor([&] { return !model.isReading(); });
    }

    void modelMatchesDefinition()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        ClaimQueueModel model(m_db->location(), nullptr, [this] { return m_end; });
        model.sort(column, Qt::SortOrder(order));
        const QList<ClaimQuery> all = filters();
        QCOMPARE(all.size(), 9); // the book has names and national IDs to search for
        for (qsizetype f = 0; f < all.size(); ++f) {
            ClaimQuery filter = all.at(f);
            filter.sort = model.query().sort;
            filter.descending = model.query().descending;
            model.setQuery(filter);
            QVERIFY(readAll(model));
            QList<Claim> expected;
            for (const Claim& c : std::as_const(m_all)) {
                if (matches(filter, c))
                    expected << c;
            }
            std::stable_sort(expected.begin(), expected.end(),
                [&](const Claim& a, const Claim& b) { return lessThan(filter, a, b); });
            QVERIFY2(!expected.isEmpty(), "each filter selects some claims");
            QCOMPARE(model.rowCount(), expected.size());
            for (int row = 0; row < expected.size(); ++row) {
                if (model.claimIdAt(row) != expected.at(row).id)
                    QFAIL(qPrintable(QStringLiteral("row %1 of %2 (filter %3): %4, expected %5")
                                         .arg(row)
                                         .arg(expected.size())
                                         .arg(f)
                                         .arg(model.claimIdAt(row), expected.at(row).id)));
            }
        }
    }

    // A claim still being filed in the chat is a draft: not open work, so the
    // queue's default view (Open) leaves it out; the Draft filter finds it.
    void draftsAreLeftOutOfOpenWork()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimRepository claims(db);
        NewClaim c;
        c.amount = Money::fromUnits(100);
        c.status = ClaimStatus::Draft;
        const auto draft = claims.create(c, QStringLiteral("intake"));
        QVERIFY2(draft, qPrintable(draft.error()));
        c.status = ClaimStatus::Submitted;
        QVERIFY(claims.create(c, QStringLiteral("t")));
        ClaimQueueModel model(db.location(), nullptr, [this] { return m_end; });
        const auto rowsFor = [&](const ClaimQuery& q) {
            model.setQuery(q);
            return readAll(model) ? model.rowCount() : -1;
        };
        ClaimQuery open;
        open.openOnly = true;
        QCOMPARE(rowsFor(open), 1);
        ClaimQuery drafts;
        drafts.status = ClaimStatus::Draft;
        QCOMPARE(rowsFor(drafts), 1);
        QCOMPARE(model.claimIdAt(0), draft->id);
        QCOMPARE(model.data(model.index(0, ClaimQueueModel::StatusColumn)).toString(),
            claimStatusLabel(ClaimStatus::Draft));
        QCOMPARE(rowsFor(ClaimQuery()), 2);
        // Handed in, it is open work.
        QVERIFY(claims.markSubmitted(draft->id, QStringLiteral("intake")));
        QCOMPARE(rowsFor(open), 2);
    }

    void searchIsToldByItsForm()
    {
        QCOMPARE(ClaimQuery::searchKind(QStringLiteral("  ")), ClaimQuery::SearchKind::None);
        QCOMPARE(
            ClaimQuery::searchKind(QStringLiteral("cd-2026")), ClaimQuery::SearchKind::ClaimId);
        QCOMPARE(
            ClaimQuery::searchKind(QStringLiteral("H20261121")), ClaimQuery::SearchKind::ClaimId);
        QCOMPARE(ClaimQuery::searchKind(QStringLiteral("1-1012-00123-45-1")),
            ClaimQuery::SearchKind::NationalId);
        QCOMPARE(ClaimQuery::searchKind(QStringLiteral("Hathai")), ClaimQuery::SearchKind::Name);
        QCOMPARE(ClaimQuery::searchKind(QStringLiteral("สมชาย")), ClaimQuery::SearchKind::Name);
    }

    void sortingKeepsTheFilterAndResetsOnce()
    {
        ClaimQueueModel model(m_db->location(), nullptr, [this] { return m_end; });
        ClaimQuery q;
        q.type = ClaimType::Health;
        model.setQuery(q);
        QVERIFY(readAll(model));
        const int rows = model.rowCount();
        QVERIFY(rows > 200); // more than the first page
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy joined(&model, &QAbstractItemModel::rowsInserted);
        int rowsAtReset = -1;
        connect(
            &model, &QAbstractItemModel::modelReset, this, [&] { rowsAtReset = model.rowCount(); });
        model.sort(ClaimQueueModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(reset.count(), 0); // the rows come from a worker
        QVERIFY(reset.wait());
        // the first page at once; the others join when they are counted, without a reset
        QCOMPARE(rowsAtReset, 200);
        QTRY_COMPARE(joined.count(), 1);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(joined.first().at(1).toInt(), 200);
        QCOMPARE(joined.first().at(2).toInt(), rows - 1);
        QCOMPARE(model.query().type, ClaimType::Health);
        QCOMPARE(model.query().sort, QueueSort::Amount);
        QVERIFY(model.query().descending);
        model.sort(ClaimQueueModel::AmountColumn, Qt::DescendingOrder); // no change: no read
        QVERIFY(!model.isReading());
        QCOMPARE(reset.count(), 1);
        model.sort(-1);
        QCOMPARE(model.query().sort, QueueSort::Queue);
        QVERIFY(!model.query().descending);
    }

    // The queue is read on a worker: filtering, sorting and scrolling run no
    // statement on this thread, and a page beyond the first arrives as dataChanged.
    void theQueueIsReadOffThisThread()
    {
        std::optional<Test::GuiThreadQueryWatch> watch(std::in_place, *m_db);
        {
            ClaimQueueModel model(m_db->location(), nullptr, [this] { return m_end; });
            QTRY_VERIFY(!model.isReading()); // the count and the first page
            QVERIFY(model.rowCount() > 400);
            QVERIFY(model.claimIdAt(450).isEmpty()); // page 2 is not read yet
            QSignalSpy arrived(&model, &QAbstractItemModel::dataChanged);
            QVERIFY(!model.data(model.index(450, ClaimQueueModel::IdColumn)).isValid());
            QVERIFY(arrived.wait());
            QCOMPARE(arrived.first().at(0).toModelIndex().row(), 400);
            QVERIFY(!model.claimIdAt(450).isEmpty());
            ClaimQuery q;
            q.type = ClaimType::CarDamage;
            model.setQuery(q);
            model.sort(ClaimQueueModel::AmountColumn, Qt::DescendingOrder);
            QVERIFY(readAll(model));
        }
        Test::verifyNoGuiThreadQueries(watch);
    }

    void ageIsShownAgainstTheSla()
    {
        ClaimQueueModel model(m_db->location(), nullptr, [this] { return m_end; });
        QVERIFY(readAll(model));
        model.setSlaDays(10);
        const QBrush late(QColor(0xc6, 0x28, 0x28));
        int open = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Claim& c = *std::find_if(m_all.cbegin(), m_all.cend(),
                [&](const Claim& x) { return x.id == model.claimIdAt(row); });
            const QVariant color
                = model.data(model.index(row, ClaimQueueModel::AgeColumn), Qt::ForegroundRole);
            const qint64 days = c.createdAt.daysTo(m_end);
            if (!isOpen(c.status)) {
                QVERIFY(!color.isValid());
                continue;
            }
            ++open;
            QCOMPARE(color.isValid() && color.value<QBrush>() == late, days > 10);
            if (days <= 7)
                QVERIFY(!color.isValid());
        }
        QVERIFY(open > 0);
    }

    // Each facet is counted under the other filters but not its own.
    void countsAreFaceted()
    {
        ClaimQuery q;
        q.type = ClaimType::Health;
        q.status = ClaimStatus::Submitted;
        const auto counts = QueueCounts::read(*m_db, q);
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QHash<int, qint64> status, type, risk, decision;
        qint64 total = 0;
        for (const Claim& c : std::as_const(m_all)) {
            const bool healthy = c.type == ClaimType::Health;
            const bool submitted = c.status == ClaimStatus::Submitted;
            total += healthy && submitted;
            if (healthy)
                ++status[int(c.status)];
            if (submitted)
                ++type[int(c.type)];
            if (healthy && submitted) {
                ++risk[int(c.riskLevel)];
                ++decision[c.finalDecision ? int(*c.finalDecision) : -1];
            }
        }
        QCOMPARE(counts->total, total);
        QCOMPARE(counts->byStatus, status);
        QCOMPARE(counts->byType, type);
        QCOMPARE(counts->byRisk, risk);
        QCOMPARE(counts->byDecision, decision);
    }

    void countsJobAnswersTheLatestQuery()
    {
        QueueCountsJob job(m_db->location());
        QSignalSpy ready(&job, &QueueCountsJob::ready);
        ClaimQuery first;
        first.type = ClaimType::Health;
        ClaimQuery latest;
        latest.type = ClaimType::CarDamage;
        job.request(first);
        job.request(latest); // while the first runs: only this one is answered
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE(ready.count(), 1);
        const auto counts = ready.first().first().value<QueueCounts>();
        QCOMPARE(counts.total, *ClaimRepository(*m_db).count(latest));
    }

    void viewsRoundTrip()
    {
        QueueView view;
        view.name = QStringLiteral("ด่วน: high risk, mine");
        view.query.status = ClaimStatus::UnderReview;
        view.query.type = ClaimType::CarDamage;
        view.query.risk = RiskLevel::None;
        view.query.decision = FinalDecision::Quarantine;
        view.query.createdFrom = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        view.query.createdTo = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        view.query.assignee = QStringLiteral("somchai");
        view.query.search = QStringLiteral("สมชาย");
        view.query.sort = QueueSort::Amount;
        view.query.descending = true;
        const QList<QueueView> back = QueueView::fromJsonList(
            QueueView::toJsonList({ view, QueueView { QStringLiteral("all"), {} } }));
        QCOMPARE(back.size(), 2);
        const QueueView& v = back.first();
        QCOMPARE(v.name, view.name);
        QCOMPARE(v.query.status, view.query.status);
        QCOMPARE(v.query.type, view.query.type);
        QCOMPARE(v.query.risk, view.query.risk);
        QCOMPARE(v.query.decision, view.query.decision);
        QCOMPARE(v.query.createdFrom, view.query.createdFrom);
        QCOMPARE(v.query.createdTo, view.query.createdTo);
        QCOMPARE(v.query.assignee, view.query.assignee);
        QCOMPARE(v.query.search, view.query.search);
        QCOMPARE(v.query.sort, QueueSort::Amount);
        QVERIFY(v.query.descending);
        QVERIFY(!back.at(1).query.status);
        QCOMPARE(back.at(1).query.sort, QueueSort::Queue);
    }

    void malformedViewsAreReported()
    {
        QString error;
        QVERIFY(QueueView::fromJsonList("[{\"name\": \"x\"", &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
        error.clear();
        QVERIFY(QueueView::fromJsonList("{\"name\": \"x\"}", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("not a list")));
        // An unknown code turns that filter off; the view stays.
        const auto views = QueueView::fromJsonList(
            R"([{"name": "v", "status": "Lost", "sort": "colour", "type": "CD"}])");
        QCOMPARE(views.size(), 1);
        QVERIFY(!views.first().query.status);
        QCOMPARE(views.first().query.type, ClaimType::CarDamage);
        QCOMPARE(views.first().query.sort, QueueSort::Queue);
    }
};

QTEST_GUILESS_MAIN(TestTriageQueue)
#include "tst_triagequeue.moc"
