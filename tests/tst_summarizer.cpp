#include "decision/ClaimSummarizer.h"
#include "decision/DecisionEngine.h"

#include <QTest>

using namespace ClaimDesk;

namespace {

int sentences(const QString& text)
{
    return static_cast<int>(text.count(QStringLiteral(". "))) + (text.endsWith(u'.') ? 1 : 0);
}

Claim sampleClaim(const char* amount, bool inNetwork)
{
    Claim c;
    c.id = QStringLiteral("H-20260105-000007");
    c.type = ClaimType::Health;
    c.amount = Money::parse(std::string_view(amount));
    c.claimantName = QStringLiteral("Somchai Jaidee");
    c.providerName = QStringLiteral("Bangkok Hospital");
    c.diagnosisCode = QStringLiteral("J10");
    c.serviceDate = QDate(2026, 1, 5);
    c.inNetwork = inNetwork;
    return c;
}

StoredDecision decide(const Claim& c)
{
    StoredDecision d;
    d.claimId = c.id;
    d.rulesetVersion = QStringLiteral("spec-1");
    d.asOf = QDate(2026, 1, 10);
    d.result = DecisionEngine().decide(ClaimRecord::fromClaim(c), d.asOf);
    return d;
}

} // namespace

class TestSummarizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryStatesWhatDecisionRisksAndNextAction()
    {
        const Claim c = sampleClaim("10000", false);
        const ClaimSummary s = ClaimSummarizer().fallback(c, decide(c));
        QCOMPARE(s.source, QStringLiteral("fallback"));
        QVERIFY2(sentences(s.text) >= 3 && sentences(s.text) <= 4, qPrintable(s.text));
        QVERIFY(s.text.contains(c.id));
        QVERIFY(s.text.contains(u"10,000.00"));
        QVERIFY(s.text.contains(u"manual review"));
        QVERIFY(s.text.contains(u"6,240.00"));
        QVERIFY(s.text.contains(u"out-of-network provider"));
        QVERIFY(s.text.contains(u"senior adjuster"));
    }

    void autoApprovedClaimSaysPay()
    {
        const Claim c = sampleClaim("450", true);
        const ClaimSummary s = ClaimSummarizer().fallback(c, decide(c));
        QVERIFY(s.text.contains(u"No risk factor"));
        QVERIFY(s.text.contains(u"Next: pay 160.00."));
    }

    void rejectedClaimExplainsTheStop()
    {
        Claim c = sampleClaim("450", true);
        c.amount.reset();
        const ClaimSummary s = ClaimSummarizer().fallback(c, decide(c));
        QVERIFY(s.text.contains(u"stopped it at validation"));
        QVERIFY(s.text.contains(u"claim amount is missing"));
        QVERIFY(s.text.contains(u"resubmitted"));
    }

    void undecidedClaim()
    {
        const ClaimSummary s = ClaimSummarizer().fallback(sampleClaim("450", true), std::nullopt);
        QVERIFY(s.text.contains(u"not been decided"));
        QCOMPARE(sentences(s.text), 3);
    }
};

QTEST_GUILESS_MAIN(TestSummarizer)
#include "tst_summarizer.moc"
