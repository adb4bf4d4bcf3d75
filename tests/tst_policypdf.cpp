#include "TestSupport.h"
#include "demo/DemoData.h"
#include "policy/LineItemChecker.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTest>

using namespace ClaimDesk;

namespace {

// A PDF with a real text layer: each line drawn as text by QPdfWriter.
QString writeTextPdf(const QTemporaryDir& dir, const QString& text)
{
    const QString path = dir.filePath(QStringLiteral("policy.pdf"));
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    painter.setFont(font);
    int y = 40;
    for (const QString& line : text.split(u'\n')) {
        painter.drawText(30, y, line);
        y += 14;
    }
    painter.end();
    return path;
}

// Scanned pages put into a PDF with no text layer.
QString writeScannedPdf(const QTemporaryDir& dir, const QList<QImage>& pages)
{
    const QString path = dir.filePath(QStringLiteral("scan.pdf"));
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()), pages[i]);
    }
    painter.end();
    return path;
}

} // namespace

class TestPolicyPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pdfTextLayerIsImported()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        const QString pdf = writeTextPdf(dir, QString::fromUtf8(DemoData::formulary()));
        PolicyLibrary library(db);
        auto imported = library.importFile(pdf, QStringLiteral("formulary-pdf"));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY2(imported->clauses >= 13, qPrintable(QString::number(imported->clauses)));
        LineItemChecker checker(library);
        QVERIFY(checker.load().ok());
        auto r = checker.check(QStringLiteral("Panadoll 500mg"), ItemField::Pharmacy, {});
        QVERIFY(r.ok());
        QCOMPARE(r->decisionCode(), QStringLiteral("Excluded"));
        QVERIFY(r->clause->clauseId.startsWith(u"formulary-pdf-v1-"));
    }

    // A scan has no text layer: its pages are read by OCR, and the rules chunk
    // as they do from the text (bullets, indented examples, limits).
    void scannedPdfIsReadByOcr()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        const QStringList lines = QString::fromUtf8(DemoData::formulary()).split(u'\n');
        const int half = int(lines.size() / 2);
        const QString pdf = writeScannedPdf(dir,
            { Test::drawPolicyPage(lines.mid(0, half).join(u'\n'), 0.6),
                Test::drawPolicyPage(lines.mid(half).join(u'\n'), -0.4) });
        PolicyLibrary library(db);
        QList<int> progress;
        auto imported = library.importFile(
            pdf, QStringLiteral("scanned"), nullptr, [&](int done, int) { progress << done; });
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY(imported->ocr);
        QCOMPARE(imported->pages, 2);
        QCOMPARE(progress, QList<int>({ 0, 1, 2 }));
        QVERIFY2(
            imported->ocrConfidence > 0.8, qPrintable(QString::number(imported->ocrConfidence)));
        // The same clauses as the text itself gives.
        QTemporaryDir textDir;
        Database textDb = Test::openTempDatabase(textDir);
        const auto fromText
            = PolicyLibrary(textDb).importText(QStringLiteral("t"), DemoData::formulary());
        QVERIFY(fromText.ok());
        QCOMPARE(imported->clauses, fromText->clauses);

        LineItemChecker checker(library);
        QVERIFY(checker.load().ok());
        const struct
        {
            const char* item;
            const char* decision;
            const char* alternative;
        } cases[] = {
            { "Panadoll 500mg", "Excluded", "Adol" },
            { "Procid 40 mg", "Excluded", "Procid 20 mg" },
            { "brain MRI scan", "Excluded", "prior approval" },
            { "a 21-day antibiotic course", "Excluded", "10 days" },
            { "Adol 500 mg", "Allowed", "" },
        };
        for (const auto& c : cases) {
            auto r = checker.check(QString::fromUtf8(c.item), ItemField::Pharmacy, {});
            QVERIFY(r.ok());
            QVERIFY2(r->decisionCode() == QLatin1String(c.decision),
                qPrintable(QStringLiteral("%1: %2 (%3)")
                               .arg(QLatin1String(c.item), r->decisionCode(), r->reason)));
            QVERIFY(r->clause && r->clause->clauseId.startsWith(u"scanned-v1-"));
            if (*c.alternative)
                QVERIFY2(r->alternatives.join(u';').contains(
                             QLatin1String(c.alternative), Qt::CaseInsensitive),
                    qPrintable(QLatin1String(c.item) + u": " + r->alternatives.join(u';')));
        }

        // Cancelled between pages: nothing stored.
        std::atomic_bool cancel = false;
        auto cancelled = library.importFile(
            pdf, QStringLiteral("cancelled"), &cancel, [&](int done, int) { cancel = done >= 1; });
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.error().contains(u"cancelled"), qPrintable(cancelled.error()));
        QCOMPARE(*library.clauseCount(), qint64(imported->clauses));
    }

    void aScanWithoutTextIsRefused()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        const QString path = dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            QImage image(200, 100, QImage::Format_RGB32);
            image.fill(Qt::gray);
            painter.drawImage(0, 0, image);
        }
        auto r = PolicyLibrary(db).importFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"no text could be read"), qPrintable(r.error()));
        QVERIFY(
            !PolicyLibrary(db).importText(QStringLiteral("x"), QByteArray("%PDF-1.4 broken")).ok());
    }

    // The command line reads PDFs too (no GUI application there).
    void cliImportsAPdf()
    {
        QTemporaryDir dir;
        const QString pdf = writeTextPdf(dir, QString::fromUtf8(DemoData::formulary()));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CLAIMDESK_CLI_PATH),
            Test::bookArguments(Test::bookAt(dir.filePath(QStringLiteral("cli.sqlite"))))
                + QStringList { QStringLiteral("policy"), QStringLiteral("import"), pdf,
                    QStringLiteral("--name"), QStringLiteral("fromPdf") });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("fromPdf version 1"));
    }
};

QTEST_MAIN(TestPolicyPdf)
#include "tst_policypdf.moc"
