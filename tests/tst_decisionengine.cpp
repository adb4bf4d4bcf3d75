#include "TestSupport.h"
#include "decision/DecisionEngine.h"
#include "decision/RuleText.h"

#include <QTest>
#include <random>

using namespace ClaimDesk;

namespace {

// Changes applied to the spec's plain record in a data row (bit flags).
constexpr int NoClaimId = 1 << 0;
constexpr int NoClaimType = 1 << 1;
constexpr int NoServiceDate = 1 << 2;
constexpr int BadServiceDate = 1 << 3;
constexpr int NoDiagnosis = 1 << 4;
constexpr int FutureServiceDate = 1 << 5;
constexpr int Provider = 1 << 6;
constexpr int Notes = 1 << 7;
constexpr int MatchingItems = 1 << 8;
constexpr int MismatchedItems = 1 << 9;
constexpr int AmountAbsent = 1 << 10;
constexpr int AmountNotANumber = 1 << 11;
constexpr int ItemsOffByOneCent = 1 << 12;

const QDate AsOf(2026, 6, 30);

ClaimRecord build(const QString& amount, bool inNetwork, bool emergency, int changes)
{
    ClaimRecord r = Test::record(amount.toLatin1().constData(), inNetwork, emergency);
    r.hasClaimId = !(changes & NoClaimId);
    r.hasClaimType = !(changes & NoClaimType);
    if (changes & NoServiceDate)
        r.serviceDateState = ClaimRecord::Date::Absent;
    if (changes & BadServiceDate)
        r.serviceDateState = ClaimRecord::Date::Invalid;
    if (changes & FutureServiceDate)
        r.serviceDate = AsOf.addDays(1);
    r.hasDiagnosisCode = !(changes & NoDiagnosis);
    r.hasProviderName = changes & Provider;
    r.hasTreatmentNotes = changes & Notes;
    if (changes & (MatchingItems | MismatchedItems | ItemsOffByOneCent)) {
        r.lineItemCount = 2;
        r.lineItemsTotal = r.amount;
        if (changes & MismatchedItems)
            r.lineItemsTotal = r.amount + Money::fromCents(2);
        if (changes & ItemsOffByOneCent)
            r.lineItemsTotal = r.amount - Money::fromCents(1);
    }
    if (changes & AmountAbsent)
        r.amountState = ClaimRecord::Amount::Absent;
    if (changes & AmountNotANumber)
        r.amountState = ClaimRecord::Amount::NotANumber;
    return r;
}

} // namespace

class TestDecisionEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<bool>("inNetwork");
        QTest::addColumn<bool>("emergency");
        QTest::addColumn<int>("changes");
        QTest::addColumn<QString>("bronze");
        QTest::addColumn<int>("quality");
        QTest::addColumn<QString>("reimbursement");
        QTest::addColumn<QString>("penalty");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<int>("risk"); // -1: null
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("decision");

        // The spec's worked examples.
        QTest::newRow("spec: 10,000 out of network, quality 65")
            << "10000" << false << false << (NoClaimType | NoDiagnosis | Provider) << "ACCEPT" << 65
            << "6240.00"
            << "1560.00"
            << "HIGH" << 75 << "HIGH"
            << "MANUAL_REVIEW";
        QTest::newRow("spec: 8,500 out of network emergency")
            << "8500" << false << true << 0 << "ACCEPT" << 100 << "5280.00"
            << "1320.00"
            << "HIGH" << 40 << "MEDIUM"
            << "STANDARD_REVIEW";
        QTest::newRow("spec: 450 in network routine")
            << "450" << true << false << 0 << "ACCEPT" << 100 << "160.00"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "AUTO_APPROVE";
        QTest::newRow("spec: 3,000 in network accident")
            << "3000" << true << false << 0 << "ACCEPT" << 100 << "2200.00"
            << "0.00"
            << "MEDIUM" << 0 << "LOW"
            << "STANDARD_REVIEW";
        // Reimbursement examples.
        QTest::newRow("1,000 in network")
            << "1000" << true << false << 0 << "ACCEPT" << 100 << "600.00"
            << "0.00"
            << "LOW" << 10 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("1,000 out of network")
            << "1000" << false << false << 0 << "ACCEPT" << 100 << "480.00"
            << "120.00"
            << "LOW" << 30 << "MEDIUM"
            << "STANDARD_REVIEW";
        QTest::newRow("500 in network")
            << "500" << true << false << 0 << "ACCEPT" << 100 << "200.00"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "AUTO_APPROVE";
        QTest::newRow("1,355 out of network")
            << "1355" << false << false << 0 << "ACCEPT" << 100 << "707.20"
            << "176.80"
            << "MEDIUM" << 20 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("below the deductible")
            << "200" << true << false << 0 << "ACCEPT" << 100 << "0.00"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "AUTO_APPROVE";
        QTest::newRow("odd cents round half away")
            << "250.05" << false << false << 0 << "ACCEPT" << 100 << "0.03"
            << "0.01"
            << "LOW" << 20 << "LOW"
            << "STANDARD_REVIEW";
        // Boundaries.
        QTest::newRow("500.01 is not auto-approved")
            << "500.01" << true << false << 0 << "ACCEPT" << 100 << "200.01"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("500 out of network is not auto-approved")
            << "500" << false << false << 0 << "ACCEPT" << 100 << "160.00"
            << "40.00"
            << "LOW" << 20 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("1,000.01 is medium priority")
            << "1000.01" << true << false << 0 << "ACCEPT" << 100 << "600.01"
            << "0.00"
            << "MEDIUM" << 0 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("5,000 is round, not elevated")
            << "5000" << true << false << 0 << "ACCEPT" << 100 << "3800.00"
            << "0.00"
            << "MEDIUM" << 10 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("5,000.01 is elevated")
            << "5000.01" << true << false << 0 << "ACCEPT" << 100 << "3800.01"
            << "0.00"
            << "MEDIUM" << 15 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("9,999.99 is elevated, medium priority")
            << "9999.99" << true << false << 0 << "ACCEPT" << 100 << "7799.99"
            << "0.00"
            << "MEDIUM" << 15 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("10,000 is high value and round")
            << "10000" << true << false << 0 << "ACCEPT" << 100 << "7800.00"
            << "0.00"
            << "HIGH" << 40 << "MEDIUM"
            << "STANDARD_REVIEW";
        QTest::newRow("50,000 has no warning")
            << "50000" << true << false << 0 << "ACCEPT" << 100 << "39800.00"
            << "0.00"
            << "HIGH" << 30 << "MEDIUM"
            << "STANDARD_REVIEW";
        QTest::newRow("50,000.01 has the warning")
            << "50000.01" << true << false << 0 << "ACCEPT" << 95 << "39800.01"
            << "0.00"
            << "HIGH" << 30 << "MEDIUM"
            << "STANDARD_REVIEW";
        QTest::newRow("risk 50 is HIGH")
            << "10000.01" << false << false << 0 << "ACCEPT" << 100 << "6240.01"
            << "1560.00"
            << "HIGH" << 50 << "HIGH"
            << "MANUAL_REVIEW";
        QTest::newRow("risk 25 is MEDIUM")
            << "1500" << false << true << 0 << "ACCEPT" << 100 << "800.00"
            << "200.00"
            << "HIGH" << 25 << "MEDIUM"
            << "STANDARD_REVIEW";
        QTest::newRow("risk under 25 is LOW")
            << "1500" << false << false << Notes << "ACCEPT" << 100 << "800.00"
            << "200.00"
            << "MEDIUM" << 20 << "LOW"
            << "STANDARD_REVIEW";
        // Blocking issues.
        QTest::newRow("no claim id")
            << "450" << true << false << NoClaimId << "REJECT" << 80 << "0.00"
            << "0.00"
            << "" << -1 << ""
            << "REJECT";
        QTest::newRow("amount absent")
            << "450" << true << false << AmountAbsent << "REJECT" << 80 << "0.00"
            << "0.00"
            << "" << -1 << ""
            << "REJECT";
        QTest::newRow("amount not a number")
            << "450" << true << false << AmountNotANumber << "REJECT" << 80 << "0.00"
            << "0.00"
            << "" << -1 << ""
            << "REJECT";
        QTest::newRow("amount zero") << "0" << true << false << 0 << "REJECT" << 80 << "0.00"
                                     << "0.00"
                                     << "" << -1 << ""
                                     << "REJECT";
        QTest::newRow("amount negative") << "-10" << true << false << 0 << "REJECT" << 80 << "0.00"
                                         << "0.00"
                                         << "" << -1 << ""
                                         << "REJECT";
        // Data issues and quarantine.
        QTest::newRow("missing diagnosis: not auto-approved")
            << "450" << true << false << NoDiagnosis << "ACCEPT" << 80 << "160.00"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("invalid service date")
            << "450" << true << false << BadServiceDate << "ACCEPT" << 80 << "160.00"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("two data issues: quality 60 passes, low-quality risk")
            << "450" << true << false << (NoServiceDate | NoClaimType) << "ACCEPT" << 60 << "160.00"
            << "0.00"
            << "LOW" << 15 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("three data issues quarantine")
            << "450" << true << false << (NoServiceDate | NoClaimType | NoDiagnosis) << "QUARANTINE"
            << 40 << "0.00"
            << "0.00"
            << "" << -1 << ""
            << "QUARANTINE";
        QTest::newRow("two issues and a warning quarantine")
            << "60000" << true << false << (NoClaimType | NoDiagnosis) << "QUARANTINE" << 55
            << "0.00"
            << "0.00"
            << "" << -1 << ""
            << "QUARANTINE";
        // Warnings and bonuses.
        QTest::newRow("future service date")
            << "450" << true << false << FutureServiceDate << "ACCEPT" << 95 << "160.00"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "AUTO_APPROVE";
        QTest::newRow("line items that do not add up")
            << "450" << true << false << MismatchedItems << "ACCEPT" << 100 << "160.00"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "AUTO_APPROVE";
        QTest::newRow("line items off by one cent are fine")
            << "450" << true << false << (ItemsOffByOneCent | Provider) << "ACCEPT" << 100
            << "160.00"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "AUTO_APPROVE";
        QTest::newRow("bonuses make up for a data issue")
            << "450" << true << false << (NoDiagnosis | Provider | Notes | MatchingItems)
            << "ACCEPT" << 95 << "160.00"
            << "0.00"
            << "LOW" << 0 << "LOW"
            << "STANDARD_REVIEW";
        QTest::newRow("quality is capped at 100")
            << "60000" << true << false << (Provider | Notes | MatchingItems) << "ACCEPT" << 100
            << "47800.00"
            << "0.00"
            << "HIGH" << 30 << "MEDIUM"
            << "STANDARD_REVIEW";
    }

    void decide()
    {
        QFETCH(QString, amount);
        QFETCH(bool, inNetwork);
        QFETCH(bool, emergency);
        QFETCH(int, changes);
        const DecisionResult r
            = DecisionEngine().decide(build(amount, inNetwork, emergency, changes), AsOf);
        QTEST(bronzeDecisionCode(r.bronze), "bronze");
        QTEST(r.qualityScore, "quality");
        QTEST(r.reimbursement.toString(), "reimbursement");
        QTEST(r.networkPenalty.toString(), "penalty");
        QTEST(priorityCode(r.priority), "priority");
        QTEST(r.riskScore.value_or(-1), "risk");
        QTEST(riskLevelCode(r.riskLevel), "level");
        QTEST(finalDecisionCode(r.finalDecision), "decision");
    }

    void explanationListsTheRulesInOrder()
    {
        const DecisionResult r = DecisionEngine().decide(
            build(QStringLiteral("10000"), false, false, NoClaimType | NoDiagnosis | Provider),
            AsOf);
        QStringList codes;
        int riskPoints = 0;
        for (int i = 0; i < r.ruleCount; ++i) {
            codes << QLatin1String(ruleCode(r.rules[i].rule));
            if (RuleText::layer(r.rules[i].rule) == u"gold")
                riskPoints += r.rules[i].points;
        }
        QCOMPARE(codes,
            QStringList({ "bronze.missing_claim_type", "bronze.missing_diagnosis_code",
                "bronze.provider_name_bonus", "silver.out_of_network_reduction",
                "silver.priority_high_amount", "gold.high_amount", "gold.out_of_network",
                "gold.round_amount", "gold.low_quality", "gold.manual_review" }));
        QCOMPARE(riskPoints, *r.riskScore);
        const QString text = RuleText::describe(r.rules[5], RuleSet::defaults());
        QVERIFY2(text.contains(u"10,000.00") && text.contains(u"+30"), qPrintable(text));
    }

    void explanationSurvivesStorage()
    {
        const DecisionResult r
            = DecisionEngine().decide(build(QStringLiteral("8500"), false, true, Provider), AsOf);
        DecisionResult restored;
        restored.setExplanationJson(r.explanationJson());
        QCOMPARE(restored.ruleCount, r.ruleCount);
        for (int i = 0; i < r.ruleCount; ++i) {
            QCOMPARE(restored.rules[i].rule, r.rules[i].rule);
            QCOMPARE(restored.rules[i].points, r.rules[i].points);
        }
    }

    void customRulesAreUsed()
    {
        RuleSet rules;
        rules.deductible = Money::fromUnits(100);
        rules.reimbursementRate = Rate { 9000 };
        rules.autoApproveAtMost = Money::fromUnits(1000);
        rules.roundAmounts = {};
        const DecisionResult r
            = DecisionEngine(rules).decide(build(QStringLiteral("1000"), true, false, 0), AsOf);
        QCOMPARE(r.reimbursement.toString(), QStringLiteral("810.00"));
        QCOMPARE(*r.riskScore, 0);
        QCOMPARE(r.finalDecision, FinalDecision::AutoApprove);
    }

    // What a claim's documents show: each implausibility is a risk factor with
    // its own code and the rule set's points; a plausible claim gets none.
    void plausibilityRules_data()
    {
        QTest::addColumn<QString>("merchant");
        QTest::addColumn<QDate>("billDate");
        QTest::addColumn<QString>("alsoOn");
        QTest::addColumn<bool>("health");
        QTest::addColumn<QStringList>("fired");
        const QDate inPeriod(2026, 1, 10);
        const QString hospital = QStringLiteral("Bangkok Hospital Phuket");
        QTest::newRow("plausible") << hospital << inPeriod << QString() << true << QStringList();
        QTest::newRow("Thai clinic")
            << QStringLiteral("คลินิกหมอสมชาย") << inPeriod << QString() << true << QStringList();
        QTest::newRow("bookshop") << QStringLiteral("POPULAR BOOK CO") << inPeriod << QString()
                                  << true
                                  << QStringList { QStringLiteral(
                                         "plausibility.non_medical_merchant") };
        QTest::newRow("bookshop on a car claim")
            << QStringLiteral("POPULAR BOOK CO") << inPeriod << QString() << false << QStringList();
        QTest::newRow("misread merchant")
            << QStringLiteral("a1 .") << inPeriod << QString() << true << QStringList();
        QTest::newRow("2018 receipt")
            << hospital << QDate(2018, 12, 25) << QString() << true
            << QStringList { QStringLiteral("plausibility.outside_policy_period"),
                   QStringLiteral("plausibility.outside_claim_window") };
        QTest::newRow("on another claim")
            << hospital << inPeriod << QStringLiteral("H-20260101-000001") << true
            << QStringList { QStringLiteral("plausibility.duplicate_receipt") };
    }

    void plausibilityRules()
    {
        QFETCH(QString, merchant);
        QFETCH(QDate, billDate);
        QFETCH(QString, alsoOn);
        QFETCH(bool, health);
        QFETCH(QStringList, fired);
        ClaimRecord record = Test::record("450");
        PlausibilityEvidence evidence;
        evidence.health = health;
        evidence.filedOn = QDate(2026, 2, 1);
        evidence.policyPeriods = { { QDate(2026, 1, 1), QDate(2026, 12, 31) } };
        evidence.bills = { { merchant, billDate, alsoOn } };
        record.evidence = evidence;
        const RuleSet rules;
        const DecisionResult r = DecisionEngine(rules).decide(record, AsOf);
        QStringList codes;
        int points = 0;
        for (int i = 0; i < r.ruleCount; ++i) {
            if (QLatin1String(ruleCode(r.rules[i].rule)).startsWith(u"plausibility.")) {
                codes << QLatin1String(ruleCode(r.rules[i].rule));
                points += r.rules[i].points;
                QVERIFY(!RuleText::describe(r.rules[i], rules).isEmpty());
            }
        }
        QCOMPARE(codes, fired);
        QCOMPARE(*r.riskScore, points); // 450 in network, routine: nothing else
        QCOMPARE(r.finalDecision,
            fired.isEmpty() ? FinalDecision::AutoApprove
                            : (points >= rules.highRiskAtLeast ? FinalDecision::ManualReview
                                                               : FinalDecision::StandardReview));
    }

    // The administrator's provider list makes a merchant medical; the points and
    // the claim window come from the rule set.
    void plausibilityFollowsTheRuleSet()
    {
        ClaimRecord record = Test::record("450");
        PlausibilityEvidence evidence;
        evidence.health = true;
        evidence.filedOn = QDate(2026, 6, 1);
        evidence.bills = { { QStringLiteral("Sukhumvit Wellness Co"), QDate(2026, 3, 1), {} } };
        record.evidence = evidence;
        RuleSet rules;
        rules.nonMedicalMerchantPoints = 7;
        rules.claimWindowDays = 30;
        const DecisionResult before = DecisionEngine(rules).decide(record, AsOf);
        QVERIFY(before.fired(RuleId::NonMedicalMerchant));
        QVERIFY(before.fired(RuleId::OutsideClaimWindow));
        QCOMPARE(*before.riskScore, 7 + rules.outsideClaimWindowPoints);
        rules.medicalProviders = { QStringLiteral("sukhumvit wellness") };
        rules.claimWindowDays = 120;
        const DecisionResult after = DecisionEngine(rules).decide(record, AsOf);
        QVERIFY(!after.fired(RuleId::NonMedicalMerchant));
        QVERIFY(!after.fired(RuleId::OutsideClaimWindow));
        QCOMPARE(*after.riskScore, 0);
    }

    // Properties over generated claims: never negative, never above the amount,
    // the same input always gives the same output.
    void propertiesOverGeneratedClaims()
    {
        std::mt19937_64 rng(42);
        const DecisionEngine engine;
        for (int i = 0; i < 20000; ++i) {
            const qint64 cents = static_cast<qint64>(rng() % 20000000) - 100000;
            ClaimRecord r = build(Money::fromCents(cents).toString(), rng() % 2, rng() % 5 == 0,
                static_cast<int>(rng() % (1 << 10)) & ~(AmountAbsent | AmountNotANumber));
            const DecisionResult a = engine.decide(r, AsOf);
            const DecisionResult b = engine.decide(r, AsOf);
            QVERIFY(a.reimbursement >= Money());
            if (r.amount > Money())
                QVERIFY2(a.reimbursement <= r.amount, qPrintable(r.amount.toString()));
            QVERIFY(a.networkPenalty >= Money());
            QVERIFY(a.qualityScore >= 0 && a.qualityScore <= 100);
            QCOMPARE(a.explanationJson(), b.explanationJson());
            QCOMPARE(a.reimbursement, b.reimbursement);
            QCOMPARE(a.finalDecision, b.finalDecision);
            QCOMPARE(a.riskScore, b.riskScore);
            if (a.bronze != BronzeDecision::Accept) {
                QCOMPARE(a.reimbursement, Money());
                QVERIFY(!a.riskScore.has_value());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDecisionEngine)
#include "tst_decisionengine.moc"
