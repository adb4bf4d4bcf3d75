#include "TestSupport.h"
#include "demo/SyntheticClaimGenerator.h"
#include "stats/ManagerFigures.h"
#include "stats/ManagerFiguresJob.h"
#include "storage/ClaimRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/LlmUsageRepository.h"
#include "storage/ResponseTimeRepository.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ClaimDesk;

namespace {

const QTimeZone Bangkok(7 * 3600);

QDateTime bangkok(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Bangkok);
}

struct Fixture
{
    ClaimType type;
    ClaimStatus status;
    QDateTime created;
    const char* reimbursement;
    FinalDecision decision;
    RiskLevel risk;
};

} // namespace

class TestManagerFigures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    QStringList m_ids; // in fixture order

    FigureFilter filter(QDate from, QDate to) const
    {
        FigureFilter f;
        f.from = from;
        f.to = to;
        f.zone = Bangkok;
        f.today = QDate(2026, 11, 10);
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
        // Figures worked out by hand below. The second claim is on 1 November in
        // Bangkok but still on 31 October in UTC: days are local.
        const Fixture fixtures[] = {
            { ClaimType::Health, ClaimStatus::Paid, bangkok(10, 31, 23, 30), "100.00",
                FinalDecision::AutoApprove, RiskLevel::Low },
            { ClaimType::CarDamage, ClaimStatus::Paid, bangkok(11, 1, 0, 10), "250.50",
                FinalDecision::StandardReview, RiskLevel::Medium },
            { ClaimType::Health, ClaimStatus::Approved, bangkok(11, 1, 10, 0), "999.00",
                FinalDecision::AutoApprove, RiskLevel::Low },
            { ClaimType::CarDamage, ClaimStatus::Submitted, bangkok(11, 2, 9, 0), "4000.00",
                FinalDecision::ManualReview, RiskLevel::High },
            { ClaimType::Health, ClaimStatus::Pending, bangkok(11, 3, 15, 0), "0.00",
                FinalDecision::Reject, RiskLevel::None },
            // Outside the range: never counted.
            { ClaimType::Health, ClaimStatus::Paid, bangkok(10, 20, 12, 0), "5000.00",
                FinalDecision::AutoApprove, RiskLevel::Low },
        };
        QList<DecidedClaim> claims;
        for (const Fixture& f : fixtures) {
            DecidedClaim c;
            c.claim.type = f.type;
            c.claim.status = f.status;
            c.claim.amount = Money::fromUnits(5000);
            c.createdAt = f.created;
            c.decision.reimbursement = *Money::parse(std::string_view(f.reimbursement));
            c.decision.finalDecision = f.decision;
            c.decision.riskLevel = f.risk;
            claims << c;
        }
        QVERIFY(ClaimRepository(*m_db).createMany(claims, QStringLiteral("t"), &m_ids).ok());
        QCOMPARE(m_ids.size(), 6);
    }

    void figuresOverARangeCrossingMonths()
    {
        const auto f = ManagerFigures::compute(*m_db, filter({ 2026, 10, 31 }, { 2026, 11, 3 }));
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(f->totalClaims, qint64(5));
        QCOMPARE(f->daily.size(), 4);
        QCOMPARE(f->daily[0].date, QDate(2026, 10, 31));
        QCOMPARE(f->daily[0].claims[0], qint64(1));
        QCOMPARE(f->daily[0].paid[0], Money::fromCents(10000));
        QCOMPARE(f->daily[1].claims[0], qint64(1));
        QCOMPARE(f->daily[1].claims[1], qint64(1));
        // Approved is not paid: only the Paid car claim's 250.50 counts on 1 November.
        QCOMPARE(f->daily[1].paid[0], Money());
        QCOMPARE(f->daily[1].paid[1], Money::fromCents(25050));
        QCOMPARE(f->daily[2].claims[1], qint64(1));
        QCOMPARE(f->daily[3].claims[0], qint64(1));
        QCOMPARE(f->paidTotal[0], Money::fromCents(10000));
        QCOMPARE(f->paidTotal[1], Money::fromCents(25050));
        QCOMPARE(f->decided(), qint64(5));
        QCOMPARE(f->autoApprovalRate(), std::optional<double>(40.0));
        QCOMPARE(f->backlog(), qint64(2));
        // Open: 2 November (8 days before the 10th) and 3 November (7 days).
        QCOMPARE(f->backlogByAge[int(BacklogAge::EightToFourteenDays)], qint64(1));
        QCOMPARE(f->backlogByAge[int(BacklogAge::FourToSevenDays)], qint64(1));
        QCOMPARE(f->byRisk[int(RiskLevel::Low)], qint64(2));
        QCOMPARE(f->byRisk[int(RiskLevel::None)], qint64(1));
        QCOMPARE(f->byDecision[int(FinalDecision::ManualReview)], qint64(1));
        // Nothing marked, nothing measured: no rate rather than a made-up zero.
        QVERIFY(!f->accuracyRate());
        QVERIFY(!f->averageResponseMs());
        const QJsonObject json = f->toJson();
        QVERIFY(json.value(u"accuracy_rate").isNull());
        QCOMPARE(json.value(u"paid_total_CD").toString(), QStringLiteral("250.50"));
        QCOMPARE(json.value(u"backlog").toInteger(), 2);
        QCOMPARE(json.value(u"daily").toArray().at(1).toObject().value(u"paid_CD").toString(),
            QStringLiteral("250.50"));
    }

    void typeFilter()
    {
        FigureFilter health = filter({ 2026, 10, 31 }, { 2026, 11, 3 });
        health.type = ClaimType::Health;
        const auto f = ManagerFigures::compute(*m_db, health);
        QVERIFY(f.ok());
        QCOMPARE(f->totalClaims, qint64(3));
        QCOMPARE(f->paidTotal[1], Money());
        QCOMPARE(f->autoApprovalRate(), std::optional<double>(66.67));
    }

    void emptyAndInvalidRanges()
    {
        const auto empty = ManagerFigures::compute(*m_db, filter({ 2025, 1, 1 }, { 2025, 1, 7 }));
        QVERIFY(empty.ok());
        QCOMPARE(empty->totalClaims, qint64(0));
        QCOMPARE(empty->daily.size(), 7); // every day, zeros included
        QVERIFY(!empty->autoApprovalRate());
        QCOMPARE(empty->backlog(), qint64(0));
        const auto backwards
            = ManagerFigures::compute(*m_db, filter({ 2026, 2, 1 }, { 2026, 1, 1 }));
        QVERIFY(!backwards.ok());
        QVERIFY(backwards.error().contains(u"2026-02-01"));
    }

    void accuracyAndResponseTimes()
    {
        DocumentRepository documents(*m_db);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            // The last document is on the claim outside the range.
            const QString claim = i < 3 ? m_ids[i] : m_ids[5];
            auto added = documents.add(claim, QByteArray("page ") + QByteArray::number(i),
                QStringLiteral("d%1.png").arg(i), QStringLiteral("image/png"), QStringLiteral("t"));
            QVERIFY(added.ok());
            ids << added->document.id;
        }
        QVERIFY(documents.setUseful(ids[0], true, QStringLiteral("t")).ok());
        QVERIFY(documents.setUseful(ids[1], true, QStringLiteral("t")).ok());
        QVERIFY(documents.setUseful(ids[2], false, QStringLiteral("t")).ok());
        QVERIFY(documents.setUseful(ids[3], false, QStringLiteral("t")).ok());
        ResponseTimeRepository responses(*m_db);
        QVERIFY(responses.record(m_ids[0], 1000, bangkok(10, 31, 23, 31)).ok());
        QVERIFY(responses.record(m_ids[1], 2001, bangkok(11, 1, 0, 11)).ok());
        QVERIFY(responses.record(m_ids[5], 9999, bangkok(10, 20, 12, 1)).ok());

        const auto f = ManagerFigures::compute(*m_db, filter({ 2026, 10, 31 }, { 2026, 11, 3 }));
        QVERIFY(f.ok());
        QCOMPARE(f->usefulDocuments, qint64(2));
        QCOMPARE(f->notUsefulDocuments, qint64(1));
        QCOMPARE(f->accuracyRate(), std::optional<double>(66.67));
        QCOMPARE(f->averageResponseMs(), std::optional<qint64>(1501)); // 1500.5 rounded up
        QCOMPARE(*responses.averageFor(m_ids[0]), std::optional<qint64>(1000));
        QVERIFY(
            !responses.record(QStringLiteral("H-20990101-000001"), 5, bangkok(11, 1, 0, 0)).ok());

        // Model costs come from the ledger, by call time; the type filter keeps the
        // calls about claims of that type.
        LlmUsageRepository ledger(*m_db);
        LlmUsage call;
        call.operation = QStringLiteral("summary");
        call.model = QStringLiteral("m");
        call.outcome = QStringLiteral("ok");
        call.tokensIn = 100;
        call.tokensOut = 20;
        call.costMicros = 1500;
        call.at = bangkok(11, 2, 10, 0);
        call.claimId = m_ids[0]; // health
        QVERIFY(ledger.record(call).ok());
        call.claimId = m_ids[1]; // car
        QVERIFY(ledger.record(call).ok());
        call.at = bangkok(10, 1, 10, 0); // outside the range
        QVERIFY(ledger.record(call).ok());
        const auto withCosts
            = ManagerFigures::compute(*m_db, filter({ 2026, 10, 31 }, { 2026, 11, 3 }));
        QCOMPARE(withCosts->modelCalls, qint64(2));
        QCOMPARE(withCosts->modelTokens, qint64(240));
        QCOMPARE(withCosts->toJson().value(u"model_cost").toString(), QStringLiteral("0.003"));
        FigureFilter health = filter({ 2026, 10, 31 }, { 2026, 11, 3 });
        health.type = ClaimType::Health;
        QCOMPARE(ManagerFigures::compute(*m_db, health)->modelCostMicros, qint64(1500));
        QVERIFY(!responses.averageFor(m_ids[4])->has_value());
    }

    // On a synthetic book, each day's count per type equals the triage queue's
    // count for the query the chart opens when that bar is clicked.
    void daysAgreeWithTheQueueQueries()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        SyntheticClaimGenerator::Options options;
        options.count = 2000;
        options.days = 20;
        options.end = QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        QVERIFY(SyntheticClaimGenerator(options).generate(db, DecisionEngine()).ok());
        FigureFilter range = FigureFilter::lastDays(25, options.end, Bangkok);
        const auto f = ManagerFigures::compute(db, range);
        QVERIFY(f.ok());
        QCOMPARE(f->totalClaims, qint64(2000));
        ClaimRepository claims(db);
        QCOMPARE(*claims.count(range.claimQuery()), f->totalClaims);
        for (const DailyFigures& d : f->daily) {
            for (ClaimType type : { ClaimType::Health, ClaimType::CarDamage }) {
                ClaimQuery q = range.claimQuery(d.date);
                q.type = type;
                QCOMPARE(*claims.count(q), d.claims[int(type)]);
            }
        }
        ClaimQuery open = range.claimQuery();
        open.openOnly = true;
        QCOMPARE(*claims.count(open), f->backlog());
        for (int band = 0; band < BacklogAgeCount; ++band)
            QCOMPARE(*claims.count(range.backlogQuery(band)), f->backlogByAge[band]);
        QVERIFY(f->backlogByAge[int(BacklogAge::FifteenToThirtyDays)] > 0);
        ClaimQuery paid = range.claimQuery();
        paid.status = ClaimStatus::Paid;
        Money paidSum;
        QVERIFY(claims
                    .forEach(paid,
                        [&](const Claim& c) {
                            paidSum += c.reimbursement;
                            return true;
                        })
                    .ok());
        QCOMPARE(f->paidTotal[0] + f->paidTotal[1], paidSum);
        QVERIFY(paidSum > Money());
    }

    void jobDeliversTheLatestFilter()
    {
        ManagerFiguresJob job(m_db->location());
        QSignalSpy ready(&job, &ManagerFiguresJob::ready);
        job.request(filter({ 2025, 1, 1 }, { 2025, 1, 2 }));
        job.request(filter({ 2026, 10, 31 }, { 2026, 11, 3 })); // replaces the first
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().value<ManagerFigures>().totalClaims, qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestManagerFigures)
#include "tst_managerfigures.moc"
