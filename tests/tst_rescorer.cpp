#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "claims/Rescorer.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClaimDesk;

namespace {

struct Book
{
    QTemporaryDir dir;
    Database db = Test::openTempDatabase(dir);
    QStringList open;
    QString closed;

    Book()
    {
        ClaimBook book(db, DecisionEngine());
        for (int i = 0; i < 30; ++i) {
            NewClaim c;
            c.amount = Money::fromUnits(1000 + 97 * i);
            c.serviceDate = QDate(2026, 1, 2);
            c.diagnosisCode = QStringLiteral("J10");
            open << book.file(c, QStringLiteral("t"))->id;
        }
        closed = open.takeLast();
        (void)book.claims().setStatus(closed, ClaimStatus::Paid, {}, QStringLiteral("t"));
    }
};

} // namespace

class TestRescorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openClaimsGetANewDecisionAndKeepTheOld()
    {
        Book b;
        RuleSet rules;
        rules.version = QStringLiteral("office-2");
        rules.deductible = Money::fromUnits(100);
        const std::atomic_bool canceled { false };
        qint64 lastDone = 0;
        auto n = Rescorer::rescore(b.db, DecisionEngine(rules), Rescorer::Scope::OpenClaims,
            QDate(2026, 2, 1), QDateTime::currentDateTimeUtc(), canceled,
            [&](qint64 done, qint64 total) {
                lastDone = done;
                QCOMPARE(total, qint64(29));
            });
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(*n, qint64(29));
        QCOMPARE(lastDone, qint64(29));

        DecisionRepository decisions(b.db);
        auto history = decisions.history(b.open.first());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).rulesetVersion, RuleSet::defaults().version);
        QCOMPARE(history->at(1).rulesetVersion, QStringLiteral("office-2"));
        QCOMPARE(history->at(0).result.reimbursement.toString(), QStringLiteral("600.00"));
        QCOMPARE(history->at(1).result.reimbursement.toString(), QStringLiteral("720.00"));
        QCOMPARE(ClaimRepository(b.db).find(b.open.first())->reimbursement.toString(),
            QStringLiteral("720.00"));
        QCOMPARE(decisions.history(b.closed)->size(), 1); // paid claims keep their decision
    }

    void backgroundRunReportsProgressAndFinishes()
    {
        Book b;
        Rescorer rescorer;
        QSignalSpy finished(&rescorer, &Rescorer::finished);
        QSignalSpy progress(&rescorer, &Rescorer::progressChanged);
        rescorer.start(b.db.location(), DecisionEngine(), QDate(2026, 2, 1));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toLongLong(), qint64(29));
        QVERIFY(progress.count() >= 1);
        QVERIFY(!rescorer.isRunning());
    }

    void cancelStopsAndKeepsEarlierDecisions()
    {
        Book b;
        const std::atomic_bool canceled { true };
        auto n = Rescorer::rescore(b.db, DecisionEngine(), Rescorer::Scope::OpenClaims,
            QDate(2026, 2, 1), QDateTime::currentDateTimeUtc(), canceled, {});
        QVERIFY(n.ok());
        QCOMPARE(*n, qint64(0));
        QCOMPARE(DecisionRepository(b.db).history(b.open.first())->size(), 1);
    }

    void allScopeIncludesClosedClaims()
    {
        Book b;
        const std::atomic_bool canceled { false };
        auto n = Rescorer::rescore(b.db, DecisionEngine(), Rescorer::Scope::AllClaims,
            QDate(2026, 2, 1), QDateTime::currentDateTimeUtc(), canceled, {});
        QVERIFY(n.ok());
        QCOMPARE(*n, qint64(30));
        QCOMPARE(DecisionRepository(b.db).history(b.closed)->size(), 2);
    }

    // Headlines only move when the decision moved: a rule change that flips ranks
    // must reorder the queue, one that does not must leave it alone.
    void headlinesFollowTheNewDecision()
    {
        Book b;
        RuleSet strict;
        strict.version = QStringLiteral("strict");
        strict.highRiskAtLeast = 0; // every accepted claim becomes HIGH risk
        strict.mediumRiskAtLeast = 0;
        const std::atomic_bool canceled { false };
        QVERIFY(Rescorer::rescore(b.db, DecisionEngine(strict), Rescorer::Scope::OpenClaims,
            QDate(2026, 2, 1), QDateTime::currentDateTimeUtc(), canceled, {})
                    .ok());
        ClaimRepository claims(b.db);
        for (const QString& id : b.open) {
            const Claim c = *claims.find(id);
            QCOMPARE(c.riskLevel, RiskLevel::High);
            QCOMPARE(*c.finalDecision, FinalDecision::ManualReview);
        }
        QCOMPARE(claims.find(b.closed)->riskLevel, RiskLevel::Low); // closed: untouched
        ClaimQuery high;
        high.risk = RiskLevel::High;
        QCOMPARE(*claims.count(high), qint64(29));
    }
};

QTEST_GUILESS_MAIN(TestRescorer)
#include "tst_rescorer.moc"
