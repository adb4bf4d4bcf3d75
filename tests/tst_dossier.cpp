#include "DossierView.h"
#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "demo/DemoData.h"
#include "export/ClaimDossier.h"
#include "storage/DocumentRepository.h"

#include <QApplication>
#include <QBuffer>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace ClaimDesk;

namespace {

QByteArray receiptPng()
{
    QImage image(600, 800, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(QFont(QStringLiteral("DejaVu Sans"), 28));
    p.drawText(40, 100, QStringLiteral("RECEIPT"));
    p.drawText(40, 200, QStringLiteral("TOTAL 1,355.00"));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

class TestDossier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<Test::GuiThreadQueryWatch> m_guiThreadQueries;
    QString m_claimId;

private Q_SLOTS:
    // No statement of the code under test runs on the GUI thread.
    void init() { m_guiThreadQueries.emplace(*m_db); }
    void cleanup() { Test::verifyNoGuiThreadQueries(m_guiThreadQueries); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
        QVERIFY(DemoData::importPolicies(*m_db).ok());
        ClaimBook book(*m_db, DecisionEngine());
        NewClaim c;
        c.amount = Money::fromCents(135500);
        c.serviceDate = QDate(2026, 3, 2);
        c.diagnosisCode = QStringLiteral("J10");
        c.claimantName = QStringLiteral("<script>alert(1)</script> Somchai");
        c.claimantNationalId = QStringLiteral("3100701443816");
        c.lineItems = { { QStringLiteral("Consultation"), Money::fromUnits(800) } };
        auto filed = book.file(c, QStringLiteral("adjuster"));
        QVERIFY(filed.ok());
        m_claimId = filed->id;
        QVERIFY(book.claims()
                    .setStatus(m_claimId, ClaimStatus::UnderReview, QStringLiteral("checking"),
                        QStringLiteral("adjuster"))
                    .ok());
        DocumentRepository documents(*m_db);
        auto added = documents.add(m_claimId, receiptPng(), QStringLiteral("receipt.png"),
            QStringLiteral("image/png"), QStringLiteral("adjuster"));
        QVERIFY(added.ok());
        ExtractedField total;
        total.name = QStringLiteral("total");
        total.value = QStringLiteral("1355.00");
        total.printedText = QStringLiteral("1,355.00");
        total.confidence = 0.91;
        ExtractedField date;
        date.name = QStringLiteral("date");
        date.value = QStringLiteral("2026-03-02");
        date.modelValue = QStringLiteral("2026-03-05"); // the model read it otherwise
        ExtractedField merchant;
        merchant.name = QStringLiteral("merchant");
        merchant.value = QStringLiteral("Bangkok Pharmacy");
        merchant.source = QStringLiteral("llm"); // found by the model alone
        QVERIFY(documents
                    .saveReading(added->document.id, QStringLiteral("receipt"),
                        { total, date, merchant }, QStringLiteral("adjuster"))
                    .ok());
        // Who read each field, and the model's other reading, are stored.
        const auto stored = documents.fields(added->document.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 3);
        QCOMPARE(stored->at(0).source, QStringLiteral("ocr"));
        QCOMPARE(stored->at(1).modelValue, QStringLiteral("2026-03-05"));
        QCOMPARE(stored->at(2).source, QStringLiteral("llm"));
    }

    void htmlHoldsEverySection()
    {
        const auto html = ClaimDossier(*m_db, RuleSet::defaults()).html(m_claimId);
        QVERIFY2(html.ok(), qPrintable(html.error()));
        QVERIFY(html->contains(m_claimId));
        // The claimant's name is text, never markup.
        QVERIFY(!html->contains(u"<script>"));
        QVERIFY(html->contains(u"&lt;script&gt;"));
        QVERIFY(html->contains(u"data:image/jpeg;base64,")); // the receipt's thumbnail
        QVERIFY(html->contains(u"Total paid")); // the field's readable label
        QVERIFY(html->contains(u"1355.00"));
        QVERIFY(html->contains(u"(the model read &quot;2026-03-05&quot;)"));
        QVERIFY(html->contains(u"Consultation"));
        QVERIFY(html->contains(u"checking")); // the memo, from the audit trail too
        QVERIFY(html->contains(u"Under Review"));
        // The trail reads in words: its actions by their labels, never the stored codes.
        QVERIFY(html->contains(u"<td>Status changed</td>"));
        QVERIFY(html->contains(u"<td>Document attached</td>"));
        QVERIFY(!html->contains(u"<td>status</td>"));
        QVERIFY(!html->contains(u"<td>document_read</td>"));
        const auto missing = ClaimDossier(*m_db, RuleSet::defaults()).html(QStringLiteral("H-1"));
        QVERIFY(!missing.ok());
    }

    // A claim that cannot be read is said so in the window, never a blank page.
    void anUnknownClaimIsReported()
    {
        DossierView view(m_db->location(), RuleSet::defaults());
        QSignalSpy loaded(&view, &DossierView::loaded);
        view.showClaim(QStringLiteral("H-20990101-000001"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.first().first().toBool());
    }

    // The dossier renders in WebEngine and prints to a PDF whose text holds the claim.
    void savesAPdfWithTheClaim()
    {
        DossierView view(m_db->location(), RuleSet::defaults());
        QSignalSpy loaded(&view, &DossierView::loaded);
        view.showClaim(m_claimId);
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
        QSignalSpy saved(&view, &DossierView::pdfSaved);
        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        view.saveAsPdf(pdf);
        QVERIFY(saved.wait(60000));
        QVERIFY(saved.first().at(1).toBool());

        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) did not run");
        QCOMPARE(text.exitCode(), 0);
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(m_claimId), qPrintable(content.left(400)));
        QVERIFY(content.contains(u"Somchai"));
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestDossier test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dossier.moc"
