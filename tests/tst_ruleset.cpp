#include "TestSupport.h"
#include "decision/RuleSet.h"
#include "team/BookRuleSet.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimDesk;

class TestRuleSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        QFile::remove(BookRuleSet::deskFilePath());
        QFile::remove(BookRuleSet::deskFilePath() + QStringLiteral(".moved"));
        DatabaseLocation::setChosenPath({});
    }

    void defaultsAreTheSpec()
    {
        const RuleSet r = RuleSet::defaults();
        QCOMPARE(r.deductible.toString(), QStringLiteral("250.00"));
        QCOMPARE(r.reimbursementRate.parts, qint64(8000));
        QCOMPARE(r.outOfNetworkFactor.parts, qint64(8000));
        QCOMPARE(r.riskHighAmountPoints, 30);
        QCOMPARE(r.highRiskAtLeast, 50);
        QCOMPARE(r.mediumRiskAtLeast, 25);
        QCOMPARE(r.roundAmounts.size(), std::size_t(4));
    }

    void roundTripsThroughJson()
    {
        RuleSet r;
        r.version = QStringLiteral("office-2");
        r.deductible = Money::fromCents(30050);
        r.outOfNetworkFactor = Rate { 7500 };
        r.roundAmounts = { Money::fromUnits(3000) };
        r.autoApproveRequiresInNetwork = false;
        r.claimWindowDays = 90;
        r.medicalProviders = { QStringLiteral("Samitivej"), QStringLiteral("บำรุงราษฎร์") };
        const auto back = RuleSet::fromJson(r.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->version, QStringLiteral("office-2"));
        QCOMPARE(back->deductible, r.deductible);
        QCOMPARE(back->outOfNetworkFactor, r.outOfNetworkFactor);
        QCOMPARE(back->roundAmounts, r.roundAmounts);
        QCOMPARE(back->autoApproveRequiresInNetwork, false);
        QCOMPARE(back->claimWindowDays, 90);
        QCOMPARE(back->medicalProviders, r.medicalProviders);
        QCOMPARE(back->medicalWords, RuleSet::defaultMedicalWords());
        QCOMPARE(back->toJson(), r.toJson());
    }

    void partialFileKeepsDefaults()
    {
        const auto r = RuleSet::fromJson(R"({"version": "v2", "coverage": {"deductible": 300}})");
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->deductible.toString(), QStringLiteral("300.00"));
        QCOMPARE(r->reimbursementRate.parts, qint64(8000));
    }

    void errorsNameEachBadKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("not JSON") << QByteArray("{nope") << QStringList { "not valid JSON" };
        QTest::newRow("not an object") << QByteArray("[1]") << QStringList { "JSON object" };
        QTest::newRow("unknown section")
            << QByteArray(R"({"bronze": {}})") << QStringList { "bronze: unknown section" };
        QTest::newRow("unknown key") << QByteArray(R"({"risk": {"emergency_pts": 5}})")
                                     << QStringList { "risk.emergency_pts: unknown key" };
        QTest::newRow("several bad keys") << QByteArray(
            R"({"version": "", "risk": {"emergency_points": 2.5, "round_amounts": [1000, "x"]},
                             "coverage": {"rate": 1.5, "deductible": "-3"}, "auto_approve": {"requires_in_network": "yes"}})")
                                          << QStringList { "version:", "risk.emergency_points",
                                                 "risk.round_amounts", "coverage.rate",
                                                 "coverage.deductible",
                                                 "auto_approve.requires_in_network", "6 problem" };
        QTest::newRow("bad provider list")
            << QByteArray(R"({"plausibility": {"medical_providers": ["ok name", 3, "x"],
                             "claim_window_days": 0}})")
            << QStringList { "plausibility.medical_providers", "plausibility.claim_window_days",
                   "2 problem" };
        // found by fuzz_ruleset: a number past long long's range was cast before
        // its range was checked (undefined behaviour)
        QTest::newRow("a number far out of range")
            << QByteArray(R"({"levels": {"high_at_least": 1.11111e+92}})")
            << QStringList { "levels.high_at_least: must be a whole number" };
        QTest::newRow("levels out of order")
            << QByteArray(R"({"levels": {"high_at_least": 20, "medium_at_least": 30}})")
            << QStringList { "levels.medium_at_least" };
    }
    void errorsNameEachBadKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        const auto r = RuleSet::fromJson(json);
        QVERIFY(!r.ok());
        for (const QString& m : mentions)
            QVERIFY2(r.error().contains(m), qPrintable(r.error()));
    }

    void theBookKeepsTheActiveSetWhenTheNewOneIsInvalid()
    {
        QTemporaryDir dir;
        const Database book = Test::openTempDatabase(dir);
        QCOMPARE(BookRuleSet::active(book)->version, RuleSet::defaults().version);
        auto saved
            = BookRuleSet::save(book, R"({"version": "office-3", "quality": {"bonus": 10}})");
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(BookRuleSet::active(book)->version, QStringLiteral("office-3"));
        auto bad = BookRuleSet::save(book, R"({"version": "office-4", "quality": {"bonus": -1}})");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(u"quality.bonus"));
        QCOMPARE(BookRuleSet::active(book)->version, QStringLiteral("office-3"));
        QCOMPARE(BookRuleSet::active(book)->bonusPoints, 10);
        QVERIFY(BookRuleSet::reset(book).ok());
        QCOMPARE(BookRuleSet::active(book)->version, RuleSet::defaults().version);
        QVERIFY2(BookRuleSet::describeSource(book)->contains(u"saved by"),
            qPrintable(*BookRuleSet::describeSource(book)));
    }

    // Rules set on one book never change what another decides by.
    void eachBookKeepsItsOwnRules()
    {
        QTemporaryDir dir;
        const Database first = Test::openTempDatabase(dir, QStringLiteral("first.sqlite"));
        const Database second = Test::openTempDatabase(dir, QStringLiteral("second.sqlite"));
        QVERIFY(BookRuleSet::save(first, R"({"version": "office-5"})").ok());
        QCOMPARE(BookRuleSet::active(first)->version, QStringLiteral("office-5"));
        QCOMPARE(BookRuleSet::active(second)->version, RuleSet::defaults().version);
    }

    // The rules file of earlier versions goes to the desk's own book (the one the
    // settings name), once; another book does not take it.
    void theDesksOldRulesFileMovesIntoItsBook()
    {
        QDir().mkpath(QFileInfo(BookRuleSet::deskFilePath()).absolutePath());
        QVERIFY(
            !Test::writtenFile(BookRuleSet::deskFilePath(), R"({"version": "desk-2"})").isEmpty());
        QTemporaryDir dir;
        const Database first = Test::openTempDatabase(dir, QStringLiteral("first.sqlite"));
        const Database second = Test::openTempDatabase(dir, QStringLiteral("second.sqlite"));
        QCOMPARE(BookRuleSet::active(second)->version, RuleSet::defaults().version);
        QVERIFY(QFile::exists(BookRuleSet::deskFilePath())); // not the desk's book: untouched
        DatabaseLocation::setChosenPath(dir.filePath(QStringLiteral("first.sqlite")));
        QCOMPARE(BookRuleSet::active(first)->version, QStringLiteral("desk-2"));
        QVERIFY(!QFile::exists(BookRuleSet::deskFilePath()));
        QVERIFY(QFile::exists(BookRuleSet::deskFilePath() + QStringLiteral(".moved")));
        QCOMPARE(BookRuleSet::active(first)->version, QStringLiteral("desk-2"));
        QCOMPARE(BookRuleSet::active(second)->version, RuleSet::defaults().version);
    }

    // A damaged old file is named and left where it is: nothing set by hand is lost.
    void aDamagedOldRulesFileIsNamedAndKept()
    {
        QDir().mkpath(QFileInfo(BookRuleSet::deskFilePath()).absolutePath());
        QVERIFY(!Test::writtenFile(BookRuleSet::deskFilePath(), R"({"version": )").isEmpty());
        QTemporaryDir dir;
        const Database book = Test::openTempDatabase(dir);
        DatabaseLocation::setChosenPath(dir.filePath(QStringLiteral("test.sqlite")));
        const auto rules = BookRuleSet::active(book);
        QVERIFY(!rules.ok());
        QVERIFY2(rules.error().contains(BookRuleSet::deskFilePath()), qPrintable(rules.error()));
        QVERIFY(QFile::exists(BookRuleSet::deskFilePath()));
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
