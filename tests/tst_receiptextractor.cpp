// Receipt fields from OCR words: the layout reasoning on constructed pages, and
// the whole pipeline (OCR included) on a slice of real scanned receipts.
#include "TestSupport.h"
#include "extract/ConfidenceCalibration.h"
#include "extract/DocumentReader.h"
#include "extract/FieldParsers.h"
#include "extract/MerchantModel.h"
#include "extract/ReceiptExtractor.h"
#include "extract/ReceiptMerchant.h"
#include "extract/ReceiptRows.h"
#include "extract/TextLayout.h"
#include "extract/TotalModel.h"
#include "ocr/TesseractEngine.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ClaimDesk;
using ClaimDesk::Test::PageBuilder;
using ClaimDesk::Test::value;

namespace {

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

    void aTotalTheReceiptConfirmsIsShownSurer()
    {
        // The same labelled total, alone and under the items it sums: the items
        // barely change which amount is the total, but they confirm it, so the
        // Review pane shows it as sure (from 0.85) rather than asking to check it.
        const auto total = [](bool items) {
            PageBuilder b;
            if (items)
                b.row({ { "PENCIL", 10 }, { "4.50", 400 } })
                    .row({ { "PEN", 10 }, { "4.50", 400 } });
            b.row({ { "Total", 10 }, { "9.00", 400 } }).row({ { "Thank", 10 }, { "you", 90 } });
            const auto fields = ReceiptExtractor::extract({ b.page });
            const ExtractedField* f = field(fields, "total");
            return f ? std::optional<ExtractedField>(*f) : std::nullopt;
        };
        const auto alone = total(false);
        const auto confirmed = total(true);
        QVERIFY(alone && confirmed);
        QCOMPARE(alone->value, QStringLiteral("9.00"));
        QCOMPARE(confirmed->value, QStringLiteral("9.00"));
        QVERIFY2(alone->confidence < 0.85, qPrintable(QString::number(alone->confidence)));
        QVERIFY2(confirmed->confidence >= 0.85, qPrintable(QString::number(confirmed->confidence)));
    }

