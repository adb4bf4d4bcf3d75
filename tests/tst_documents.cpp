#include "TestSupport.h"
#include "intake/DocumentImportJob.h"
#include "intake/DocumentImporter.h"
#include "storage/DocumentRepository.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace ClaimDesk;

namespace {

QString writePng(const QTemporaryDir& dir, const QString& name, QColor color)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(color);
    const QString path = dir.filePath(name);
    image.save(path, "PNG");
    return path;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

qint64 countRows(const Database& db, const QString& table)
{
    QSqlQuery q = db.query();
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bytesAreStoredOncePerContent()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        const QString a = book.file(NewClaim {}, QStringLiteral("t"))->id;
        const QString b = book.file(NewClaim {}, QStringLiteral("t"))->id;
        DocumentRepository docs(db);
        const QByteArray bytes("%PDF-1.4 pretend bill");
        auto first = docs.add(a, bytes, QStringLiteral("bill.pdf"),
            QStringLiteral("application/pdf"), QStringLiteral("t"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->outcome, DocumentRepository::AddOutcome::Added);
        QCOMPARE(first->document.sha256, DocumentRepository::sha256Hex(bytes));
        auto again = docs.add(a, bytes, QStringLiteral("bill (copy).pdf"),
            QStringLiteral("application/pdf"), QStringLiteral("t"));
        QCOMPARE(again->outcome, DocumentRepository::AddOutcome::Duplicate);
        QCOMPARE(again->document.id, first->document.id);
        auto other = docs.add(b, bytes, QStringLiteral("bill.pdf"),
            QStringLiteral("application/pdf"), QStringLiteral("t"));
        QCOMPARE(other->outcome, DocumentRepository::AddOutcome::Added);
        QCOMPARE(countRows(db, QStringLiteral("blobs")), qint64(1));
        QCOMPARE(countRows(db, QStringLiteral("documents")), qint64(2));
        QCOMPARE(*docs.bytes(first->document.sha256), bytes);
        QCOMPARE(docs.forClaim(a)->size(), 1);
        QVERIFY(!docs.add(QStringLiteral("H-20990101-000001"), bytes, QStringLiteral("x.pdf"),
                         QStringLiteral("application/pdf"), QStringLiteral("t"))
                     .ok());

        QVERIFY(docs.setUseful(first->document.id, true, QStringLiteral("reviewer")).ok());
        QCOMPARE(docs.forClaim(a)->first().useful, std::optional<bool>(true));
    }

    void importerChecksEachFileAndGoesOn()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        const QStringList files = {
            dir.filePath(QStringLiteral("missing.jpg")),
            writeFile(dir, QStringLiteral("notes.txt"), "just text, not a document"),
            writePng(dir, QStringLiteral("receipt.png"), Qt::white),
            writePng(dir, QStringLiteral("damage.png"), Qt::red),
            writePng(dir, QStringLiteral("receipt-again.png"), Qt::white),
        };
        ImportTarget target;
        target.newClaimType = ClaimType::CarDamage;
        QList<int> progress;
        auto report = DocumentImporter(book).importFiles(files, target, QStringLiteral("t"),
            nullptr, [&](int done, int, const QString&) { progress << done; });
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->claimId.startsWith(u"CD-"));
        QCOMPARE(report->items.size(), 5);
        QVERIFY(report->items[0].error.contains(u"does not exist"));
        QVERIFY2(report->items[1].error.contains(u"not a supported document"),
            qPrintable(report->items[1].error));
        QVERIFY(report->items[2].stored);
        QVERIFY(report->items[3].stored);
        QVERIFY(report->items[4].duplicate);
        QCOMPARE(report->storedCount(), 2);
        QCOMPARE(report->failedCount(), 2);
        QCOMPARE(report->duplicateCount(), 1);
        QCOMPARE(progress.last(), 5);
        QCOMPARE(report->items[2].document.mimeType, QStringLiteral("image/png"));
    }

    void importerNeedsATarget()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        QVERIFY(!DocumentImporter(book)
                     .importFiles({ QStringLiteral("x.png") }, ImportTarget {}, QStringLiteral("t"))
                     .ok());
        ImportTarget unknown;
        unknown.claimId = QStringLiteral("H-20990101-000009");
        auto r = DocumentImporter(book).importFiles(
            { QStringLiteral("x.png") }, unknown, QStringLiteral("t"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(u"H-20990101-000009"));
    }

    void jobRunsInTheBackgroundAndReports()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        const QString claimId
            = ClaimBook(db, DecisionEngine()).file(NewClaim {}, QStringLiteral("t"))->id;
        DocumentImportJob job;
        QSignalSpy finished(&job, &DocumentImportJob::finished);
        QSignalSpy progress(&job, &DocumentImportJob::progressChanged);
        job.start(db.location(), DecisionEngine(),
            { writePng(dir, QStringLiteral("a.png"), Qt::blue) },
            ImportTarget { claimId, std::nullopt }, QStringLiteral("t"));
        QVERIFY(finished.wait(10000));
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.claimId, claimId);
        QCOMPARE(report.storedCount(), 1);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(DocumentRepository(db).forClaim(claimId)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
