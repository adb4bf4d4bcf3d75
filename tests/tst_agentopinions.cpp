#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "storage/AgentOpinionRepository.h"

#include <QTest>

using namespace ClaimDesk;

class TestAgentOpinions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opinionsSitBesideTheRuleDecision()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        NewClaim c;
        c.amount = Money::fromUnits(10000);
        c.inNetwork = false;
        const Claim claim = *book.file(c, QStringLiteral("t"));
        const auto rules = book.decisions().current(claim.id)->value();

        AgentOpinionRepository opinions(db);
        AgentOpinion o;
        o.model = QStringLiteral("test-model");
        o.promptVersion = QStringLiteral("gold-v1");
        o.decision = FinalDecision::StandardReview;
        o.confidence = 0.7;
        o.reasoning = QStringLiteral("Invoice matches the police report.");
        auto id = opinions.record(claim.id, rules.id, o);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        AgentOpinion failed;
        failed.model = QStringLiteral("test-model");
        failed.promptVersion = QStringLiteral("gold-v1");
        failed.error = QStringLiteral("timed out after 30 s");
        auto failedId = opinions.record(claim.id, rules.id, failed);
        QVERIFY(failedId.ok());

        const auto stored = *opinions.forClaim(claim.id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(*stored[0].opinion.decision, FinalDecision::StandardReview);
        QCOMPARE(*stored[0].decisionId, rules.id);
        QCOMPARE(stored[1].opinion.error, QStringLiteral("timed out after 30 s"));
        QVERIFY(!stored[1].opinion.decision);
        // The rule decision stays the decision of record.
        QCOMPARE(*book.claims().find(claim.id)->finalDecision, FinalDecision::ManualReview);

        QVERIFY(!opinions.accept(*failedId).ok());
        QVERIFY(opinions.accept(*id).ok());
        QVERIFY(!opinions.accept(*id).ok());
        QCOMPARE(opinions.forClaim(claim.id)->first().acceptedBy, db.login());
        QCOMPARE(book.claims().auditTrail(claim.id)->last().code(),
            QStringLiteral("agent_decision_accepted"));
    }
};

QTEST_GUILESS_MAIN(TestAgentOpinions)
#include "tst_agentopinions.moc"
