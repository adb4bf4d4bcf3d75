#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "decision/DocumentDetails.h"
#include "decision/FieldCorrection.h"
#include "intake/DocumentImportJob.h"
#include "intake/DocumentImporter.h"
#include "storage/AuditRepository.h"
#include "storage/DocumentRepository.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace ClaimDesk;

using namespace Qt::StringLiterals;

namespace {

ExtractedField field(const char* name, const char* value)
{
    ExtractedField f;
    f.name = QLatin1String(name);
    f.value = QLatin1String(value);
    return f;
}

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
    // A typed value that is not what its field holds is Invalid, naming the field.
    void aWrongValueIsInvalidAndNamesItsField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::newRow("amount") << "total"
                                << "lots";
        QTest::newRow("date") << "date"
                              << "soon";
        QTest::newRow("national id") << "citizen_id"
                                     << "1234567890123";
    }

    void aWrongValueIsInvalidAndNamesItsField()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        const auto value = FieldCorrection::normalise(field, typed);
        QVERIFY(!value.ok());
        QCOMPARE(value.errorKind(), ErrorKind::Invalid);
        QCOMPARE(value.errorDetail().field, field);
        QVERIFY(FieldCorrection::normalise(field, QString()).ok()); // clearing is allowed
    }

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
            { writePng(dir, QStringLiteral("a.png"), Qt::blue) }, ImportTarget::claim(claimId),
            QStringLiteral("t"));
        QVERIFY(finished.wait(10000));
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.claimId, claimId);
        QCOMPARE(report.storedCount(), 1);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(DocumentRepository(db).forClaim(claimId)->size(), 1);
    }

    // A reviewer's correction: the field changes, the claim's detail follows where
    // it was taken from the document, the claim is decided again, all audited.
    void correctionFollowsToTheClaimAndDecidesAgain()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        NewClaim c;
        c.amount = Money::fromUnits(100);
        c.providerName = QStringLiteral("Typed Clinic");
        auto claim = book.file(c, QStringLiteral("t"));
        QVERIFY(claim.ok());
        DocumentRepository docs(db);
        QImage page(80, 60, QImage::Format_RGB32);
        page.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        page.save(&buffer, "PNG");
        auto added = docs.add(claim->id, png, QStringLiteral("r.png"), QStringLiteral("image/png"),
            QStringLiteral("t"));
        QVERIFY(added.ok());
        const qint64 docId = added->document.id;
        QVERIFY(docs.saveReading(docId, QStringLiteral("receipt"),
                        { field("total", "100.00"), field("merchant", "OCR Clinic") },
                        QStringLiteral("t"))
                    .ok());
        const auto fields = *docs.fields(docId);
        const qint64 totalId = fields.at(0).id;
        const qint64 merchantId = fields.at(1).id;
        const int decisionsBefore = int(book.decisions().history(claim->id)->size());

        auto corrected = book.correctField(
            totalId, QStringLiteral("฿1,250.50"), QStringLiteral("reviewer1"), claim->version);
        QVERIFY2(corrected.ok(), qPrintable(corrected.error()));
        QCOMPARE(corrected->value, QStringLiteral("1250.50"));
        QCOMPARE(corrected->before.value, QStringLiteral("100.00"));
        QVERIFY(corrected->claimChanged); // the claim's amount was the receipt's total
        QCOMPARE(corrected->claim.amount, Money::fromCents(125050));
        QCOMPARE(corrected->claim.version, claim->version + 1);
        QCOMPARE(docs.field(totalId)->value, QStringLiteral("1250.50"));
        QCOMPARE(docs.field(totalId)->source, QStringLiteral("reviewer"));
        QVERIFY(fields.at(0).confidence < 1.0);
        QCOMPARE(docs.field(totalId)->confidence, 1.0); // a typed value is sure
        QCOMPARE(int(book.decisions().history(claim->id)->size()), decisionsBefore + 1);
        QCOMPARE(book.decisions().current(claim->id)->value().id, corrected->decision.id);
        const auto audit = *AuditRepository(db).forClaim(claim->id);
        const auto correction = std::find_if(audit.cbegin(), audit.cend(),
            [](const AuditEntry& e) { return e.code() == u"correction"; });
        QVERIFY(correction != audit.cend());
        QCOMPARE(correction->actor, db.login()); // not the "reviewer1" passed in
        QVERIFY(correction->oldValue.endsWith(QStringLiteral("total: 100.00")));
        QVERIFY(correction->newValue.endsWith(QStringLiteral("total: 1250.50")));

        // The provider was typed on the claim, not taken from the receipt: it stays.
        auto merchant = book.correctField(merchantId, QStringLiteral("Bangkok Hospital"),
            QStringLiteral("reviewer1"), corrected->claim.version);
        QVERIFY(merchant.ok());
        QVERIFY(!merchant->claimChanged);
        QCOMPARE(merchant->claim.providerName, QStringLiteral("Typed Clinic"));
        QCOMPARE(docs.field(merchantId)->value, QStringLiteral("Bangkok Hospital"));
    }

    // What a claim's documents say of it, and how the claim follows them.
    void documentDetailsComeFromEachKindOfDocument()
    {
        using Read = DocumentDetails::Read;
        const QList<Read> reads = {
            { QStringLiteral("receipt"),
                { field("total", "1200.00"), field("date", "2026-03-05"),
                    field("merchant", "Bangkok Hospital"), field("items.0.item", "Consultation"),
                    field("items.0.amount", "1200.00") } },
            { QStringLiteral("receipt"),
                { field("total", "350.50"), field("date", "2026-03-04"),
                    field("merchant", "Boots Pharmacy") } },
            { QStringLiteral("itemized_bill"),
                { field("total", "1200.00"), field("items.0.item", "Doctor fee"),
                    field("items.0.amount", "800.00"), field("items.1.item", "Paracetamol"),
                    field("items.1.amount", "400.00"), field("items.2.item", "unpriced") } },
            { QStringLiteral("medical_certificate"),
                { field("diagnosis", "Influenza"), field("treatment", "Rest"),
                    field("hospital", "Siriraj"), field("date", "2026-03-06") } },
            { QStringLiteral("driving_license"), { field("citizen_id", "1360000162627") } },
            { QStringLiteral("citizen_id_card"),
                { field("citizen_id", "3100701443816"), field("name_th", "Somchai Jaidee") } },
        };
        const DocumentDetails d = DocumentDetails::of(reads);
        QCOMPARE(d.amount, Money::fromCents(155050)); // both receipts; the bill repeats one
        QCOMPARE(d.serviceDate, QDate(2026, 3, 4)); // the earliest
        QCOMPARE(d.providerName, QStringLiteral("Bangkok Hospital")); // the first receipt's
        QCOMPARE(d.diagnosis, QStringLiteral("Influenza"));
        QCOMPARE(d.treatment, QStringLiteral("Rest"));
        QCOMPARE(d.lineItems.size(), 2); // the bill's priced items
        QCOMPARE(d.lineItems[1].description, QStringLiteral("Paracetamol"));
        QCOMPARE(d.lineItems[1].amount, Money::fromUnits(400));
        QCOMPARE(d.claimantNationalId, QStringLiteral("3100701443816")); // not the licence's
        QCOMPARE(d.claimantName, QStringLiteral("Somchai Jaidee"));
        // with no receipt, the bills' totals; with no bill, the receipts' items
        QCOMPARE(DocumentDetails::of({ reads[2] }).amount, Money::fromUnits(1200));
        QCOMPARE(DocumentDetails::of({ reads[0] }).lineItems.size(), 1);

        // The claim follows where it has nothing, or what the documents gave before.
        const DocumentDetails first = DocumentDetails::of({ reads[0] });
        Claim claim;
        claim.amount = Money::fromUnits(1200); // taken from the first receipt
        claim.providerName = QStringLiteral("Typed Clinic"); // typed by someone
        const ClaimEdit edit = d.changesFrom(first, claim);
        QCOMPARE(edit.amount, Money::fromCents(155050));
        QVERIFY(!edit.providerName); // typed: stays
        QCOMPARE(edit.serviceDate, QDate(2026, 3, 4)); // empty: filled
        QCOMPARE(edit.diagnosisCode, QStringLiteral("Influenza"));
        claim.amount = Money::fromUnits(999); // typed over what the receipt said
        QVERIFY(!d.changesFrom(first, claim).amount);
        QVERIFY(d.changesFrom(d, Claim {}).isEmpty()); // nothing new read: nothing changes
    }

    void anImportCutShortIsFinishedByTheNext()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        const QString receipt = QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/000.jpg");
        const QString claimId = book.file(NewClaim {}, QStringLiteral("t"))->id;
        // what a kill between storing and reading leaves: stored, never read
        QFile f(receipt);
        QVERIFY(f.open(QIODevice::ReadOnly));
        DocumentRepository documents(db);
        QVERIFY(documents
                    .add(claimId, f.readAll(), QStringLiteral("000.jpg"),
                        QStringLiteral("image/jpeg"), QStringLiteral("t"))
                    .ok());
        QCOMPARE(documents.unread(claimId)->size(), 1);

        DocumentImporter importer(book);
        ReadOptions read;
        read.languages = QStringLiteral("eng");
        importer.setReading(read);
        // the same file again: read now, not skipped as a duplicate
        auto report = importer.importFiles({ receipt }, ImportTarget::claim(claimId), u"t"_s);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->items.size(), 1);
        QVERIFY(report->items[0].resumed);
        QVERIFY(!report->items[0].duplicate);
        QVERIFY(report->items[0].read);
        QVERIFY(documents.unread(claimId)->isEmpty());
        QVERIFY2(report->claimUpdated, qPrintable(report->claimError));
        QVERIFY(book.claims().find(claimId)->amount.value_or(Money()).cents() > 0);
        // read once: a further import of it is a duplicate
        report = importer.importFiles({ receipt }, ImportTarget::claim(claimId), u"t"_s);
        QVERIFY(report->items[0].duplicate);
    }

    void anotherImportIntoTheClaimReadsWhatWasLeftUnread()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        const QString claimId = book.file(NewClaim {}, QStringLiteral("t"))->id;
        QFile f(QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/000.jpg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(DocumentRepository(db)
                    .add(claimId, f.readAll(), u"left.jpg"_s, u"image/jpeg"_s, u"t"_s)
                    .ok());
        DocumentImporter importer(book);
        importer.setReading(ReadOptions {});
        auto report = importer.importFiles(
            { writePng(dir, u"new.png"_s, Qt::white) }, ImportTarget::claim(claimId), u"t"_s);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->items.size(), 2);
        QCOMPARE(report->items[1].file, u"left.jpg"_s);
        QVERIFY(report->items[1].resumed);
        QVERIFY(report->items[1].read);
        QVERIFY(DocumentRepository(db).unread(claimId)->isEmpty());
    }

    void aDocumentThatCannotBeReadFailsTheImport()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        QFile f(QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/000.jpg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        // a JPEG cut short: the decoder would fill the rest with grey
        const QString cut = writeFile(dir, u"cut.jpg"_s, whole.left(whole.size() / 2));
        DocumentImporter importer(book);
        importer.setReading(ReadOptions {});
        ImportTarget target;
        target.newClaimType = ClaimType::Health;
        auto report = importer.importFiles({ cut }, target, u"t"_s);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->items[0].stored);
        QVERIFY(report->items[0].readFailed());
        QVERIFY2(report->items[0].readError.contains(u"cut short"),
            qPrintable(report->items[0].readError));
        QCOMPARE(report->failedCount(), 1);
        // tried once: the next import into the claim does not fail on it again
        auto next = importer.importFiles({ writePng(dir, u"next.png"_s, Qt::white) },
            ImportTarget::claim(report->claimId), u"t"_s);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next->items.size(), 1);
        QCOMPARE(next->failedCount(), 0);
    }

    void importedReceiptsGiveTheClaimItsDetails()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        DocumentImporter importer(book);
        ReadOptions read;
        read.languages = QStringLiteral("eng");
        importer.setReading(read);
        ImportTarget target;
        target.newClaimType = ClaimType::Health;
        auto report
            = importer.importFiles({ QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/000.jpg") },
                target, QStringLiteral("t"));
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->items.size(), 1);
        QVERIFY(report->items[0].read);
        QVERIFY2(report->claimUpdated, qPrintable(report->claimError));
        QString total;
        QString date;
        for (const ExtractedField& f : report->items[0].fields) {
            if (f.name == u"total")
                total = f.value;
            else if (f.name == u"date")
                date = f.value;
        }
        QVERIFY(!total.isEmpty());
        auto claim = book.claims().find(report->claimId);
        QCOMPARE(claim->amount, Money::parse(total));
        QCOMPARE(claim->serviceDate, QDate::fromString(date, Qt::ISODate));
        // filed, then decided again with the details read
        QCOMPARE(book.decisions().history(report->claimId)->size(), 2);
        const auto audit = *AuditRepository(db).forClaim(report->claimId);
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(),
            [](const AuditEntry& e) { return e.code() == u"edit:amount"; }));

        // An amount someone typed is not replaced by the next receipt's.
        ClaimEdit typed;
        typed.amount = Money::fromUnits(777);
        QVERIFY(book.edit(report->claimId, typed, QStringLiteral("adjuster")).ok());
        auto more
            = importer.importFiles({ QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/060.jpg") },
                ImportTarget::claim(report->claimId), QStringLiteral("t"));
        QVERIFY2(more.ok(), qPrintable(more.error()));
        QVERIFY(more->items[0].read);
        QCOMPARE(book.claims().find(report->claimId)->amount, Money::fromUnits(777));
    }

    void correctingOneOfTwoReceiptsKeepsTheSum()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        auto claim = book.file(NewClaim {}, QStringLiteral("t"));
        QVERIFY(claim.ok());
        DocumentRepository docs(db);
        QList<qint64> totals;
        for (const char* value : { "100.00", "50.00" }) {
            auto added = docs.add(claim->id, QByteArray(value), QStringLiteral("r.png"),
                QStringLiteral("image/png"), QStringLiteral("t"));
            QVERIFY(added.ok());
            QVERIFY(docs.saveReading(added->document.id, QStringLiteral("receipt"),
                            { field("total", value) }, QStringLiteral("t"))
                        .ok());
            totals << docs.fields(added->document.id)->first().id;
        }
        ClaimEdit fromReceipts;
        fromReceipts.amount = Money::fromUnits(150); // as an import would have set it
        QVERIFY(book.edit(claim->id, fromReceipts, QStringLiteral("t")).ok());
        auto corrected = book.correctField(totals[1], QStringLiteral("55.00"), QStringLiteral("r"));
        QVERIFY2(corrected.ok(), qPrintable(corrected.error()));
        QVERIFY(corrected->claimChanged);
        QCOMPARE(corrected->claim.amount, Money::fromUnits(155));
    }

    void correctionRefusesBadValuesAndConflicts()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine());
        auto claim = book.file(NewClaim(), QStringLiteral("t"));
        QVERIFY(claim.ok());
        DocumentRepository docs(db);
        auto added = docs.add(claim->id, QByteArray("%PDF-1.4 not really"), QStringLiteral("r.pdf"),
            QStringLiteral("application/pdf"), QStringLiteral("t"));
        QVERIFY(added.ok());
        QVERIFY(
            docs.saveReading(added->document.id, QStringLiteral("receipt"),
                    { field("total", "80.00"), field("date", "2026-01-05") }, QStringLiteral("t"))
                .ok());
        const auto fields = *docs.fields(added->document.id);
        const int auditBefore = int(AuditRepository(db).forClaim(claim->id)->size());

        auto bad
            = book.correctField(fields.at(0).id, QStringLiteral("eighty"), QStringLiteral("r"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QStringLiteral("Total paid")), qPrintable(bad.error()));
        auto badDate
            = book.correctField(fields.at(1).id, QStringLiteral("31/02/2026"), QStringLiteral("r"));
        QVERIFY(!badDate.ok());
        QVERIFY(badDate.error().contains(QStringLiteral("not a date")));

        // Someone else changed the claim since it was read: nothing is written.
        QVERIFY(book.claims()
                    .setStatus(claim->id, ClaimStatus::Pending, {}, QStringLiteral("other"))
                    .ok());
        auto stale = book.correctField(
            fields.at(0).id, QStringLiteral("90"), QStringLiteral("r"), claim->version);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("changed by someone else")),
            qPrintable(stale.error()));
        QCOMPARE(docs.field(fields.at(0).id)->value, QStringLiteral("80.00"));
        // Only the other person's status change was audited.
        QCOMPARE(int(AuditRepository(db).forClaim(claim->id)->size()), auditBefore + 1);

        // A Buddhist-era date is stored in ISO; the claim takes it as the service date.
        auto date
            = book.correctField(fields.at(1).id, QStringLiteral("06/01/2569"), QStringLiteral("r"));
        QVERIFY2(date.ok(), qPrintable(date.error()));
        QCOMPARE(date->value, QStringLiteral("2026-01-06"));
        QCOMPARE(date->claim.serviceDate, QDate(2026, 1, 6));
        QVERIFY(!book.correctField(987654, QStringLiteral("1"), QStringLiteral("r")).ok());
        // An undo that finds the field changed since is refused, not forced.
        auto moved = book.correctField(fields.at(1).id, QStringLiteral("2026-01-07"),
            QStringLiteral("r"), std::nullopt, QStringLiteral("2026-01-05"));
        QVERIFY(!moved.ok());
        QVERIFY2(moved.error().contains(QStringLiteral("changed by someone else")),
            qPrintable(moved.error()));
        QCOMPARE(docs.field(fields.at(1).id)->value, QStringLiteral("2026-01-06"));
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
