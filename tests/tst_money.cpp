#include "util/Money.h"
#include "util/NationalId.h"

#include <QTest>

using namespace ClaimDesk;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("integer") << "1355" << true << qint64(135500);
        QTest::newRow("two decimals") << "707.20" << true << qint64(70720);
        QTest::newRow("one decimal") << "0.5" << true << qint64(50);
        QTest::newRow("negative") << "-12.34" << true << qint64(-1234);
        QTest::newRow("half rounds away from zero") << "9.005" << true << qint64(901);
        QTest::newRow("negative half away from zero") << "-9.005" << true << qint64(-901);
        QTest::newRow("below half") << "9.0049" << true << qint64(900);
        QTest::newRow("exponent") << "1.2e3" << true << qint64(120000);
        QTest::newRow("negative exponent") << "12345e-2" << true << qint64(12345);
        QTest::newRow("no exactness lost") << "50000.01" << true << qint64(5000001);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("letters") << "12a" << false << qint64(0);
        QTest::newRow("two points") << "1.2.3" << false << qint64(0);
        QTest::newRow("overflow") << "99999999999999999999999" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const auto m = Money::parse(text);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->cents(), cents);
    }

    void format()
    {
        QCOMPARE(Money::fromCents(70720).toString(), QStringLiteral("707.20"));
        QCOMPARE(Money::fromCents(-50).toString(), QStringLiteral("-0.50"));
        QCOMPARE(Money::fromCents(5000001).toDisplayString(), QStringLiteral("50,000.01"));
        QCOMPARE(Money::fromCents(-123456789).toDisplayString(), QStringLiteral("-1,234,567.89"));
        QCOMPARE(Money::fromCents(99).toDisplayString(), QStringLiteral("0.99"));
    }

    void scaledRoundsHalfAwayFromZero()
    {
        // 1,105.00 x 0.64 = 707.20 exactly; 0.05 x 0.5 = 0.025 -> 0.03; -0.025 -> -0.03
        QCOMPARE(Money::fromCents(110500).scaled(6400, 10000).cents(), qint64(70720));
        QCOMPARE(Money::fromCents(5).scaled(1, 2).cents(), qint64(3));
        QCOMPARE(Money::fromCents(-5).scaled(1, 2).cents(), qint64(-3));
        QCOMPARE(Money::fromCents(7).scaled(1, 3).cents(), qint64(2));
    }

    void rate()
    {
        QCOMPARE(Rate::parse("0.80")->parts, qint64(8000));
        QCOMPARE(Rate::parse("1")->parts, qint64(10000));
        QCOMPARE(Rate { 8000 }.toString(), QStringLiteral("0.80"));
        QCOMPARE(Rate { 8125 }.toString(), QStringLiteral("0.8125"));
        QVERIFY(!Rate::parse("x").has_value());
    }

    void nationalId_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("clean");
        QTest::addColumn<bool>("valid");
        QTest::newRow("the valid demo ID") << "3100701443816"
                                           << "3100701443816" << true;
        QTest::newRow("dashes and spaces") << "3-1007-01443-81 6"
                                           << "3100701443816" << true;
        QTest::newRow("Thai digits") << QStringLiteral("๓๑๐๐๗๐๑๔๔๓๘๑๖") << "3100701443816" << true;
        QTest::newRow("bad check digit") << "1111222233334"
                                         << "1111222233334" << false;
        QTest::newRow("too short") << "310070144381"
                                   << "310070144381" << false;
    }
    void nationalId()
    {
        QFETCH(QString, input);
        QFETCH(QString, clean);
        QFETCH(bool, valid);
        QCOMPARE(NationalId::clean(input), clean);
        QCOMPARE(NationalId::hasValidCheckDigit(NationalId::clean(input)), valid);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
