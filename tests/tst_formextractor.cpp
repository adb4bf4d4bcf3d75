// Labelled fields of cards and forms from OCR words, on constructed pages laid
// out as the real documents print them.
#include "TestSupport.h"
#include "extract/FormExtractor.h"

#include <QTest>

using namespace ClaimDesk;
using ClaimDesk::Test::PageBuilder;
using ClaimDesk::Test::value;

namespace {

QList<ExtractedField> idCard(const PageBuilder& b)
{
    return FormExtractor::extract(QStringLiteral("citizen_id_card"), { b.page });
}

} // namespace

class TestFormExtractor final : public QObject
{
    Q_OBJECT

private slots:
    // A Thai ID card prints the English given name on "Name" and the surname on
    // "Last name" below it: the name is both.
    void englishNameJoinsItsLastNameRow()
    {
        PageBuilder b;
        b.row({ { "ชื่อตัวและชื่อสกุล", 20 }, { "นาย", 300 }, { "สมชาย", 360 }, { "ใจดี", 450 } })
            .row({ { "Name", 20 }, { "Mr.", 300 }, { "Somchai", 360 } })
            .row({ { "Last", 20 }, { "name", 80 }, { "Jaidee", 300 } });
        const auto fields = idCard(b);
        QCOMPARE(value(fields, "name_en"), QStringLiteral("Mr. Somchai Jaidee"));
        QCOMPARE(value(fields, "name_th"), QStringLiteral("นาย สมชาย ใจดี"));
    }

    // Labels above their values: the surname on the row under "Last name".
    void lastNameUnderItsLabel()
    {
        PageBuilder b;
        b.row({ { "Name", 20 } })
            .row({ { "Miss", 20 }, { "Suda", 90 } })
            .row({ { "Last", 20 }, { "name", 80 } })
            .row({ { "Rakthai", 20 } });
        QCOMPARE(value(idCard(b), "name_en"), QStringLiteral("Miss Suda Rakthai"));
    }

    // OCR parts the Thai label's words and reads a speck as a bar: neither is the name.
    void thaiNameWithoutTheLabelOrStrayMarks()
    {
        PageBuilder b;
        b.row({ { "ชื่อตัว", 20 }, { "และ", 120 }, { "ชื่อสกุล", 180 }, { "|", 290 }, { "นาง", 310 },
            { "วิไล", 370 }, { "ศรีสุข", 440 }, { "'", 530 } });
        QCOMPARE(value(idCard(b), "name_th"), QStringLiteral("นาง วิไล ศรีสุข"));
    }

    // The card's foot: issue and expiry side by side, each date above and below
    // its label; each label takes the date in its own column.
    void datesInTwoColumnsUnderTheirLabels()
    {
        PageBuilder b;
        b.row({ { "12", 20 }, { "ม.ค.", 60 }, { "2563", 130 }, { "11", 700 }, { "ม.ค.", 740 },
                  { "2571", 810 } })
            .row({ { "วันออกบัตร", 20 }, { "วันบัตรหมดอายุ", 700 } })
            .row({ { "12", 20 }, { "Jan.", 60 }, { "2020", 130 }, { "11", 700 }, { "Jan.", 740 },
                { "2028", 810 } })
            .row({ { "Date", 20 }, { "of", 80 }, { "Issue", 120 }, { "Date", 700 }, { "of", 760 },
                { "Expiry", 800 } });
        const auto fields = idCard(b);
        QCOMPARE(value(fields, "issue_date"), QStringLiteral("2020-01-12"));
        QCOMPARE(value(fields, "expiry_date"), QStringLiteral("2028-01-11"));
    }

    // A brand is printed in Latin letters: a Thai reading of it is a misreading
    // when the English row has it, and the only reading when nothing else does.
    void brandReadInLatinLetters()
    {
        PageBuilder b;
        b.row({ { "ยี่ห้อรถ", 20 }, { "เธบ", 200 }, { "2", 260 }, { "บ", 290 } })
            .row({ { "Brand", 20 }, { "ISUZU", 200 } });
        const auto registration = [](const PageBuilder& page) {
            return FormExtractor::extract(QStringLiteral("vehicle_registration"), { page.page });
        };
        QCOMPARE(value(registration(b), "brand"), QStringLiteral("ISUZU"));
        PageBuilder thaiOnly;
        thaiOnly.row({ { "ยี่ห้อรถ", 20 }, { "โตโยต้า", 200 } });
        QCOMPARE(value(registration(thaiOnly), "brand"), QStringLiteral("โตโยต้า"));
    }

    // A licence prints the whole English name on one row: nothing is added to it.
    void licenceNameOnOneRow()
    {
        PageBuilder b;
        b.row({ { "Name", 20 }, { "Mr.", 120 }, { "Prasert", 170 }, { "Mankong", 270 } })
            .row({ { "Date", 20 }, { "of", 80 }, { "Birth", 120 }, { "5", 220 }, { "May", 250 },
                { "1980", 310 } });
        const auto fields = FormExtractor::extract(QStringLiteral("driving_license"), { b.page });
        QCOMPARE(value(fields, "name_en"), QStringLiteral("Mr. Prasert Mankong"));
    }
};

QTEST_MAIN(TestFormExtractor)
#include "tst_formextractor.moc"
