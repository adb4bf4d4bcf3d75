// Normalising what OCR reads: amounts, dates (Thai months, Buddhist era, Thai
// digits), national IDs with check-digit repair, GPS degrees.
#include "extract/FieldParsers.h"
#include "extract/PhotoMetadata.h"
#include "util/NationalId.h"

#include <QTest>

using namespace ClaimDesk;

class TestFieldParsers final : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("value"); // empty: not an amount
        QTest::newRow("plain") << "9.00"
                               << "9.00";
        QTest::newRow("thousands") << "1,234.50"
                                   << "1234.50";
        QTest::newRow("ringgit glued") << "RM9.00"
                                       << "9.00";
        QTest::newRow("ringgit spaced") << "RM 57.40"
                                        << "57.40";
        QTest::newRow("baht sign") << "฿1,250"
                                   << "1250.00";
        QTest::newRow("THB") << "THB 80.00"
                             << "80.00";
        QTest::newRow("baht word after") << "350 บาท"
                                         << "350.00";
        QTest::newRow("dollar") << "$8.20"
                                << "8.20";
        QTest::newRow("one decimal") << "43.7"
                                     << "43.70";
        QTest::newRow("decimal comma") << "9,60"
                                       << "9.60";
        QTest::newRow("O for zero") << "1O.5O"
                                    << "10.50";
        QTest::newRow("Thai digits") << "๑,๒๐๐.๕๐"
                                     << "1200.50";
        QTest::newRow("trailing dash") << "1,250.-"
                                       << "1250.00";
        QTest::newRow("word") << "TOTAL"
                              << "";
        QTest::newRow("date") << "25/12/2018"
                              << "";
        QTest::newRow("three decimals") << "1.234"
                                        << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void amounts()
    {
        QFETCH(QString, printed);
        QFETCH(QString, value);
        const auto m = FieldParsers::parseAmount(printed);
        QCOMPARE(m ? m->toString() : QString(), value);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso"); // empty: no date
        QTest::newRow("day first") << "Date : 25/12/2018 8:13:39 PM"
                                   << "2018-12-25";
        QTest::newRow("short year") << "12/03/18"
                                    << "2018-03-12";
        QTest::newRow("dashes") << "18-10-17"
                                << "2017-10-18";
        QTest::newRow("single digits") << "5/3/2018"
                                       << "2018-03-05";
        QTest::newRow("month first when it must") << "03/25/2018"
                                                  << "2018-03-25";
        QTest::newRow("year first") << "2016/05/01"
                                    << "2016-05-01";
        QTest::newRow("month name") << "05 MAR 2018"
                                    << "2018-03-05";
        QTest::newRow("month name slashes") << "02/JAN/2017"
                                            << "2017-01-02";
        QTest::newRow("US month name") << "OCT 3, 2016"
                                       << "2016-10-03";
        QTest::newRow("Malay month") << "9 OGOS 2018"
                                     << "2018-08-09";
        QTest::newRow("Thai month, BE") << "วันที่ 12 มกราคม 2562"
                                        << "2019-01-12";
        QTest::newRow("Thai abbreviation, short BE") << "3 ม.ค. 62"
                                                     << "2019-01-03";
        QTest::newRow("Thai abbreviation, point read as sara u") << "วันที่ 18 กุค. 2566"
                                                                 << "2023-07-18";
        QTest::newRow("Thai abbreviation, a speck read as sara u after the point")
            << "วันที่ 10 พ.ุย. 2567"
            << "2024-11-10";
        QTest::newRow("Thai digits, BE") << "๒๕/๑๒/๒๕๖๑"
                                         << "2018-12-25";
        QTest::newRow("numeric BE") << "01.04.2567"
                                    << "2024-04-01";
        QTest::newRow("O misread as zero") << "2O/O3/2018"
                                           << "2018-03-20";
        QTest::newRow("impossible day") << "31/02/2018"
                                        << "";
        QTest::newRow("phone number") << "03-7845 5155"
                                      << "";
        QTest::newRow("no date") << "TOTAL 9.00"
                                 << "";
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto d = FieldParsers::parseDate(text);
        QCOMPARE(d ? d->toString(Qt::ISODate) : QString(), iso);
    }

    void datesKeepTheirPosition()
    {
        const QString text = QStringLiteral("Inv 77 Date: 05 MAR 2018 10:31 Exp 01/01/2020");
        const auto all = FieldParsers::findDates(text);
        QCOMPARE(all.size(), 2);
        QCOMPARE(text.mid(all[0].start, all[0].length), QStringLiteral("05 MAR 2018"));
        QVERIFY(all[0].hasTime);
        QVERIFY(!all[1].hasTime);
    }

    void nationalIds()
    {
        // a valid number: the check digit computed, not typed in
        const QString first12 = QStringLiteral("110370207181");
        const QString valid = first12 + QString::number(NationalId::checkDigit(first12));
        auto r = FieldParsers::findNationalId(QStringLiteral("เลขประจำตัวประชาชน ") + valid.left(1)
            + u' ' + valid.mid(1, 4) + u' ' + valid.mid(5, 5) + u' ' + valid.mid(10, 2) + u' '
            + valid.mid(12));
        QVERIFY(r);
        QCOMPARE(r->digits, valid);
        QVERIFY(r->valid);
        QVERIFY(!r->repaired);

        // a letter read for a digit: the only digit that fits is put back
        QString misread = valid;
        misread[6] = u'O'; // whatever the digit was, one value fits the check
        r = FieldParsers::findNationalId(misread);
        QVERIFY(r);
        QVERIFY(r->valid);
        QVERIFY(r->repaired);
        QCOMPARE(r->digits, valid);
        QCOMPARE(r->candidates, 1);

        // all digits but a wrong check digit: repaired only when exactly one fix
        // among confusable digits fits, else left as read and flagged invalid
        QString wrong = valid;
        wrong[12] = QChar(u'0' + (valid[12].digitValue() + 5) % 10);
        r = FieldParsers::findNationalId(wrong);
        QVERIFY(r);
        QCOMPARE(r->repaired, r->candidates == 1);
        QCOMPARE(r->valid, r->repaired);
        QCOMPARE(NationalId::hasValidCheckDigit(r->digits), r->valid);
        QCOMPARE(r->digits == wrong, !r->repaired);

        QVERIFY(!FieldParsers::findNationalId(QStringLiteral("Tel 02 123 4567")));
    }

    void gpsDegrees()
    {
        QCOMPARE(PhotoMetadata::toDecimalDegrees(13, 45, 22.8, 'N'), 13.7563333333333333);
        QCOMPARE(PhotoMetadata::toDecimalDegrees(100, 30, 0, 'W'), -100.5);
        QCOMPARE(
            PhotoMetadata::toDecimalDegrees(33, 52, 4.8, 'S'), -(33 + 52 / 60.0 + 4.8 / 3600.0));
    }

    void photoMetadataFromExif()
    {
        QFile f(QStringLiteral(CLAIMDESK_TEST_DATA "/photo_gps.jpg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const PhotoMetadata m = PhotoMetadata::read(f.readAll());
        QVERIFY(m.hasLocation());
        QVERIFY(qAbs(*m.latitude - (13 + 45 / 60.0 + 22.8 / 3600.0)) < 1e-6);
        QVERIFY(qAbs(*m.longitude - (100 + 30 / 60.0 + 7.2 / 3600.0)) < 1e-6);
        QCOMPARE(m.takenAt, QDateTime(QDate(2026, 11, 2), QTime(14, 35, 10)));

        QVERIFY(!PhotoMetadata::read(QByteArray("not a jpeg at all, just text")).hasLocation());
        QVERIFY(!PhotoMetadata::read(QByteArray()).takenAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "tst_fieldparsers.moc"
