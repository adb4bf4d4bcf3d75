#include "decision/JsonLinesDecider.h"
#include "util/InputLimits.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ClaimDesk;

namespace {

QList<QJsonObject> runLines(const QByteArray& input, JsonLinesDecider::Stats* stats = nullptr,
    QDate asOf = QDate(2026, 6, 30))
{
    DecisionEngine engine;
    JsonLinesDecider decider(engine, asOf);
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto result = decider.run(in, out);
    if (!result)
        qFatal("run failed: %s", qPrintable(result.error()));
    if (stats)
        *stats = *result;
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.data().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("output line is not JSON: %s", line.constData());
        objects << doc.object();
    }
    return objects;
}

} // namespace

class TestJsonLinesDecider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidesTheSpecExamples()
    {
        const QByteArray input
            = R"({"claim_id":"C-1","claim_type":"health","claim_amount":1355,"service_date":"2026-01-05","diagnosis_code":"J10","in_network":false}
{"claim_id":"C-2","claim_type":"health","claim_amount":8500.00,"service_date":"2026-01-05","diagnosis_code":"S52","in_network":false,"is_emergency":true}
{"claim_id":"C-3","claim_type":"health","claim_amount":450,"service_date":"2026-01-05","diagnosis_code":"Z00"}
)";
        const auto out = runLines(input);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[0].value(u"claim_id").toString(), QStringLiteral("C-1"));
        QCOMPARE(out[0].value(u"reimbursement").toString(), QStringLiteral("707.20"));
        QCOMPARE(out[0].value(u"network_penalty").toString(), QStringLiteral("176.80"));
        QCOMPARE(out[0].value(u"priority").toString(), QStringLiteral("MEDIUM"));
        QCOMPARE(out[1].value(u"risk_score").toInt(), 40);
        QCOMPARE(out[1].value(u"risk_level").toString(), QStringLiteral("MEDIUM"));
        QCOMPARE(out[1].value(u"final_decision").toString(), QStringLiteral("STANDARD_REVIEW"));
        QCOMPARE(out[2].value(u"final_decision").toString(), QStringLiteral("AUTO_APPROVE"));
        QCOMPARE(out[2].value(u"quality_score").toInt(), 100);
        QCOMPARE(out[2].value(u"bronze_decision").toString(), QStringLiteral("ACCEPT"));
        const QJsonArray rules = out[1].value(u"rules").toArray();
        QVERIFY(!rules.isEmpty());
        QCOMPARE(rules.last().toObject().value(u"rule").toString(),
            QStringLiteral("gold.standard_review"));
        QVERIFY(!rules.first().toObject().value(u"text").toString().isEmpty());
    }

    void badLinesAreReportedAndTheRestGoesOn()
    {
        const QByteArray input
            = "{\"claim_id\":\"A\",\"claim_amount\":100}\n"
              "this is not json\n"
              "\n"
              "[1,2,3]\n"
              "{\"claim_id\":\"B\",\"claim_amount\":\"100\"}\n"
              "{\"claim_id\":\"C\",\"claim_amount\":null,\"service_date\":\"2026-02-30\"}\r\n"
              "{\"claim_id\": 17, \"claim_amount\": 1e3, \"claim_type\":\"H\", "
              "\"service_date\":\"2026-01-01\", \"diagnosis_code\":\"X\"}";
        JsonLinesDecider::Stats stats;
        const auto out = runLines(input, &stats);
        QCOMPARE(out.size(), 6);
        QCOMPARE(stats.lines, qint64(6));
        QCOMPARE(stats.failed, qint64(2));
        QCOMPARE(out[0].value(u"claim_id").toString(), QStringLiteral("A"));
        QCOMPARE(out[1].value(u"line").toInt(), 2);
        QVERIFY(out[1].value(u"error").toString().contains(u"not valid JSON"));
        QCOMPARE(out[2].value(u"line").toInt(), 4);
        QVERIFY(out[2].value(u"error").toString().contains(u"not a JSON object"));
        // A string amount is not a number: blocking.
        QCOMPARE(out[3].value(u"final_decision").toString(), QStringLiteral("REJECT"));
        QVERIFY(out[3].value(u"risk_score").isNull());
        QCOMPARE(out[3].value(u"reimbursement").toString(), QStringLiteral("0.00"));
        // Null amount is missing; 30 February is not a date.
        QCOMPARE(out[4].value(u"final_decision").toString(), QStringLiteral("REJECT"));
        const QJsonArray rules = out[4].value(u"rules").toArray();
        QStringList codes;
        for (const QJsonValue& v : rules)
            codes << v.toObject().value(u"rule").toString();
        QVERIFY(codes.contains(u"bronze.missing_amount"));
        QVERIFY(codes.contains(u"bronze.invalid_service_date"));
        // Numeric IDs and exponent amounts, last line without a newline.
        QCOMPARE(out[5].value(u"claim_id").toInt(), 17);
        QCOMPARE(out[5].value(u"reimbursement").toString(), QStringLiteral("600.00"));
    }

    void lineItemsAndFutureDates()
    {
        const QByteArray input
            = R"({"claim_id":"L","claim_type":"H","claim_amount":1000.00,"service_date":"2026-07-01","diagnosis_code":"X","line_items":[{"description":"a","amount":600},{"description":"b","amount":399.98}]})"
              "\n";
        const auto out = runLines(input);
        QCOMPARE(out.size(), 1);
        QStringList codes;
        for (const QJsonValue& v : out[0].value(u"rules").toArray())
            codes << v.toObject().value(u"rule").toString();
        QVERIFY(codes.contains(u"bronze.line_items_mismatch"));
        QVERIFY(codes.contains(u"bronze.service_date_in_future"));
        QVERIFY(codes.contains(u"bronze.line_items_bonus"));
        QCOMPARE(out[0].value(u"quality_score").toInt(), 95);
    }

    void aLongLineWithinTheLimitWorks()
    {
        const QByteArray notes(InputLimits::RecordLineBytes - 200, 'x');
        const QByteArray input = "{\"claim_id\":\"BIG\",\"claim_type\":\"H\",\"claim_amount\":450,"
                                 "\"service_date\":\"2026-01-01\","
                                 "\"diagnosis_code\":\"X\",\"treatment_notes\":\""
            + notes + "\"}\n{\"claim_id\":\"AFTER\",\"claim_amount\":1}\n";
        const auto out = runLines(input);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].value(u"claim_id").toString(), QStringLiteral("BIG"));
        QCOMPARE(out[0].value(u"quality_score").toInt(), 100);
        QCOMPARE(out[1].value(u"claim_id").toString(), QStringLiteral("AFTER"));
    }

    void aLineOverTheLimitEndsTheRunWithWhatCameBefore()
    {
        // /dev/zero, or a record without end: refused, not read into memory
        const QByteArray input = "{\"claim_id\":\"FIRST\",\"claim_amount\":1}\n{\"x\":\""
            + QByteArray(InputLimits::RecordLineBytes + 10, 'x')
            + "\"}\n{\"claim_id\":\"NEVER\"}\n";
        DecisionEngine engine;
        JsonLinesDecider decider(engine, QDate(2026, 6, 30));
        QBuffer in;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const auto result = decider.run(in, out);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"line 2 is longer than the limit of 1 MiB"),
            qPrintable(result.error()));
        QVERIFY(out.data().contains("FIRST"));
        QVERIFY(!out.data().contains("NEVER"));
    }

    void fieldsTheRulesReadAreTakenStrictly_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("a flag as text") << QByteArray(R"({"claim_id":"A","in_network":"false"})")
                                        << "in_network must be true, false or null";
        QTest::newRow("a number as a flag") << QByteArray(R"({"claim_id":"A","is_emergency":1})")
                                            << "is_emergency must be true, false or null";
        QTest::newRow("a key twice")
            << QByteArray(R"({"claim_id":"A","claim_amount":10,"claim_amount":20000})")
            << "claim_amount appears more than once";
    }
    void fieldsTheRulesReadAreTakenStrictly()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        const auto out = runLines(line + "\n");
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].value(u"error").toString(), error);
    }

    void aByteOrderMarkIsNotPartOfTheFirstRecord()
    {
        const auto out = runLines("\xEF\xBB\xBF{\"claim_id\":\"BOM\",\"claim_amount\":1}\n");
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].value(u"claim_id").toString(), QStringLiteral("BOM"));
    }

    void nullFlagsKeepTheirDefaults()
    {
        const auto out = runLines(R"({"claim_id":"N","claim_type":"H","claim_amount":1000,)"
                                  R"("service_date":"2026-01-01","diagnosis_code":"X",)"
                                  R"("in_network":null,"is_emergency":null})"
                                  "\n");
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].value(u"reimbursement").toString(), QStringLiteral("600.00"));
    }

    void manyLinesKeepTheirOrder()
    {
        QByteArray input;
        const int n = 30000;
        for (int i = 0; i < n; ++i)
            input += "{\"claim_id\":\"" + QByteArray::number(i)
                + "\",\"claim_type\":\"H\",\"claim_amount\":" + QByteArray::number(100 + i)
                + ".5,\"service_date\":\"2026-01-01\",\"diagnosis_code\":\"X\"}\n";
        const auto out = runLines(input);
        QCOMPARE(out.size(), n);
        for (int i = 0; i < n; i += 997) {
            QCOMPARE(out[i].value(u"claim_id").toString(), QString::number(i));
            const Money amount = *Money::parse(QString::number(100 + i) + QStringLiteral(".5"));
            const Money expected
                = std::max(Money(), amount - Money::fromUnits(250)).scaled(8000, 10000);
            QCOMPARE(out[i].value(u"reimbursement").toString(), expected.toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonLinesDecider)
#include "tst_jsonlinesdecider.moc"
