#include "TestSupport.h"
#include "export/ClaimCsvExport.h"
#include "report/CsvWriter.h"
#include "storage/ClaimRepository.h"
#include "util/Text.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace ClaimDesk;

namespace {

QList<Text::CsvRecord> parse(const QByteArray& bytes)
{
    auto text = Text::decodeUtf8(bytes);
    if (!text)
        qFatal("not UTF-8: %s", qPrintable(text.error()));
    auto records = Text::parseCsv(*text);
    if (!records)
        qFatal("not CSV: %s", qPrintable(records.error()));
    return *records;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripThroughAParser()
    {
        const QStringList row { QStringLiteral("plain"), QStringLiteral("a, b"),
            QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"), QStringLiteral("cr\r\nlf"),
            QStringLiteral("สมชาย ใจดี"), QString(), QStringLiteral("-12.50") };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        QVERIFY(csv.writeRow(row));
        QVERIFY(csv.writeRow({ QStringLiteral("x") }));
        QVERIFY(buffer.data().endsWith("\r\n"));
        const auto records = parse(buffer.data());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].fields, row);
    }

    void formulaInjectionIsNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << "=SUM(A1:A9)"
                                << "'=SUM(A1:A9)";
        QTest::newRow("plus") << "+1+2"
                              << "'+1+2";
        QTest::newRow("minus formula") << "-2+3"
                                       << "'-2+3";
        QTest::newRow("at") << "@SUM(1)"
                            << "'@SUM(1)";
        QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\",\"y\")"
                                   << "'=HYPERLINK(\"http://x\",\"y\")";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("negative number") << "-12.50"
                                         << "-12.50";
        QTest::newRow("plus number") << "+66"
                                     << "+66";
        QTest::newRow("inside is fine") << "a=b"
                                        << "a=b";
    }
    void formulaInjectionIsNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter(&buffer).writeRow({ cell });
        const auto records = parse(buffer.data());
        QCOMPARE(records.first().fields.first(), written);
    }

    void claimsExportInEachFormat()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimRepository claims(db);
        NewClaim tricky;
        tricky.type = ClaimType::Health;
        tricky.claimantName = QStringLiteral("=HYPERLINK(\"http://evil\")");
        tricky.providerName = QStringLiteral("โรงพยาบาลกรุงเทพ, สาขา 2");
        tricky.memo = QStringLiteral("called \"twice\"\nno answer");
        tricky.amount = Money::fromCents(123450);
        tricky.serviceDate = QDate(2026, 11, 2);
        QVERIFY(claims.create(tricky, QStringLiteral("t")).ok());
        NewClaim car;
        car.type = ClaimType::CarDamage;
        car.status = ClaimStatus::Paid;
        car.claimantName = QStringLiteral("สมหญิง รักดี");
        car.amount = Money::fromCents(50000);
        QVERIFY(claims.create(car, QStringLiteral("t")).ok());

        QHash<CsvFormat, QByteArray> bytes;
        auto run = [&](CsvFormat format, ClaimQuery query = {}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            const auto written
                = ClaimCsvExport(db, format, query, QTimeZone(7 * 3600)).write(&buffer);
            if (!written)
                qFatal("export failed: %s", qPrintable(written.error()));
            bytes.insert(format, buffer.data());
            return parse(buffer.data());
        };

        const auto detailed = run(CsvFormat::Detailed);
        QCOMPARE(detailed.size(), 3); // one header row, two claims
        // For spreadsheets: a UTF-8 byte-order mark, so Thai headers open as Thai;
        // the machine formats start with their header.
        QVERIFY(bytes.value(CsvFormat::Detailed).startsWith("\xEF\xBB\xBF"));
        const QStringList header = detailed[0].fields;
        const int name = int(header.indexOf(QStringLiteral("Claimant")));
        const int memo = int(header.indexOf(QStringLiteral("Memo")));
        const int provider = int(header.indexOf(QStringLiteral("Provider")));
        QVERIFY(name >= 0 && memo >= 0 && provider >= 0);
        for (const auto& r : detailed)
            QCOMPARE(r.fields.size(), header.size());
        // Rows are in creation order, ties by ID; find each claim's row by its ID.
        auto rowOf = [](const QList<Text::CsvRecord>& rows, const QString& prefix) {
            for (const auto& r : rows) {
                if (r.fields.first().startsWith(prefix))
                    return r.fields;
            }
            return QStringList();
        };
        const QStringList h = rowOf(detailed, QStringLiteral("H-"));
        QCOMPARE(h[name], QStringLiteral("'=HYPERLINK(\"http://evil\")"));
        QCOMPARE(h[memo], tricky.memo);
        QCOMPARE(h[provider], tricky.providerName);
        QCOMPARE(rowOf(detailed, QStringLiteral("CD-"))[name], car.claimantName);

        const auto sheets = run(CsvFormat::Sheets);
        QCOMPARE(sheets.size(), 3);
        QVERIFY(bytes.value(CsvFormat::Sheets).startsWith("claim_id,"));
        const QStringList keys = sheets[0].fields;
        QCOMPARE(keys.first(), QStringLiteral("claim_id"));
        const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QRegularExpression plainNumber(QStringLiteral("^\\d+\\.\\d{2}$"));
        const QStringList hs = rowOf(sheets, QStringLiteral("H-"));
        const QStringList cds = rowOf(sheets, QStringLiteral("CD-"));
        QVERIFY(isoDate.match(hs[keys.indexOf(QStringLiteral("created_date"))]).hasMatch());
        QCOMPARE(hs[keys.indexOf(QStringLiteral("service_date"))], QStringLiteral("2026-11-02"));
        QCOMPARE(hs[keys.indexOf(QStringLiteral("amount"))], QStringLiteral("1234.50"));
        QVERIFY(plainNumber.match(cds[keys.indexOf(QStringLiteral("amount"))]).hasMatch());
        QCOMPARE(cds[keys.indexOf(QStringLiteral("status"))], QStringLiteral("Paid"));

        const auto summary = run(CsvFormat::Summary);
        QCOMPARE(summary.size(), 3);
        QCOMPARE(summary[1].fields,
            QStringList({ QStringLiteral("H"), QStringLiteral("Submitted"), QStringLiteral("1"),
                QStringLiteral("1234.50"), QStringLiteral("0.00") }));
        QCOMPARE(summary[2].fields.mid(0, 4),
            QStringList({ QStringLiteral("CD"), QStringLiteral("Paid"), QStringLiteral("1"),
                QStringLiteral("500.00") }));

        ClaimQuery paidOnly;
        paidOnly.status = ClaimStatus::Paid;
        QCOMPARE(run(CsvFormat::Sheets, paidOnly).size(), 2);
    }

    void cancelStopsWithAnError()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        QVERIFY(ClaimRepository(db).create(NewClaim(), QStringLiteral("t")).ok());
        std::atomic_bool cancel = true;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto r = ClaimCsvExport(db, CsvFormat::Sheets).write(&buffer, {}, &cancel);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(u"cancelled"));
    }

    void csvFormatNames()
    {
        QCOMPARE(csvFormatFromName(QStringLiteral("Sheets")), std::optional(CsvFormat::Sheets));
        QVERIFY(!csvFormatFromName(QStringLiteral("xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