    void aSubtotalEqualToTheTotalConfirmsItOnce()
    {
        // A subtotal with nothing added is one figure printed again, as much as a
        // cash row of the same amount: it is not also a sum that gives the total.
        const auto total = [](const char* label) {
            PageBuilder b;
            b.row({ { label, 10 }, { "9.00", 400 } })
                .row({ { "Total", 10 }, { "9.00", 400 } })
                .row({ { "Thank", 10 }, { "you", 90 } });
            const auto fields = ReceiptExtractor::extract({ b.page });
            const ExtractedField* f = field(fields, "total");
            return f ? f->confidence : -1.0;
        };
        const double subtotal = total("Subtotal");
        const double other = total("Cash");
        QVERIFY(subtotal > 0 && other > 0);
        QVERIFY2(qAbs(subtotal - other) < 1e-9,
            qPrintable(QStringLiteral("%1 against %2").arg(subtotal).arg(other)));
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

    void rowsFollowTheSlopeOfASkewedPage()
    {
        // A page scanned askew (1 px down every 25 px): a row's amount sits lower
        // than the label of the row below it starts, yet belongs to its own row.
        OcrPage page;
        auto word = [&](const char* text, int x, int y, int line) {
            OcrWord w;
            w.text = QString::fromUtf8(text);
            w.box = QRect(x, y + x / 25, 12 * int(w.text.size()), 20);
            w.confidence = 0.9f;
            w.line = line;
            page.words.append(w);
        };
        for (int line = 0; line < 4; ++line) {
            const int y = 40 + 26 * line;
            word("Label", 10, y, 2 * line); // label and amount: separate OCR lines
            word("Words", 300, y, 2 * line);
            word(QByteArray::number(line + 1).append(".00").constData(), 700, y, 2 * line + 1);
        }
        const QList<LayoutRow> rows = TextLayout::rows(page);
        QCOMPARE(rows.size(), 4);
        for (int line = 0; line < 4; ++line)
            QCOMPARE(rows[line].text, QStringLiteral("Label Words %1.00").arg(line + 1));
    }

    void taxIncludedInTotalIsNotTheTotal()
    {
        PageBuilder b;
        b.row({ { "ITEM", 10 }, { "25.90", 400 } })
            .row({ { "Total", 10 }, { "Incl.", 70 }, { "GST@6%", 130 }, { "RM", 330 },
                { "34.80", 400 } })
            .row({ { "GST", 10 }, { "@6%", 60 }, { "included", 110 }, { "in", 210 },
                { "total", 240 }, { "RM", 330 }, { "1.97", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("34.80"));
    }

    void receiptArithmeticCorrectsAMisreadDigit()
    {
        // "TOTAL 13.80" read as 43.80: subtotal + tax + rounding and cash − change
        // agree on 13.80, one digit away from what was read.
        PageBuilder b;
        b.row({ { "SUB-TOTAL", 10 }, { ":", 200 }, { "13.00", 400 } })
            .row({ { "GOV", 10 }, { "TAX", 60 }, { ":", 200 }, { "0.78", 400 } })
            .row({ { "ROUNDING", 10 }, { ":", 200 }, { "0.02", 400 } })
            .row({ { "TOTAL", 10 }, { "43.80", 400 } }, 26)
            .row({ { "CASH", 10 }, { "13.80", 400 } })
            .row({ { "CHANGE", 10 }, { "0.00", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("13.80"));

        // One witness is not enough: a misread change alone does not overrule
        // the labelled total.
        PageBuilder c;
        c.row({ { "TOTAL", 10 }, { "INCL.", 80 }, { "GST", 150 }, { "RM", 330 }, { "57.40", 400 } })
            .row({ { "CASH", 10 }, { "RM", 330 }, { "100.00", 400 } })
            .row({ { "CHANGE", 10 }, { "RM", 330 }, { "42.60", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ c.page }), "total"), QStringLiteral("57.40"));
    }

    void roundedTotalCorrectedByWhatWasPaid()
    {
        // "45.34" read as 48.34; its rounding adjustment and the change lost their
        // points ("RM 01", "RM 00"). The rounded amount on the rounding row and
        // the card payment agree on 45.35, one digit from the total rounded.
        PageBuilder b;
        b.row({ { "Total", 10 }, { "Sales", 80 }, { "(Inclusive", 150 }, { "GST)", 260 },
                  { "RM", 330 }, { "48.34", 400 } })
            .row({ { "Rounding", 60 }, { "Adjustment", 160 }, { "RM", 330 }, { "01", 400 } })
            .row({ { "Rounding", 160 }, { "RM", 330 }, { "45.35", 400 } })
            .row({ { "CREDIT", 160 }, { "RM", 330 }, { "45.35", 400 } })
            .row({ { "CHANGE", 160 }, { "RM", 330 }, { "00", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("45.35"));

        // read right, the total is rounded by its adjustment as printed
        PageBuilder c;
        c.row({ { "Total", 10 }, { "Sales", 80 }, { "RM", 330 }, { "45.34", 400 } })
            .row({ { "Rounding", 60 }, { "Adjustment", 160 }, { "RM", 330 }, { "01", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ c.page }), "total"), QStringLiteral("45.35"));
        // two digits that are no cents are no rounding: the total stays as read
        PageBuilder d;
        d.row({ { "Total", 10 }, { "Sales", 80 }, { "RM", 330 }, { "45.34", 400 } })
            .row({ { "Points", 60 }, { "earned", 160 }, { "RM", 330 }, { "01", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ d.page }), "total"), QStringLiteral("45.34"));
    }

    void roundingOfATotalWhoseRoundedAmountIsNotPrinted()
    {
        // the point of "64.13" faded ("64 13"); the rounded amount paid is the
        // total and its adjustment, printed nowhere
        PageBuilder b;
        b.row({ { "Tiger", 10 }, { "Bucket", 80 }, { "64.13", 400 } })
            .row({ { "Total", 10 }, { "Sales(Incl.", 80 }, { "GST", 200 }, { "6%)", 250 },
                { "RM", 330 }, { "64", 370 }, { "13", 400 } })
            .row({ { "Rounding", 10 }, { "Adjustment", 110 }, { "RM", 330 }, { "0.", 370 },
                { "02", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("64.15"));
    }

    void nettOfTaxIsTheSubtotal()
    {
        // no total row read at all: the net amount and its tax give the item's price
        PageBuilder b;
        b.row({ { "Liquid", 10 }, { "Medicine", 90 }, { "x1", 300 }, { "RM33.90", 400 } })
            .row({ { "Items", 10 }, { "count:", 90 }, { "1", 200 } })
            .row({ { "Tendered:", 10 }, { "RM100.00", 400 } })
            .row({ { "Nett", 10 }, { "of", 70 }, { "Tax:", 100 }, { "RM31.98", 400 } })
            .row({ { "GST", 10 }, { "@", 70 }, { "6%:", 100 }, { "RM1.92", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("33.90"));
    }

    void readingsOfARowVote()
    {
        auto word = [](const char* text, int x, float confidence) {
            OcrWord w;
            w.text = QString::fromUtf8(text);
            w.box = QRect(x, 10, 12 * int(w.text.size()), 20);
            w.confidence = confidence;
            return w;
        };
        auto reading = [](QList<OcrWord> words) {
            SecondReading r;
            r.page.words = std::move(words);
            r.row = TextLayout::singleRow(r.page);
            return r;
        };
        OcrPage first;
        first.words
            = { word("SANYO", 10, 0.71f), word("STATIONERY", 90, 0.9f), word("HORE", 230, 0.87f) };
        const LayoutRow row = TextLayout::singleRow(first);
        // letter by letter where all readings are one length; whole words where
        // two agree; a word only the second look read confidently is added
        const QList<SecondReading> others {
            reading({ word("SANYU", 12, 0.68f), word("STATIONERY", 92, 0.95f),
                word("HOME", 231, 0.95f), word("SHOP", 320, 0.9f) }),
            reading({ word("BANYU", 11, 0.48f), word("STATIONERY", 91, 0.6f),
                word("HOnE", 229, 0.73f) }),
        };
        QCOMPARE(votedText(row, first, others), QStringLiteral("SANYU STATIONERY HOME SHOP"));
        // two readings that disagree: the more confident one
        QCOMPARE(votedText(row, first, { others.first() }),
            QStringLiteral("SANYO STATIONERY HOME SHOP"));
        // no second look: the first reading as it was
        QCOMPARE(votedText(row, first, {}), QStringLiteral("SANYO STATIONERY HORE"));

        // A scrap of a logo before the name: no reading comes close to another,
        // none is sure. A name read three ways close to each other stays.
        OcrPage scrap;
        scrap.words
            = { word("lite.", 10, 0.36f), word("ADVANCO", 90, 0.45f), word("COMPANY", 200, 0.96f) };
        const LayoutRow scrapRow = TextLayout::singleRow(scrap);
        const QList<SecondReading> rereads {
            reading(
                { word("TRL", 12, 0.30f), word("OVANCO", 92, 0.0f), word("COMPANY", 201, 0.74f) }),
            reading({ word("TRU", 11, 0.50f), word("ADYANCO", 90, 0.38f),
                word("COMPANY", 199, 0.83f) }),
        };
        QCOMPARE(votedText(scrapRow, scrap, rereads), QStringLiteral("ADVANCO COMPANY"));

        // A short scrap after the name: one letter is no echo of another letter
        // or mark, only of itself.
        OcrPage tail;
        tail.words = { word("GRANDMA", 10, 0.96f), word("HOMES", 110, 0.97f),
            word("RESTAURANT", 200, 0.96f), word("a", 340, 0.14f) };
        const LayoutRow tailRow = TextLayout::singleRow(tail);
        auto tailReading = [&](const char* last, float confidence) {
            return reading({ word("GRANDMA", 11, 0.97f), word("HOMES", 111, 0.96f),
                word("RESTAURANT", 201, 0.97f), word(last, 341, confidence) });
        };
        QCOMPARE(votedText(tailRow, tail, { tailReading("_", 0.18f), tailReading("oo", 0.32f) }),
            QStringLiteral("GRANDMA HOMES RESTAURANT"));
        // the same letter read again, however unsure, is kept
        QCOMPARE(votedText(tailRow, tail, { tailReading("a", 0.2f), tailReading("oo", 0.32f) }),
            QStringLiteral("GRANDMA HOMES RESTAURANT a"));
    }

    void aYearInTheFutureIsAMisreadDigit()
    {
        // "2078" on a receipt read in 2026: the 7 is a 1; no look-alike of a digit
        // of "2048" gives a past year, so it is no date at all
        PageBuilder b;
        b.row({ { "Date:", 10 }, { "02/05/2078", 80 } }).row({ { "TOTAL", 10 }, { "9.00", 400 } });
        const QDate today(2026, 11, 21);
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }, nullptr, today), "date"),
            QStringLiteral("2018-05-02"));
        PageBuilder c;
        c.row({ { "Date:", 10 }, { "02/05/2048", 80 } }).row({ { "TOTAL", 10 }, { "9.00", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ c.page }, nullptr, today), "date"), QString());
        // the same page read in 2080 is dated as printed
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }, nullptr, QDate(2080, 1, 1)), "date"),
            QStringLiteral("2078-05-02"));
    }

    void taxSummaryGrossIsTheTotal()
    {
        // no total row was read; the tax summary's gross is its net plus its tax
        PageBuilder b;
        b.row({ { "Cabinet", 10 }, { "walnut", 120 }, { "2,305.80", 400 } })
            .row({ { "Cash", 10 }, { "640.00", 400 } })
            .row({ { "SR", 10 }, { "6", 60 }, { "7,395.09", 200 }, { "443.71", 300 },
                { "7,838.80", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("7838.80"));
    }

    void itemsSummingToAPaymentConfirmIt()
    {
        // the total's own figure is unreadable (". 30"); the items add up to the cash paid
        PageBuilder b;
        b.row({ { "DoubleCoco", 10 }, { "Slice", 130 }, { "RM12.60", 400 } })
            .row({ { "Mother's", 10 }, { "Slices", 130 }, { "RM13.50", 400 } })
            .row({ { "Tiramisu", 10 }, { "Slice", 130 }, { "RM12.60", 400 } })
            .row({ { "Cheese", 10 }, { "Slice", 130 }, { "RM12.60", 400 } })
            .row({ { "Grand", 10 }, { "Total", 80 }, { ".", 380 }, { "30", 400 } })
            .row({ { "Cash", 10 }, { "RM51.30", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "total"), QStringLiteral("51.30"));
    }

    void merchantIsTheSellerNotTheCustomer()
    {
        // a wholesaler's invoice names the shop it delivered to, in larger print
        PageBuilder b;
        b.row({ { "GARDENIA", 60 }, { "BAKERIES", 170 }, { "(KL)", 280 }, { "SDN", 330 },
                  { "BHD", 380 }, { "(139386-X)", 430 } },
             17)
            .row({ { "Lot", 10 }, { "3,", 50 }, { "Jalan", 80 }, { "Pelabur", 150 } }, 17)
            .row({ { "Tel:", 10 }, { "03-55423228", 60 } }, 17)
            .row({ { "CASH", 10 }, { "INVOICE", 80 } }, 29)
            .row({ { "MAKASSAR", 10 }, { "FRESH", 130 }, { "MARKET", 210 }, { "SDN", 300 },
                     { "BHD", 350 } },
                29)
            .row({ { "Total", 10 }, { "Payable:", 80 }, { "20.21", 400 } }, 17);
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "merchant"),
            QStringLiteral("GARDENIA BAKERIES (KL) SDN BHD"));
    }

    void merchantOverARegistrationNumber()
    {
        // a restaurant's brand in large print, the company that issues the receipt
        // under it with its registration number
        PageBuilder b;
        b.row({ { "KIKU", 40 }, { "JAPANESE", 110 }, { "RESTAURANT", 230 } }, 30)
            .row({ { "TK", 40 }, { "DIVISION", 80 }, { "KITCHEN", 190 }, { "SDN", 290 },
                { "BHD", 340 } })
            .row({ { "1202152-P", 150 } })
            .row({ { "19-1,", 10 }, { "JALAN", 70 }, { "MALINJA", 140 }, { "2", 240 } })
            .row({ { "TOTAL", 10 }, { "29.70", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "merchant"),
            QStringLiteral("TK DIVISION KITCHEN SDN BHD"));
    }

    void merchantBrokenOverRowsIsJoined()
    {
        PageBuilder b;
        b.row({ { "AIK", 40 }, { "HUAT", 90 }, { "HARDWARE", 150 } }, 26)
            .row({ { "ENTERPRISE", 40 }, { "(SETIA", 180 } }, 26)
            .row({ { "ALAM)", 40 }, { "SDN", 110 }, { "BHD", 160 } }, 26)
            .row({ { "922737-X", 60 } })
            .row({ { "NO.", 10 }, { "17-G,", 50 }, { "JALAN", 110 }, { "SETIA", 180 } })
            .row({ { "TOTAL", 10 }, { "64.00", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "merchant"),
            QStringLiteral("AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD"));

        PageBuilder c; // a row that ends in "&" goes on
        c.row({ { "HOME", 40 }, { "MASTER", 110 }, { "HARDWARE", 200 }, { "&", 320 } }, 26)
            .row({ { "ELECTRICAL", 80 } }, 26)
            .row({ { "TEL:", 10 }, { "07-5562000", 60 } })
            .row({ { "TOTAL", 10 }, { "15.90", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ c.page }), "merchant"),
            QStringLiteral("HOME MASTER HARDWARE & ELECTRICAL"));
    }

    void merchantCheckedAgainstItsRepeats()
    {
        // A word of the name read one letter differently by two other rows.
        const auto sanyu = [](const char* handle) {
            PageBuilder b;
            b.row({ { "SANYO", 40 }, { "STATIONERY", 120 }, { "SHOP", 260 } }, 30)
                .row({ { "NO.", 10 }, { "31G,", 50 }, { "JALAN", 110 }, { "SETIA", 180 } })
                .row({ { "Owned", 10 }, { "By", 90 }, { ":", 130 } })
                .row({ { "SANYU", 10 }, { "SUPPLY", 90 }, { "SDN", 180 }, { "BHD", 230 } })
                .row({ { "TOTAL", 10 }, { "36.00", 400 } })
                .row({ { "Follow", 10 }, { "us:", 90 }, { handle, 140 } });
            return value(ReceiptExtractor::extract({ b.page }), "merchant");
        };
        QCOMPARE(sanyu("Sanyu.Stationery"), QStringLiteral("SANYU STATIONERY SHOP"));
        // one other reading does not outvote the name's own
        QCOMPARE(sanyu("Stationery"), QStringLiteral("SANYO STATIONERY SHOP"));

        // The whole name repeated under the receipt, read surer than the heading.
        const auto footer = [](float confidence) {
            PageBuilder b;
            b.row({ { "ENW", 40 }, { "Hardwa.¢", 100 }, { "Centre", 220 }, { "(M)", 310 },
                      { "Sdn.", 360 }, { "Bhd.", 420 } },
                 26, 0.5f)
                .row({ { "NO.", 10 }, { "17-G,", 50 }, { "JALAN", 110 }, { "SETIA", 180 } })
                .row({ { "TOTAL", 10 }, { "51.00", 400 } })
                .row({ { "ENW", 40 }, { "Hardware", 100 }, { "Centre", 220 }, { "(M)", 310 },
                         { "Sdn.", 360 }, { "Bhd.", 420 } },
                    20, confidence);
            const auto fields = ReceiptExtractor::extract({ b.page });
            const ExtractedField* f = field(fields, "merchant");
            return f ? std::pair(f->value, f->confidence) : std::pair(QString(), 0.0);
        };
        const auto [surer, surerConfidence] = footer(0.95f);
        QCOMPARE(surer, QStringLiteral("ENW Hardware Centre (M) SDN BHD"));
        const auto [heading, headingConfidence] = footer(0.4f);
        QCOMPARE(heading, QStringLiteral("ENW Hardwa.¢ Centre (M) SDN BHD"));
        // the name is as sure as the reading it was taken from
        QVERIFY(surerConfidence > headingConfidence);
    }

    void documentTitleIsNotTheMerchant()
    {
        PageBuilder b;
        b.row({ { "Cash", 60 }, { "Sale", 120 } }, 27)
            .row({ { "KT", 20 }, { "WONG", 50 }, { "TRADING", 120 }, { "(001904043-H)", 220 } }, 22)
            .row({ { "22,", 10 }, { "Jalan", 50 }, { "Perindustrian", 110 } })
            .row({ { "TOTAL", 10 }, { "8.00", 400 } });
        QCOMPARE(value(ReceiptExtractor::extract({ b.page }), "merchant"),
            QStringLiteral("KT WONG TRADING"));
    }

    void merchantNamesRepairOcrLookalikes_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("name");
        QTest::newRow("digits in words") << "MR. D.1.Y. (M) SDN BHD"
                                         << "MR. D.I.Y. (M) SDN BHD";
        QTest::newRow("S/B look-alikes") << "KING'S CONFECTIONERY $/8 273500-U (KSB)"
                                         << "KING'S CONFECTIONERY S/B";
        QTest::newRow("registration number") << "FARMASI MALURI S/B(587969-U)"
                                             << "FARMASI MALURI S/B";
        QTest::newRow("scrap before capitals") << "lite. TRI SHAAS SDN BHD (728515-M)"
                                               << "TRI SHAAS SDN BHD";
        QTest::newRow("nothing after the legal form") << "AEON CO. (M) BHD COMA"
                                                      << "AEON CO. (M) BHD";
        QTest::newRow("numbers that are the name") << "99 SPEED MART S/B"
                                                   << "99 SPEED MART S/B";
    }

    void merchantNamesRepairOcrLookalikes()
    {
        QFETCH(QString, printed);
        QFETCH(QString, name);
        QCOMPARE(ReceiptMerchant::cleanName(printed), name);
    }

    void emptyPageGivesNoFields()
    {
        QVERIFY(ReceiptExtractor::extract({ OcrPage() }).isEmpty());
        QVERIFY(ReceiptExtractor::extract({}).isEmpty());
    }

    // The weights that choose the total are learned: amounts labelled as a total
    // were the total, tax and change were not; the model learns to rank them so.
    void totalModelLearnsWhichAmountIsTheTotal()
    {
        using F = TotalModel::Feature;
        QList<TotalModel::Features> x;
        QList<int> y;
        auto amount = [&](std::initializer_list<F> on, int isTotal) {
            TotalModel::Features f {};
            for (F k : on)
                f[k] = 1;
            x << f;
            y << isTotal;
        };
        for (int i = 0; i < 20; ++i) {
            amount({ F::TotalLabel, F::Largest }, 1);
            amount({ F::TaxLabel }, 0);
            amount({ F::ChangeLabel }, 0);
            amount({ F::SubtotalLabel }, 0);
            amount({}, 0);
        }
        const LinearModel m = LinearModel::train(TotalModel::featureNames(), x, y);
        QVERIFY(m.isValid());
        TotalModel::Features total {}, tax {};
        total[F::TotalLabel] = 1;
        tax[F::TaxLabel] = 1;
        QVERIFY(m.score(total) > m.score(tax));
        // and it reads back as written
        QCOMPARE(LinearModel::fromJson(TotalModel::featureNames(), m.toJson()).score(total),
            m.score(total));
        QVERIFY(!LinearModel::fromJson(TotalModel::featureNames(), QJsonObject()).isValid());
    }

    // The written weights score what the hand rules scored: a labelled total
    // over the tax and the change.
    void writtenWeightsRankTheLabelledTotalFirst()
    {
        using F = TotalModel::Feature;
        const LinearModel w = TotalModel::written();
        TotalModel::Features total {}, tax {}, change {};
        total[F::TotalLabel] = total[F::StrongTotalLabel] = 1;
        tax[F::TaxLabel] = 1;
        change[F::ChangeLabel] = 1;
        QCOMPARE(w.score(total), 7.0);
        QVERIFY(w.score(tax) < 0 && w.score(change) < 0);
        QCOMPARE(TotalModel::featureNames().size(), int(TotalModel::FeatureCount));
    }

    // The merchant's written weights are the hand score they replaced: a row
    // with a company word and its legal form, in larger print, second from the
    // top, read well, scores 4 + 2 + 2 * 0.5 - 0.35 + 1.5 * (0.8 - 0.5)
    // + 4 * (0.9 - 0.75) + 2 * (1 - 0.7).
    void merchantWrittenWeightsAreTheHandScore()
    {
        using F = MerchantModel::Feature;
        MerchantModel::Features f {};
        f[F::CompanyWord] = f[F::FirstLegalSuffix] = 1;
        f[F::PrintSize] = 0.5f;
        f[F::RowIndex] = 1;
        f[F::LetterShare] = 0.8f;
        f[F::Confidence] = 0.9f;
        f[F::WordlikeShare] = 1;
        QVERIFY(qAbs(MerchantModel::written().score(f) - 8.3) < 1e-5);
        QVERIFY(TotalModel::written().isValid());
    }

    // Training needs right and wrong candidates; a model that could not be
    // trained or read scores nothing.
    void aModelThatCannotBeTrainedIsInvalid()
    {
        const QList<std::array<float, 2>> x { { 1, 0 }, { 0, 1 } };
        const QStringList names { QStringLiteral("a"), QStringLiteral("b") };
        QVERIFY(!LinearModel::train(names, x, { 1, 1 }).isValid());
        QVERIFY(!LinearModel::train(names, x, { 0, 0 }).isValid());
        QVERIFY(!LinearModel::train(names, x, { 1 }).isValid());
        const LinearModel m = LinearModel::train(names, x, { 1, 0 });
        QVERIFY(m.isValid());
        QJsonObject noBias = m.toJson();
        noBias.remove(QStringLiteral("bias"));
        const LinearModel unread = LinearModel::fromJson(names, noBias);
        QVERIFY(!unread.isValid());
        QCOMPARE(unread.score(x.first()), 0.0);
    }

    // The product chooses the merchant with the weights learned from receipts
    // (resources/models), not the written ones, and they rank a company's name
    // over an address and a document title.
    void theShippedMerchantModelIsTheLearnedOne()
    {
        using F = MerchantModel::Feature;
        const LinearModel& shipped = MerchantModel::shipped();
        QVERIFY(shipped.isValid());
        QVERIFY(!shipped.toJson().value(u"trained_on").toObject().isEmpty());
        MerchantModel::Features name {}, address {}, title {};
        for (MerchantModel::Features* f : { &name, &address, &title }) {
            (*f)[F::Confidence] = 0.9f;
            (*f)[F::LetterShare] = 0.8f;
            (*f)[F::WordlikeShare] = 1;
        }
        name[F::CompanyWord] = name[F::FirstLegalSuffix] = 1;
        address[F::NotMerchant] = 1;
        address[F::RowIndex] = 1;
        title[F::DocumentTitle] = 1;
        title[F::RowIndex] = 2;
        QVERIFY(shipped.score(name) > shipped.score(address));
        QVERIFY(shipped.score(name) > shipped.score(title));
        QCOMPARE(MerchantModel::featureNames().size(), int(MerchantModel::FeatureCount));
    }

    // The threshold is the lowest confidence whose values at and above it hold
    // no more wrong ones than allowed.
    void calibrationFitsTheSureThreshold()
    {
        QList<ConfidenceCalibration::Sample> samples;
        const QString total = QStringLiteral("total");
        for (int i = 0; i < 90; ++i) // right ones from 0.99 down to 0.90
            samples.append({ total, 0.99 - i * 0.001, true });
        samples.append({ total, 0.95, false }); // wrong, among the right ones
        samples.append({ total, 0.80, false });
        samples.append({ total, 0.70, true });
        const auto allowNone = ConfidenceCalibration::fit(samples, 0.0);
        QVERIFY(allowNone.sureFrom(total) > 0.95);
        // one wrong in 93 values allowed at 2%: down to the last right one above 0.80
        const auto allowOne = ConfidenceCalibration::fit(samples, 0.02);
        QCOMPARE(allowOne.sureFrom(total), 0.901);
        // order kept, the threshold is where "sure" begins
        QVERIFY(allowOne.calibrated(total, 0.901) >= ExtractedField::SureFrom);
        QVERIFY(allowOne.calibrated(total, 0.9) < ExtractedField::SureFrom);
        QVERIFY(allowOne.calibrated(total, 0.5) < allowOne.calibrated(total, 0.6));
        QCOMPARE(allowOne.calibrated(total, 1.0), 1.0);
        // a field it was not fitted on is left alone
        QCOMPARE(allowOne.calibrated(QStringLiteral("billing_number"), 0.42), 0.42);
        // and it reads back as written
        const auto back = ConfidenceCalibration::fromJson(allowOne.toJson());
        QCOMPARE(back.sureFrom(total), allowOne.sureFrom(total));
    }

    // The calibration compiled in names the three key fields, each with a
    // threshold a value can reach.
    void shippedCalibrationIsThere()
    {
        const ConfidenceCalibration& c = ConfidenceCalibration::shipped();
        for (const char* field : { "total", "date", "merchant" }) {
            const double t = c.sureFrom(QString::fromLatin1(field));
            QVERIFY2(t > 0.5 && t <= 1.0, field);
        }
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
        int totals = 0, dates = 0, merchants = 0, receipts = 0;
        // as the benchmark compares names: letters and digits, upper case
        auto normalName = [](const QString& name) {
            QString out;
            for (const QChar c : name.toUpper()) {
                if (c.isLetterOrNumber())
                    out += c;
            }
            return out;
        };
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
            if (const ExtractedField* m = r.field(QStringLiteral("merchant")))
                merchants += normalName(m->value)
                    == normalName(key.value(QStringLiteral("company")).toString());
        }
        const int n = int(images.size());
        qInfo("slice of %d receipts: %d classified as receipts, %d totals, %d dates, %d merchants "
              "right",
            n, receipts, totals, dates, merchants);
        QVERIFY(receipts >= n * 8 / 10);
        QVERIFY(totals >= n * 8 / 10);
        QVERIFY(dates >= n * 8 / 10);
        QVERIFY(merchants >= n * 6 / 10);
    }
};

QTEST_GUILESS_MAIN(TestReceiptExtractor)
#include "tst_receiptextractor.moc"
