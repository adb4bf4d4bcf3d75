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
        QVERIFY2(r.error().contains(u"no text layer"), qPrintable(r.error()));
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
            { QStringLiteral("--db"), dir.filePath(QStringLiteral("cli.sqlite")),
                QStringLiteral("policy"), QStringLiteral("import"), pdf, QStringLiteral("--name"),
                QStringLiteral("fromPdf") });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("fromPdf version 1"));
    }
};

QTEST_MAIN(TestPolicyPdf)
#include "tst_policypdf.moc"
