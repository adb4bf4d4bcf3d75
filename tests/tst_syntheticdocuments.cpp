// The document pipeline on synthetic Thai documents of every category a claim
// needs (tests/SyntheticDocuments), clean and spoiled as scans and photos are.
// bench_synthetic reports the same per category over more documents.
#include "SyntheticEvaluation.h"
#include "TestSupport.h"
#include "extract/DocumentReader.h"
#include "ocr/TesseractEngine.h"
#include "util/NationalId.h"

#include <QFile>
#include <QTest>

using namespace ClaimDesk;
using namespace ClaimDesk::Test;

class TestSyntheticDocuments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QStringList have = TesseractEngine::installedLanguages();
        if (!have.contains(QStringLiteral("tha")) || !have.contains(QStringLiteral("eng")))
            QSKIP("tesseract-ocr-tha and tesseract-ocr-eng are needed");
        QVERIFY(m_engine.init().ok());
    }

    void generatorKnowsWhatItDrew()
    {
        SyntheticDocuments a(7);
        SyntheticDocuments b(7);
        for (const QString& category : SyntheticDocuments::categories()) {
            const SyntheticDocument x = a.make(category);
            const SyntheticDocument y = b.make(category);
            QCOMPARE(x.category, category);
            QVERIFY(!x.truth.isEmpty());
            QVERIFY(!x.image.isNull());
            // the same seed draws the same document
            QCOMPARE(x.truth, y.truth);
            QCOMPARE(x.image, y.image);
        }
        const SyntheticDocument card = a.make(QStringLiteral("citizen_id_card"));
        QVERIFY(NationalId::hasValidCheckDigit(card.truth.value(QStringLiteral("citizen_id"))));
    }

    void distortionSpoilsThePage()
    {
        SyntheticDocuments generator(3);
        const SyntheticDocument doc = generator.make(QStringLiteral("receipt"));
        Distortion d;
        d.degrees = 2;
        d.blurRadius = 1;
        d.noise = 15;
        d.perspective = 0.03;
        const QImage spoiled = SyntheticDocuments::distort(doc.image, d, generator.random());
        // a photo: the page lies on a dark desk, larger than the page itself
        QVERIFY(spoiled.width() > doc.image.width());
        QVERIFY(qGray(spoiled.pixel(2, 2)) < 120);
        QCOMPARE(
            SyntheticDocuments::distort(doc.image, Distortion::none(), generator.random()).size(),
            doc.image.size());
    }

    // Every category read clean: classified right, nearly every field exact.
    void cleanDocumentsAreRead()
    {
        SyntheticDocuments generator(2026);
        const auto scores = evaluateSynthetic(generator, m_reader, m_engine, 1, 0, 0, 0, 0);
        qInfo("%s", qPrintable(describeScores(scores)));
        int right = 0, total = 0;
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            QVERIFY2(it->classified == it->documents, qPrintable(it->misses.join(u'\n')));
            right += it->rightFields();
            total += it->totalFields();
        }
        QVERIFY2(right * 10 >= total * 9, qPrintable(describeScores(scores)));
    }

    // Scans and photos: still classified, most fields still exact.
    void spoiledDocumentsAreRead()
    {
        SyntheticDocuments generator(77);
        const auto scores = evaluateSynthetic(generator, m_reader, m_engine, 1, 2.5, 1.0, 15, 0.03);
        qInfo("%s", qPrintable(describeScores(scores)));
        int right = 0, total = 0, classified = 0, documents = 0;
        for (const CategoryScore& s : scores) {
            right += s.rightFields();
            total += s.totalFields();
            classified += s.classified;
            documents += s.documents;
        }
        QVERIFY2(classified * 6 >= documents * 5, qPrintable(describeScores(scores)));
        QVERIFY2(right * 4 >= total * 3, qPrintable(describeScores(scores)));
    }

    // Read as the app reads by default (languages "auto"): a Thai card with the
    // Thai model, a Latin receipt in English alone, and an English certificate
    // whose date is Thai with the Thai model too.
    void languagesFollowThePage()
    {
        TesseractEngine automatic { QString::fromLatin1(TesseractEngine::Auto) };
        QVERIFY(automatic.init().ok());
        const DocumentReader reader; // languages "auto" by default
        SyntheticDocuments generator(11);
        const SyntheticDocument card = generator.make(QStringLiteral("citizen_id_card"));
        DocumentReading r = reader.read(png(card.image), QStringLiteral("card.png"), automatic);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.first().languages, QStringLiteral("eng+tha"));
        QCOMPARE(r.field(QStringLiteral("citizen_id"))->value,
            card.truth.value(QStringLiteral("citizen_id")));

        QFile receipt(QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/000.jpg"));
        QVERIFY(receipt.open(QIODevice::ReadOnly));
        r = reader.read(receipt.readAll(), QStringLiteral("000.jpg"), automatic);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.first().languages, QStringLiteral("eng"));

        for (int i = 0; i < 3; ++i) {
            const SyntheticDocument certificate
                = generator.make(QStringLiteral("medical_certificate"));
            r = reader.read(png(certificate.image), QStringLiteral("certificate.png"), automatic);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY2(r.pages.first().languages.contains(u"tha"), qPrintable(certificate.name));
        }
    }

private:
    TesseractEngine m_engine { QStringLiteral("eng+tha") };
    DocumentReader m_reader;
};

QTEST_MAIN(TestSyntheticDocuments)
#include "tst_syntheticdocuments.moc"
