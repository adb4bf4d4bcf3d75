// Receipt fields from OCR words: the layout reasoning on constructed pages, and
// the whole pipeline (OCR included) on a slice of real scanned receipts.
#include "extract/DocumentReader.h"
#include "extract/FieldParsers.h"
#include "extract/ReceiptExtractor.h"
#include "extract/TextLayout.h"
#include "ocr/TesseractEngine.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ClaimDesk;

namespace {

// A page built row by row: each row a list of (text, x) words, 20 px high.
struct PageBuilder
{
    OcrPage page;
    int y = 20;
    PageBuilder& row(std::initializer_list<std::pair<const char*, int>> words, int height = 20)
    {
        for (const auto& [text, x] : words) {
            OcrWord w;
            w.text = QString::fromUtf8(text);
            w.box = QRect(x, y, 12 * int(w.text.size()), height);
            w.confidence = 0.95f;
            w.line = y;
            page.words.append(w);
        }
        y += height + 10;
        return *this;
    }
};

QString value(const QList<ExtractedField>& fields, const char* name)
{
    for (const ExtractedField& f : fields) {
        if (f.name == QLatin1String(name))
            return f.value;
    }
    return {};
}

const ExtractedField* field(const QList<ExtractedField>& fields, const char* name)
{
    for (const ExtractedField& f : fields) {
        if (f.name == QLatin1String(name))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestReceiptExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void rowsJoinWordsAcrossBlocks()
    {
        PageBuilder b;
        b.row({ { "Total", 10 }, { ":", 80 }, { "9.00", 400 } });
        b.page.words[2].block = 3; // OCR put the amount in another block
        b.page.words[2].box.translate(0, 3); // and a little lower
        const QList<LayoutRow> rows = TextLayout::rows(b.page);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().text, QStringLiteral("Total : 9.00"));
        const QRect box
            = rows.first().boxOf(b.page, rows.first().text.indexOf(QLatin1String("9.00")), 4);
        QCOMPARE(box, b.page.words[2].box);
    }

    void totalIsTheLabelledAmountNotTaxOrChange()
    {
        PageBuilder b;
        b.row({ { "KEDAI", 60 }, { "MAJU", 140 }, { "SDN", 220 }, { "BHD", 270 } }, 28)
            .row({ { "Date:", 10 }, { "05/03/2018", 80 }, { "10:31", 220 } })
            .row({ { "PENCIL", 10 }, { "2", 200 }, { "1.50", 260 }, { "3.00", 400 } })
            .row({ { "ERASER", 10 }, { "1", 200 }, { "2.00", 260 }, { "2.00", 400 } })
            .row({ { "Sub", 10 }, { "Total", 60 }, { "5.00", 400 } })
            .row({ { "GST", 10 }, { "6%", 60 }, { "0.30", 400 } })
            .row({ { "Rounding", 10 }, { "0.00", 400 } })
            .row({ { "TOTAL", 10 }, { "(RM)", 90 }, { "5.30", 400 } }, 24)
            .row({ { "CASH", 10 }, { "10.00", 400 } })
            .row({ { "CHANGE", 10 }, { "4.70", 400 } });
        const QList<ExtractedField> f = ReceiptExtractor::extract({ b.page });
        QCOMPARE(value(f, "total"), QStringLiteral("5.30"));
        QCOMPARE(value(f, "date"), QStringLiteral("2018-03-05"));
        QCOMPARE(value(f, "merchant"), QStringLiteral("KEDAI MAJU SDN BHD"));
        // the box is the printed total's word
        QCOMPARE(field(f, "total")->box.toRect(), b.page.words[b.page.words.size() - 5].box);
        // items above the total, with their amounts
        QCOMPARE(value(f, "items.0.item"), QStringLiteral("PENCIL"));
        QCOMPARE(value(f, "items.0.amount"), QStringLiteral("3.00"));
        QCOMPARE(value(f, "items.1.amount"), QStringLiteral("2.00"));
    }

    void cashMinusChangeDecidesBetweenTotals()
    {
        // two "total" rows; cash paid minus change says which one was paid
        PageBuilder b;
        b.row({ { "Total", 10 }, { "Qty", 70 }, { "2", 400 } })
            .row({ { "Total", 10 }, { "Excl", 70 }, { "GST", 120 }, { "20.00", 400 } })
            .row({ { "Total", 10 }, { "Incl", 70 }, { "GST", 120 }, { "21.20", 400 } })
            .row({ { "Cash", 10 }, { "50.00", 400 } })
            .row({ { "Change", 10 }, { "28.80", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("21.20"));
    }

    void roundedAmountIsWhatWasPaid()
    {
        // Malaysian and Thai cash rounding to 5 sen: the key is the rounded amount
        PageBuilder b;
        b.row({ { "Total", 10 }, { "Sales", 70 }, { "(Incl", 140 }, { "GST)", 210 },
                  { "22.91", 400 } })
            .row({ { "Rounding", 10 }, { "22.90", 400 } })
            .row({ { "CASH", 10 }, { "50.00", 400 } })
            .row({ { "CHANGE", 10 }, { "27.10", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("22.90"));
        // without rounding evidence an odd total stays as printed
        PageBuilder c;
        c.row({ { "TOTAL", 10 }, { "19.31", 400 } }).row({ { "CASH", 10 }, { "19.31", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ c.page }), "total"), QStringLiteral("19.31"));
    }

    void splitAmountIsJoined()
    {
        PageBuilder b;
        b.row({ { "TOTAL", 10 }, { "68.", 380 }, { "87", 420 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("68.87"));
    }

    void merchantSuffixRepairedAndRegistrationDropped()
    {
        PageBuilder b;
        b.row({ { "99", 40 }, { "SPEED", 80 }, { "MART", 160 }, { "S/B", 230 },
                  { "(519537-X)", 280 } },
             26)
            .row({ { "LOT", 10 }, { "P.T", 60 }, { "2811,", 100 }, { "JALAN", 170 },
                { "ANGSA", 240 } })
            .row({ { "TOTAL", 10 }, { "12.00", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "merchant"),
            QStringLiteral("99 SPEED MART S/B"));

        PageBuilder c;
        c.row({ { "BEMED", 40 }, { "(SP)", 120 }, { "SON", 180 }, { "BHD", 230 } }, 26)
            .row({ { "TOTAL", 10 }, { "1.00", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ c.page }), "merchant"),
            QStringLiteral("BEMED (SP) SDN BHD"));
    }

    void emptyPageGivesNoFields()
    {
        QVERIFY(ReceiptExtractor::extract({ OcrPage() }).isEmpty());
        QVERIFY(ReceiptExtractor::extract({}).isEmpty());
    }

    // The whole pipeline on every tenth receipt of shared/data/sroie-dev (copied
    // into tests/data/receipts). The full collection's figures are in
    // bench_receipts; this guards against regressions on a slice.
    void realReceipts()
    {
        const QDir dir(QStringLiteral(CLAIMDESK_TEST_DATA "/receipts"));
        const QStringList images
            = QDir(dir.filePath(QStringLiteral("img"))).entryList({ QStringLiteral("*.jpg") });
        QVERIFY(images.size() >= 10);
        TesseractEngine engine(QStringLiteral("eng"));
        QVERIFY2(engine.init().ok(), "Tesseract with English is installed");
        const DocumentReader reader(ReadOptions { QStringLiteral("eng"), {} });
        int totals = 0, dates = 0, receipts = 0;
        for (const QString& name : images) {
            QFile image(dir.filePath(QStringLiteral("img/") + name));
            QVERIFY(image.open(QIODevice::ReadOnly));
            const DocumentReading r = reader.read(image.readAll(), name, engine);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QFile keyFile(dir.filePath(QStringLiteral("key/") + QFileInfo(name).completeBaseName()
                + QStringLiteral(".json")));
            QVERIFY(keyFile.open(QIODevice::ReadOnly));
            const QJsonObject key = QJsonDocument::fromJson(keyFile.readAll()).object();
            const auto total
                = FieldParsers::parseAmount(key.value(QStringLiteral("total")).toString());
            const auto date = FieldParsers::parseDate(key.value(QStringLiteral("date")).toString());
            QVERIFY(total && date);
            receipts += r.category() == QLatin1String("receipt");
            if (const ExtractedField* t = r.field(QStringLiteral("total"))) {
                totals += t->value == total->toString();
                // every box lies on the page as loaded
                QVERIFY(QRectF(QPointF(0, 0), QSizeF(r.pages.first().size)).contains(t->box));
            }
            if (const ExtractedField* d = r.field(QStringLiteral("date")))
                dates += d->value == date->toString(Qt::ISODate);
        }
        const int n = int(images.size());
        qInfo("slice of %d receipts: %d classified as receipts, %d totals, %d dates right", n,
            receipts, totals, dates);
        QVERIFY(receipts >= n * 8 / 10);
        QVERIFY(totals >= n * 6 / 10);
        QVERIFY(dates >= n * 7 / 10);
    }
};

QTEST_GUILESS_MAIN(TestReceiptExtractor)
#include "tst_receiptextractor.moc"
