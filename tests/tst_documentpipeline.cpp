// The document pipeline end to end on pages drawn here (so the expected values
// and boxes are known): preprocessing geometry, OCR, classification, extraction,
// PDF text layers, photos, bad files, and the parallel ExtractionJob.
#include "TestSupport.h"
#include "domain/DocumentCategory.h"
#include "extract/DocumentReader.h"
#include "extract/ExtractionJob.h"
#include "ocr/ImagePreprocessor.h"
#include "ocr/LineRereader.h"
#include "ocr/TesseractEngine.h"
#include "ocr/UncoveredText.h"
#include "util/NationalId.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimDesk;

namespace {

struct DrawnPage
{
    QImage image;
    QHash<QString, QPointF> centers; // where each line's text ended up
};

// Lines of text drawn on a white page, optionally rotated by `degrees`.
DrawnPage drawPage(
    const QStringList& lines, double degrees = 0, QSize size = { 1240, 1754 }, int pixelSize = 30)
{
    DrawnPage out;
    out.image = QImage(size, QImage::Format_RGB32);
    out.image.fill(Qt::white);
    QPainter p(&out.image);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    p.setFont(font);
    p.setPen(Qt::black);
    QTransform t;
    t.translate(size.width() / 2.0, size.height() / 2.0)
        .rotate(degrees)
        .translate(-size.width() / 2.0, -size.height() / 2.0);
    p.setTransform(t);
    int y = 150;
    for (const QString& line : lines) {
        const QRect r(120, y, size.width() - 240, pixelSize + 12);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, line);
        const QRect ink = p.fontMetrics().boundingRect(line);
        out.centers.insert(line, t.map(QPointF(r.left() + ink.width() / 2.0, r.center().y())));
        y += pixelSize * 2;
    }
    return out;
}

// The page printed as a dot-matrix printer prints it: each letter's ink kept
// only as dots on a grid `period` pixels apart, `gap` pixels of paper between them.
QImage asDots(const QImage& page, int period, int gap)
{
    QImage out = page.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < out.height(); ++y) {
        QRgb* line = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const bool dot = x % period < period - gap && y % period < period - gap;
            if (!dot)
                line[x] = qRgb(255, 255, 255);
        }
    }
    return out;
}

using Test::png;

QString value(const DocumentReading& r, const char* name)
{
    const ExtractedField* f = r.field(QString::fromLatin1(name));
    return f ? f->value : QStringLiteral("<missing>");
}

QString validId()
{
    const QString first12 = QStringLiteral("310070144381");
    return first12 + QString::number(NationalId::checkDigit(first12));
}

} // namespace

class TestDocumentPipeline final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(TesseractEngine::installedLanguages().contains(QStringLiteral("eng")),
            "tesseract-ocr-eng is installed");
    }

    void optionsFromSpec()
    {
        QString error;
        PreprocessOptions o = PreprocessOptions::fromSpec(QStringLiteral("scale,deskew"), &error);
        QVERIFY(error.isEmpty());
        QVERIFY(o.normalizeScale && o.deskew && !o.binarize && !o.grayscale);
        o = PreprocessOptions::fromSpec(QStringLiteral("-deskew"), &error);
        QVERIFY(o.grayscale && o.normalizeScale && !o.deskew);
        QCOMPARE(
            PreprocessOptions::fromSpec(QStringLiteral("none")).spec(), QStringLiteral("none"));
        QVERIFY(PreprocessOptions::fromSpec(QStringLiteral("all")).binarize);
        // joining broken print is asked for, not a default
        QVERIFY(!PreprocessOptions().joinInk);
        QVERIFY(PreprocessOptions::fromSpec(QStringLiteral("grayscale,join"), &error).joinInk);
        QCOMPARE(PreprocessOptions::fromSpec(QStringLiteral("flatten,join")).spec(),
            QStringLiteral("flatten,join"));
        PreprocessOptions::fromSpec(QStringLiteral("sharpen"), &error);
        QVERIFY(error.contains(QLatin1String("sharpen")));
    }

    void skewIsMeasuredAndCorrected()
    {
        QStringList lines;
        for (int i = 0; i < 14; ++i)
            lines << QStringLiteral("Line %1 of a skewed page with enough words to measure").arg(i);
        for (double degrees : { -6.0, 3.0 }) {
            const DrawnPage page = drawPage(lines, degrees);
            const double measured = ImagePreprocessor::estimateSkew(page.image);
            // drawn clockwise on screen (y down) for positive degrees
            QVERIFY2(qAbs(measured + degrees) < 1.0, qPrintable(QString::number(measured)));
            PreprocessOptions o = PreprocessOptions::none();
            o.grayscale = o.deskew = true;
            const PreparedPage prepared = ImagePreprocessor::prepare(page.image, 300, o);
            QVERIFY(qAbs(prepared.skewDegrees + degrees) < 1.0);
            QVERIFY(qAbs(ImagePreprocessor::estimateSkew(prepared.image)) < 0.6);
        }
    }

    void scaleIsNormalisedAndMappedBack()
    {
        const DrawnPage page = drawPage(
            { QStringLiteral("SMALL PRINT RECEIPT TEXT"), QStringLiteral("MORE SMALL PRINT 12.50"),
                QStringLiteral("ANOTHER LINE OF SMALL TEXT") },
            0, { 600, 400 }, 12);
        const int height = ImagePreprocessor::estimateTextHeight(page.image);
        QVERIFY2(height >= 7 && height <= 13, qPrintable(QString::number(height)));
        PreprocessOptions o = PreprocessOptions::none();
        o.grayscale = o.normalizeScale = true;
        const PreparedPage prepared = ImagePreprocessor::prepare(page.image, 150, o);
        QVERIFY(prepared.scale > 1.5);
        QCOMPARE(prepared.dpi, int(std::lround(150 * prepared.scale)));
        // a point on the prepared image maps back onto the source
        const QPointF back
            = prepared.toSource.map(QPointF(100 * prepared.scale, 50 * prepared.scale));
        QVERIFY(qAbs(back.x() - 100) < 1.0 && qAbs(back.y() - 50) < 1.0);
    }

    void photographedPageIsStraightened()
    {
        // a white sheet photographed at an angle on a dark desk
        QImage photo(1000, 800, QImage::Format_RGB32);
        photo.fill(QColor(60, 50, 40));
        QPainter p(&photo);
        p.setRenderHint(QPainter::Antialiasing);
        const QPolygonF sheet(
            { QPointF(180, 90), QPointF(840, 140), QPointF(800, 720), QPointF(140, 660) });
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawPolygon(sheet);
        p.end();
        PreprocessOptions o = PreprocessOptions::none();
        o.grayscale = o.perspective = true;
        const PreparedPage prepared = ImagePreprocessor::prepare(photo, 300, o);
        QVERIFY(prepared.perspectiveCorrected);
        // the prepared image's corners are the sheet's corners on the photo
        const QPointF topLeft = prepared.toSource.map(QPointF(0, 0));
        const QPointF bottomRight = prepared.toSource.map(
            QPointF(prepared.image.width() - 1, prepared.image.height() - 1));
        QVERIFY2(QLineF(topLeft, sheet[0]).length() < 12,
            qPrintable(QStringLiteral("%1,%2").arg(topLeft.x()).arg(topLeft.y())));
        QVERIFY(QLineF(bottomRight, sheet[2]).length() < 12);
        // a flat scan is left alone
        QImage scan(800, 1000, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QVERIFY(!ImagePreprocessor::prepare(scan, 300, o).perspectiveCorrected);
    }

    void thaiLettersReadAsWordsAreJoined()
    {
        // as Tesseract's Thai model reports "วันที่ 15 ธ.ค. 2566": letter by letter
        auto word = [](const char* text, int left, int right, int line = 0) {
            OcrWord w;
            w.text = QString::fromUtf8(text);
            w.box = QRect(QPoint(left, 200), QPoint(right, 222));
            w.confidence = 0.93f;
            w.line = line;
            return w;
        };
        const QList<OcrWord> letters { word("ว", 72, 82), word("ั", 82, 94), word("น", 94, 106),
            word("ท", 108, 117), word("ี", 117, 129), word("่", 129, 141), word("15", 150, 178),
            word("ธ", 194, 205), word(".", 212, 214), word("ค", 220, 234), word(".", 240, 242),
            word("2566", 257, 320), word("Total", 400, 460), word("ประจ", 470, 520),
            word("ํา", 522, 530), word("ตัว", 600, 640, 1) };
        const QList<OcrWord> joined = joinSplitThaiWords(letters);
        QStringList texts;
        for (const OcrWord& w : joined)
            texts << w.text;
        // a space's gap apart stays apart; the next line is another word; sara am
        // written as two marks is the one letter
        QCOMPARE(texts,
            (QStringList { QStringLiteral("วันที่"), QStringLiteral("15"), QStringLiteral("ธ.ค."),
                QStringLiteral("2566"), QStringLiteral("Total"), QStringLiteral("ประจำ"),
                QStringLiteral("ตัว") }));
        QCOMPARE(joined.first().box, QRect(QPoint(72, 200), QPoint(141, 222)));
        // Latin text is left alone, points and all
        const QList<OcrWord> latin { word("D.", 10, 30), word(".", 34, 36), word("I.", 40, 60) };
        QCOMPARE(joinSplitThaiWords(latin).size(), 3);
    }

    void framedFaintReceiptIsFlattened()
    {
        // A thermal receipt printed faint (grey ink on grey paper) and scanned
        // inside a black frame: Otsu over the whole page separates frame from
        // paper and loses every letter, so Tesseract read nothing on such scans.
        QImage scan(700, 900, QImage::Format_RGB32);
        scan.fill(Qt::black);
        QPainter p(&scan);
        p.fillRect(QRect(30, 25, 640, 850), QColor(215, 215, 215));
        QFont font(QStringLiteral("DejaVu Sans Mono"));
        font.setPixelSize(26);
        p.setFont(font);
        p.setPen(QColor(150, 150, 150));
        const QStringList lines { QStringLiteral("MEGAH RETAIL SDN BHD"),
            QStringLiteral("TAX INVOICE"), QStringLiteral("Date: 09/05/2018 1:12 PM"),
            QStringLiteral("CALPIS ORIGINAL     2.49"), QStringLiteral("COKE                2.20"),
            QStringLiteral("TOTAL               4.70") };
        for (int i = 0; i < lines.size(); ++i)
            p.drawText(70, 110 + 60 * i, lines[i]);
        p.end();

        PreprocessOptions o = PreprocessOptions::none();
        o.grayscale = o.flatten = true;
        const PreparedPage prepared = ImagePreprocessor::prepare(scan, 300, o);
        const QImage& img = prepared.image;
        // the frame is gone, the paper is white and the ink is dark
        QCOMPARE(qGray(img.pixel(5, 450)), 255);
        QCOMPARE(qGray(img.pixel(350, 5)), 255);
        QVERIFY2(qGray(img.pixel(300, 600)) >= 245,
            qPrintable(QString::number(qGray(img.pixel(300, 600)))));
        int darkest = 255;
        for (int y = 90; y < 120; ++y) {
            for (int x = 70; x < 400; ++x)
                darkest = std::min(darkest, qGray(img.pixel(x, y)));
        }
        QVERIFY2(darkest < 60, qPrintable(QString::number(darkest)));
        // without the step the frame stays
        o.flatten = false;
        QCOMPARE(qGray(ImagePreprocessor::prepare(scan, 300, o).image.pixel(5, 450)), 0);

        TesseractEngine engine(QStringLiteral("eng"));
        const DocumentReading r
            = DocumentReader().read(png(scan), QStringLiteral("framed.png"), engine);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(value(r, "total"), QStringLiteral("4.70"));
        QCOMPARE(value(r, "merchant"), QStringLiteral("MEGAH RETAIL SDN BHD"));
    }

    void dotMatrixPrintIsJoined()
    {
        const DrawnPage drawn = drawPage(
            { QStringLiteral("TIMES BOOKSTORES"), QStringLiteral("Date: 23/04/2017 10:00"),
                QStringLiteral("PILOT BALLPOINT PEN     1.49"),
                QStringLiteral("PILOT BRUSH PEN         5.89"),
                QStringLiteral("Total             RM   12.37"),
                QStringLiteral("Tendered-CASH     RM   50.00"),
                QStringLiteral("Change            RM   37.63") },
            0, { 1000, 900 }, 34);
        // Tesseract finds no line at all in dots 3 px wide with 1 px of paper between
        const QImage dots = asDots(drawn.image, 4, 1);
        TesseractEngine engine(QStringLiteral("eng"));
        ReadOptions plain;
        plain.joinInkBelowConfidence = 0;
        const DocumentReading broken
            = DocumentReader(plain).read(png(dots), QStringLiteral("dots.png"), engine);
        QVERIFY2(broken.ok(), qPrintable(broken.error));
        QVERIFY(!broken.pages.first().inkJoined);
        const DocumentReading joined
            = DocumentReader().read(png(dots), QStringLiteral("dots.png"), engine);
        QVERIFY2(joined.ok(), qPrintable(joined.error));
        qInfo("mean confidence: dots %.2f, joined %.2f", broken.pages.first().meanConfidence(),
            joined.pages.first().meanConfidence());
        QVERIFY(joined.pages.first().inkJoined);
        QVERIFY(joined.pages.first().meanConfidence() > broken.pages.first().meanConfidence());
        QCOMPARE(value(joined, "total"), QStringLiteral("12.37"));
        QCOMPARE(value(joined, "date"), QStringLiteral("2017-04-23"));

        // print that reads well is not read a second time
        const DocumentReading clean
            = DocumentReader().read(png(drawn.image), QStringLiteral("clean.png"), engine);
        QVERIFY(!clean.pages.first().inkJoined);
        QCOMPARE(value(clean, "total"), QStringLiteral("12.37"));
    }

    void linesTheFirstPassMissedAreFound()
    {
        // a heading three times the body's size, a rule and a filled box; the
        // body's words are what the pass over the page read
        QImage page(900, 600, QImage::Format_Grayscale8);
        page.fill(255);
        QPainter p(&page);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(66);
        p.setFont(font);
        p.setPen(Qt::black);
        const QRect heading = p.fontMetrics().boundingRect(QStringLiteral("POPULAR BOOK"));
        p.drawText(100, 100, QStringLiteral("POPULAR BOOK"));
        font.setPixelSize(22);
        p.setFont(font);
        QList<QRect> read;
        for (int i = 0; i < 5; ++i) {
            const QString text = QStringLiteral("No 8, Jalan 7/118B, Desa Tun Razak %1").arg(i);
            const int baseline = 200 + 40 * i;
            p.drawText(100, baseline, text);
            read.append(p.fontMetrics().boundingRect(text).translated(100, baseline));
        }
        p.fillRect(QRect(100, 430, 700, 3), Qt::black); // a rule
        p.fillRect(QRect(100, 470, 200, 60), Qt::black); // a picture
        p.end();

        const QList<QRect> missed = UncoveredText::lines(page, read, 16);
        QCOMPARE(missed.size(), 1);
        const QRect expected = heading.translated(100, 100);
        QVERIFY2(missed.first().intersects(expected)
                && missed.first().width() > expected.width() * 8 / 10,
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(missed.first().x())
                           .arg(missed.first().y())
                           .arg(missed.first().width())
                           .arg(missed.first().height())));
        // once read, nothing is left to find
        read.append(expected);
        QVERIFY(UncoveredText::lines(page, read, 16).isEmpty());
    }

    void headingInLargerPrintIsRead()
    {
        // The top half of a real receipt (SROIE 072): Tesseract's block mode
        // leaves out its heading, printed twice the size of the body; read on its
        // own, the heading gives the shop's name.
        QFile file(QStringLiteral(CLAIMDESK_TEST_DATA "/receipt-heading.jpg"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        TesseractEngine engine(QStringLiteral("eng"));
        ReadOptions without;
        without.readUncoveredLines = false;
        without.secondLook = false;
        const DocumentReading before
            = DocumentReader(without).read(bytes, QStringLiteral("heading.jpg"), engine);
        QVERIFY2(before.ok(), qPrintable(before.error));
        QVERIFY2(!before.pages.first().text().contains(QLatin1String("POPULAR")),
            qPrintable(before.pages.first().text()));
        ReadOptions with = without;
        with.readUncoveredLines = true;
        const DocumentReading after
            = DocumentReader(with).read(bytes, QStringLiteral("heading.jpg"), engine);
        QVERIFY2(after.pages.first().text().contains(QLatin1String("POPULAR BOOK")),
            qPrintable(after.pages.first().text()));
        // in reading order: the heading comes first
        QVERIFY2(after.pages.first().text().startsWith(QLatin1String("POPULAR BOOK")),
            qPrintable(after.pages.first().text()));
        QVERIFY(after.pages.first().text().contains(QLatin1String("SDN BHD")));
        // the lines read on their own sit where the heading is printed
        for (const OcrWord& w : after.pages.first().words) {
            if (w.text == QLatin1String("POPULAR"))
                QVERIFY2(w.box.top() > 60 && w.box.bottom() < 260,
                    qPrintable(QStringLiteral("%1,%2").arg(w.box.top()).arg(w.box.bottom())));
        }
    }

    void rowIsReadAgainOnItsOwn()
    {
        const DrawnPage page = drawPage(
            { QStringLiteral("HEADER LINE ABOVE"), QStringLiteral("UNIHAKKA INTERNATIONAL SDN BHD"),
                QStringLiteral("LINE BELOW 12.50") },
            0, { 900, 500 }, 16);
        TesseractEngine engine(QStringLiteral("eng"));
        QVERIFY(engine.init().ok());
        const TesseractEngine::Layout before = engine.layout();
        const LineRereader rereader(page.image, 0, { &engine });
        const QPointF c = page.centers.value(QStringLiteral("UNIHAKKA INTERNATIONAL SDN BHD"));
        const QRect row(110, int(c.y()) - 10, 560, 20);
        const QList<OcrWord> words = rereader.read(row);
        QStringList texts;
        for (const OcrWord& w : words) {
            texts << w.text;
            // boxes are on the page, inside the row read
            QVERIFY2(row.adjusted(-8, -8, 8, 8).contains(w.box),
                qPrintable(QStringLiteral("%1 %2,%3").arg(w.text).arg(w.box.x()).arg(w.box.y())));
        }
        QCOMPARE(texts.join(QLatin1Char(' ')), QStringLiteral("UNIHAKKA INTERNATIONAL SDN BHD"));

        // a second engine, one for the whole process and locked around each read
        const TesseractEngine::Shared shared = TesseractEngine::shared(QStringLiteral("eng"));
        QVERIFY(shared.engine && shared.mutex);
        QCOMPARE(TesseractEngine::shared(QStringLiteral("eng")).engine, shared.engine);
        LineRereader voting(page.image, 0, { &engine });
        voting.addEngine(shared.engine, shared.mutex);
        QCOMPARE(voting.engineCount(), 2);
        QStringList again;
        for (const OcrWord& w : voting.read(row, 1))
            again << w.text;
        QCOMPARE(again.join(QLatin1Char(' ')), QStringLiteral("UNIHAKKA INTERNATIONAL SDN BHD"));
        QVERIFY(voting.read(row, 2).isEmpty());
        // the engine's page layout is given back
        QCOMPARE(engine.layout(), before);
        QVERIFY(rereader.read(QRect()).isEmpty());
    }

    void readsADrawnReceiptWithBoxesOnTheSource()
    {
        const QString totalLine = QStringLiteral("TOTAL (RM)              123.45");
        const DrawnPage page = drawPage(
            { QStringLiteral("ACME PHARMACY SDN BHD"), QStringLiteral("RECEIPT"),
                QStringLiteral("Date: 25/12/2018  10:31"),
                QStringLiteral("Paracetamol 500mg      23.45"),
                QStringLiteral("Consultation          100.00"), totalLine,
                QStringLiteral("CASH                  150.00"),
                QStringLiteral("CHANGE                 26.55"), QStringLiteral("THANK YOU") },
            2.5);
        TesseractEngine engine(QStringLiteral("eng"));
        const DocumentReading r
            = DocumentReader().read(png(page.image), QStringLiteral("receipt.png"), engine);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.category(), DocumentCategory::Receipt);
        QCOMPARE(value(r, "total"), QStringLiteral("123.45"));
        QCOMPARE(value(r, "date"), QStringLiteral("2018-12-25"));
        QCOMPARE(value(r, "merchant"), QStringLiteral("ACME PHARMACY SDN BHD"));
        // the total's box is on the drawn total line (the page was rotated, the
        // reading deskewed it, and the box is mapped back onto the rotated page)
        QVERIFY(r.field(QStringLiteral("total")));
        const QRectF box = r.field(QStringLiteral("total"))->box;
        QVERIFY(!box.isEmpty());
        QVERIFY2(qAbs(box.center().y() - page.centers.value(totalLine).y()) < 40,
            qPrintable(QStringLiteral("box %1,%2").arg(box.center().x()).arg(box.center().y())));
        QVERIFY(box.center().x() > page.centers.value(totalLine).x());
        QVERIFY(r.times.ocr > 0);
    }

    void pdfTextLayerIsUsedInsteadOfOcr()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(300);
            QPainter p(&writer);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSize(12);
            p.setFont(font);
            int y = 300;
            for (const char* line : { "CITY HOSPITAL CO., LTD.", "OFFICIAL RECEIPT",
                     "Receipt No: RC-20931", "Date: 02/03/2018", "TOTAL 1,250.00" }) {
                p.drawText(200, y, QString::fromLatin1(line));
                y += 120;
            }
        }
        buffer.close();
        TesseractEngine engine(QStringLiteral("eng")); // must not be needed
        const DocumentReading r
            = DocumentReader().read(bytes, QStringLiteral("receipt.pdf"), engine);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), 1);
        QVERIFY(r.pages.first().fromTextLayer);
        qInfo("%s", qPrintable(r.pages.first().text()));
        QVERIFY(!engine.isReady());
        QCOMPARE(r.category(), DocumentCategory::Receipt);
        QCOMPARE(value(r, "total"), QStringLiteral("1250.00"));
        QCOMPARE(value(r, "billing_number"), QStringLiteral("RC-20931"));
        QVERIFY(
            r.field(QStringLiteral("total")) && !r.field(QStringLiteral("total"))->box.isEmpty());
    }

    void multiPagePdfIsReadPageByPage()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            QPainter p(&writer);
            for (int page = 1; page <= 3; ++page) {
                if (page > 1)
                    writer.newPage();
                p.drawText(200, 400,
                    QStringLiteral("ITEMIZED STATEMENT OF CHARGES page %1 of 3").arg(page));
            }
        }
        buffer.close();
        TesseractEngine engine(QStringLiteral("eng"));
        const DocumentReading straight
            = DocumentReader().read(bytes, QStringLiteral("bill.pdf"), engine);
        QVERIFY2(straight.ok(), qPrintable(straight.error));
        ExtractionJob job({ { QStringLiteral("bill.pdf"), {}, bytes } }, ReadOptions {}, 2);
        QSignalSpy read(&job, &ExtractionJob::documentRead);
        QSignalSpy finished(&job, &ExtractionJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        const DocumentReading parallel = read.first().at(1).value<DocumentReading>();
        QVERIFY2(parallel.ok(), qPrintable(parallel.error));
        for (const DocumentReading* r : { &straight, &parallel }) {
            QCOMPARE(r->pages.size(), 3);
            for (int page = 0; page < 3; ++page) {
                QCOMPARE(r->pages[page].index, page);
                QVERIFY(
                    r->pages[page].text().contains(QStringLiteral("page %1 of 3").arg(page + 1)));
            }
            QCOMPARE(r->category(), DocumentCategory::ItemizedBill);
        }
    }

    void thaiIdCard()
    {
        if (!TesseractEngine::installedLanguages().contains(QStringLiteral("tha")))
            QSKIP("tesseract-ocr-tha is not installed");
        const QString id = validId();
        const QString grouped = id.left(1) + u' ' + id.mid(1, 4) + u' ' + id.mid(5, 5) + u' '
            + id.mid(10, 2) + u' ' + id.mid(12);
        const DrawnPage page
            = drawPage({ QStringLiteral("บัตรประจำตัวประชาชน Thai National ID Card"),
                           QStringLiteral("เลขประจำตัวประชาชน ") + grouped,
                           QStringLiteral("Identification Number ") + grouped,
                           QStringLiteral("Name Mr. Somchai"), QStringLiteral("Last name Jaidee"),
                           QStringLiteral("Date of Birth 12 Jan. 1987"),
                           QStringLiteral("Date of Expiry 11 Jan. 2030") },
                0, { 1240, 900 }, 34);
        TesseractEngine engine(QStringLiteral("eng+tha"));
        const DocumentReading r
            = DocumentReader().read(png(page.image), QStringLiteral("id.png"), engine);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.category(), DocumentCategory::CitizenIdCard);
        QCOMPARE(value(r, "citizen_id"), id);
        QCOMPARE(value(r, "date_of_birth"), QStringLiteral("1987-01-12"));
        QCOMPARE(value(r, "expiry_date"), QStringLiteral("2030-01-11"));
    }

    void photoWithGps()
    {
        QFile f(QStringLiteral(CLAIMDESK_TEST_DATA "/photo_gps.jpg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        TesseractEngine engine(QStringLiteral("eng"));
        const DocumentReading r
            = DocumentReader().read(f.readAll(), QStringLiteral("damage.jpg"), engine);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(DocumentCategory::isPhoto(r.category()));
        QCOMPARE(value(r, "gps_latitude").left(7), QStringLiteral("13.7563"));
        QCOMPARE(value(r, "taken_at"), QStringLiteral("2026-11-02T14:35:10"));
    }

    void badFilesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QByteArray() << "empty.jpg";
        QTest::newRow("text") << QByteArray("this is not an image") << "notes.jpg";
        QTest::newRow("truncated png")
            << png(drawPage({ QStringLiteral("x") }).image).left(200) << "cut.png";
        QTest::newRow("broken pdf") << QByteArray("%PDF-1.4\n1 0 obj garbage") << "broken.pdf";
    }
    void badFilesAreNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        TesseractEngine engine(QStringLiteral("eng"));
        const DocumentReading r = DocumentReader().read(bytes, name, engine);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(name), qPrintable(r.error));
    }

    void unknownDocumentListsAcceptedOnes()
    {
        const QString message
            = DocumentClassifier::unknownMessage(DocumentCategory::acceptedFor(ClaimType::Health));
        QVERIFY(message.contains(DocumentCategory::label(DocumentCategory::MedicalCertificate)));
        QVERIFY(message.contains(DocumentCategory::label(DocumentCategory::Receipt)));
        QVERIFY(!message.contains(DocumentCategory::label(DocumentCategory::DrivingLicense)));
    }

    void jobReadsInParallelAndReportsEachFile()
    {
        const DrawnPage receipt = drawPage(
            { QStringLiteral("RECEIPT"), QStringLiteral("TOTAL 42.00") }, 0, { 800, 600 });
        QList<ExtractionJob::Input> inputs { { QStringLiteral("a.png"), {}, png(receipt.image) },
            { QStringLiteral("broken.jpg"), {}, QByteArray("nope") },
            { QStringLiteral("photo.jpg"), QStringLiteral(CLAIMDESK_TEST_DATA "/photo_gps.jpg"),
                {} },
            { QStringLiteral("missing.jpg"), QStringLiteral("/nonexistent/missing.jpg"), {} } };
        ExtractionJob job(inputs, ReadOptions { QStringLiteral("eng"), {} }, 2);
        QSignalSpy read(&job, &ExtractionJob::documentRead);
        QSignalSpy progress(&job, &ExtractionJob::progress);
        QSignalSpy finished(&job, &ExtractionJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(read.size(), 4);
        QHash<int, DocumentReading> byIndex;
        for (const auto& args : std::as_const(read))
            byIndex.insert(args.at(0).toInt(), args.at(1).value<DocumentReading>());
        QVERIFY2(byIndex.value(0).ok(), qPrintable(byIndex.value(0).error));
        QCOMPARE(value(byIndex.value(0), "total"), QStringLiteral("42.00"));
        QVERIFY(byIndex.value(1).error.contains(QLatin1String("broken.jpg")));
        QVERIFY(byIndex.value(2).ok());
        QVERIFY(byIndex.value(3).error.contains(QLatin1String("missing.jpg")));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 4);
    }

    void jobCanBeCanceled()
    {
        QList<ExtractionJob::Input> inputs;
        const QByteArray page
            = png(drawPage({ QStringLiteral("RECEIPT"), QStringLiteral("TOTAL 1.00") }).image);
        for (int i = 0; i < 12; ++i)
            inputs.append({ QStringLiteral("p%1.png").arg(i), {}, page });
        ExtractionJob job(inputs, ReadOptions { QStringLiteral("eng"), {} }, 2);
        QSignalSpy read(&job, &ExtractionJob::documentRead);
        QSignalSpy finished(&job, &ExtractionJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(read.size(), 12); // every file is answered, canceled ones with an error
        int canceled = 0;
        for (const auto& args : std::as_const(read))
            canceled += !args.at(1).value<DocumentReading>().ok();
        QVERIFY(canceled > 0);
    }
};

QTEST_MAIN(TestDocumentPipeline)
#include "tst_documentpipeline.moc"
