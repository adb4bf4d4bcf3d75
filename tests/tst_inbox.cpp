#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "domain/DocumentCategory.h"
#include "inbox/FolderInbox.h"
#include "intake/DocumentImporter.h"
#include "storage/ClaimRepository.h"
#include "storage/DocumentRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimDesk;

// A watched folder taken in through the real importer and reading: where each
// arrival goes, what is moved where, and that an arrival taken again after an
// import cut short ends stored once.
class TestInbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<ClaimBook> m_book;
    std::optional<DocumentImporter> m_importer;
    QString m_inbox;
    int m_n = 0;

    // A file written an hour ago: settled.
    QString settledFile(const QString& relative, const QByteArray& bytes)
    {
        const QString path = m_inbox + u'/' + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        f.close(); // written out before its time is set back
        settle(path);
        return path;
    }
    static void settle(const QString& path) { QVERIFY(Test::changedAgo(path, 3600)); }
    // A picture that no reading makes anything of, different each time.
    QByteArray plainImage()
    {
        QImage image(48, 32, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((++m_n * 37) % 360, 180, 200));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }
    QByteArray receipt(const QString& total)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.png").arg(++m_n));
        if (!Test::drawReceipt(path,
                { QStringLiteral("CITY CARE CLINIC"), QStringLiteral("RECEIPT"),
                    QStringLiteral("Date: 12/06/2026"),
                    QStringLiteral("Consultation            %1").arg(total),
                    QStringLiteral("TOTAL                   %1").arg(total) }))
            return {};
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    InboxItem takeOnly(FolderInbox& inbox)
    {
        const auto arrivals = inbox.settled();
        if (!arrivals || arrivals->size() != 1) {
            InboxItem none;
            none.error
                = arrivals ? QStringLiteral("%1 arrivals").arg(arrivals->size()) : arrivals.error();
            return none;
        }
        return inbox.take(arrivals->first(), *m_book, *m_importer, QStringLiteral("inbox"));
    }
    qint64 claimCount() { return *ClaimRepository(*m_db).countAll(); }
    bool isIn(const QString& relative) { return QFileInfo::exists(m_inbox + u'/' + relative); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
        m_book.emplace(*m_db, DecisionEngine());
        m_importer.emplace(*m_book);
        m_importer->setReading(ReadOptions {});
    }
    void init()
    {
        m_inbox = m_dir.filePath(QStringLiteral("inbox-%1").arg(++m_n));
        QVERIFY(QDir().mkpath(m_inbox));
    }

    void aFileNamingAClaimGoesToIt()
    {
        NewClaim c;
        c.amount = Money::fromUnits(100);
        const QString id = m_book->file(c, QStringLiteral("t"))->id;
        QVERIFY(!settledFile(QStringLiteral("scan %1 page.png").arg(id.toLower()), plainImage())
                     .isEmpty());
        FolderInbox inbox(m_inbox);
        const InboxItem item = takeOnly(inbox);
        QVERIFY2(item.ok(), qPrintable(item.error));
        QCOMPARE(item.claimId, id);
        QVERIFY(!item.newClaim);
        QCOMPARE(
            item.documents, QStringList { QStringLiteral("scan %1 page.png").arg(id.toLower()) });
        QVERIFY(isIn(QStringLiteral("processed/scan %1 page.png").arg(id.toLower())));
        QVERIFY(!isIn(QStringLiteral("scan %1 page.png").arg(id.toLower())));
        QCOMPARE(DocumentRepository(*m_db).forClaim(id)->size(), 1);
        QCOMPARE(item.toJson().value(u"source").toString(), QStringLiteral("folder:") + m_inbox);
    }

    void filesOfASubfolderFormOneNewClaim()
    {
        QVERIFY(!settledFile(QStringLiteral("visit/bill-1.png"), receipt(QStringLiteral("300.00")))
                     .isEmpty());
        QVERIFY(!settledFile(QStringLiteral("visit/bill-2.png"), receipt(QStringLiteral("450.00")))
                     .isEmpty());
        settle(m_inbox + QStringLiteral("/visit"));
        const qint64 before = claimCount();
        FolderInbox inbox(m_inbox);
        const InboxItem item = takeOnly(inbox);
        QVERIFY2(item.ok(), qPrintable(item.error));
        QVERIFY(item.newClaim);
        QCOMPARE(claimCount(), before + 1);
        QCOMPARE(item.documents.size(), 2);
        const Claim claim = *ClaimBook::findClaim(*m_db, item.claimId);
        QCOMPARE(claim.type, ClaimType::Health); // the receipts tell it
        QVERIFY2(claim.memo.contains(QDir::toNativeSeparators(m_inbox)), qPrintable(claim.memo));
        QVERIFY(!claim.memo.contains(u"assumed"));
        QVERIFY(isIn(QStringLiteral("processed/visit/bill-1.png")));
        QVERIFY(isIn(QStringLiteral("processed/visit/bill-2.png")));
        // emptied but kept (a scanner may drop into it), and no arrival while empty
        QVERIFY(QDir(m_inbox + QStringLiteral("/visit")).isEmpty());
        QVERIFY(inbox.settled()->isEmpty());
    }

    void whatTheDocumentsCannotTellIsNoted()
    {
        const QString page = m_dir.filePath(QStringLiteral("notes.png"));
        QVERIFY(Test::drawReceipt(page,
            { QStringLiteral("WEEKLY MEETING NOTES FOR THE TEAM"),
                QStringLiteral("Agenda for Tuesday morning and afternoon"),
                QStringLiteral("Planning the garden party with music"),
                QStringLiteral("Everyone brings some food and drinks") }));
        QFile notes(page);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QVERIFY(!settledFile(QStringLiteral("notes.png"), notes.readAll()).isEmpty());
        FolderInbox inbox(m_inbox);
        const InboxItem item = takeOnly(inbox);
        QVERIFY2(item.ok(), qPrintable(item.error));
        QVERIFY(item.newClaim);
        const Claim claim = *ClaimBook::findClaim(*m_db, item.claimId);
        QCOMPARE(claim.type, ClaimType::Health);
        QVERIFY2(claim.memo.contains(u"assumed"), qPrintable(claim.memo));
    }

    void whatIsStillBeingWrittenWaits()
    {
        const QString fresh = m_inbox + QStringLiteral("/fresh.png");
        QFile f(fresh);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(plainImage());
        f.close();
        QVERIFY(!settledFile(QStringLiteral("download.png.part"), plainImage()).isEmpty());
        QVERIFY(!settledFile(QStringLiteral(".hidden.png"), plainImage()).isEmpty());
        QVERIFY(!settledFile(QStringLiteral("batch/one.png"), plainImage()).isEmpty());
        QVERIFY(!settledFile(QStringLiteral("batch/two.png.crdownload"), plainImage()).isEmpty());
        settle(m_inbox + QStringLiteral("/batch"));
        FolderInbox inbox(m_inbox);
        QVERIFY(inbox.settled()->isEmpty());
        // a clock an hour on: the fresh file has settled; the partial ones never do
        FolderInbox later(m_inbox, [] { return QDateTime::currentDateTime().addSecs(3600); });
        const auto arrivals = later.settled();
        QCOMPARE(arrivals->size(), 1);
        QCOMPARE(arrivals->first().item, QStringLiteral("fresh.png"));
    }

    void whatIsNotADocumentGoesToFailedWithTheReason()
    {
        QVERIFY(!settledFile(QStringLiteral("notes.txt"), "not a document").isEmpty());
        FolderInbox inbox(m_inbox);
        const InboxItem item = takeOnly(inbox);
        QVERIFY(!item.ok());
        QVERIFY2(item.error.contains(u"not a supported document"), qPrintable(item.error));
        QVERIFY(isIn(QStringLiteral("failed/notes.txt")));
        QFile why(m_inbox + QStringLiteral("/failed/notes.txt.why.txt"));
        QVERIFY(why.open(QIODevice::ReadOnly));
        QVERIFY(why.readAll().contains("not a supported document"));
        QVERIFY(inbox.settled()->isEmpty()); // failed/ is never an arrival
    }

    void aClaimThatIsNotThereIsAFailure()
    {
        QVERIFY(!settledFile(QStringLiteral("H-19990101-000001.png"), plainImage()).isEmpty());
        FolderInbox inbox(m_inbox);
        const InboxItem item = takeOnly(inbox);
        QVERIFY(!item.ok());
        QVERIFY2(item.error.contains(u"H-19990101-000001"), qPrintable(item.error));
        QVERIFY(isIn(QStringLiteral("failed/H-19990101-000001.png")));
    }

    void theSameFileTwiceIsADuplicate()
    {
        const QByteArray bytes = plainImage();
        QVERIFY(!settledFile(QStringLiteral("first.png"), bytes).isEmpty());
        FolderInbox inbox(m_inbox);
        const InboxItem first = takeOnly(inbox);
        QVERIFY2(first.ok(), qPrintable(first.error));
        // a picture with no words: a photo of the damage, so a car damage claim
        QCOMPARE(ClaimBook::findClaim(*m_db, first.claimId)->type, ClaimType::CarDamage);
        const qint64 claims = claimCount();
        QVERIFY(!settledFile(QStringLiteral("again.png"), bytes).isEmpty());
        const InboxItem again = takeOnly(inbox);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.duplicate);
        QCOMPARE(again.claimId, first.claimId);
        QVERIFY(again.documents.isEmpty());
        QCOMPARE(claimCount(), claims);
        QCOMPARE(DocumentRepository(*m_db).forClaim(first.claimId)->size(), 1);
        QVERIFY(isIn(QStringLiteral("processed/again.png")));
    }

    // Cut short after its import committed but before its files moved, or before
    // its reading was saved: taken again, it ends stored once and read.
    void anArrivalTakenAgainAfterACutEndsOnce()
    {
        const QString path = settledFile(QStringLiteral("cut.png"), plainImage());
        QVERIFY(!path.isEmpty());
        // the import committed, the move never happened
        FolderInbox inbox(m_inbox);
        ImportTarget opened = ImportTarget::newClaim(ClaimType::Health);
        opened.newClaimMemo = QStringLiteral("From the inbox %1.").arg(inbox.memoMark());
        auto done = m_importer->importFiles({ path }, opened, QStringLiteral("t"));
        QVERIFY(done.ok());
        const qint64 claims = claimCount();
        const InboxItem item = takeOnly(inbox);
        QVERIFY2(item.ok(), qPrintable(item.error));
        QCOMPARE(item.claimId, done->claimId);
        QVERIFY(item.duplicate);
        QCOMPARE(claimCount(), claims);
        QVERIFY(isIn(QStringLiteral("processed/cut.png")));

        // stored, never read (killed while reading)
        const QByteArray bytes = plainImage();
        const QString unreadPath = settledFile(QStringLiteral("half.png"), bytes);
        DocumentRepository documents(*m_db);
        QVERIFY(documents
                    .add(done->claimId, bytes, QStringLiteral("half.png"),
                        QStringLiteral("image/png"), QStringLiteral("t"), true)
                    .ok());
        const InboxItem finished = takeOnly(inbox);
        QVERIFY2(finished.ok(), qPrintable(finished.error));
        QCOMPARE(finished.claimId, done->claimId);
        QCOMPARE(finished.documents, QStringList { QStringLiteral("half.png") });
        QVERIFY(documents.unread(done->claimId)->isEmpty());
        QCOMPARE(documents.forClaim(done->claimId)->size(), 2);
        QCOMPARE(claimCount(), claims);
    }

    // The same bytes on a claim the inbox did not open (another customer's form)
    // never draw an arrival to it.
    void contentAloneNeverSendsToAnotherCustomersClaim()
    {
        const QByteArray form = plainImage();
        NewClaim c;
        c.amount = Money::fromUnits(50);
        const QString other = m_book->file(c, QStringLiteral("t"))->id;
        QVERIFY(DocumentRepository(*m_db)
                    .add(other, form, QStringLiteral("form.png"), QStringLiteral("image/png"),
                        QStringLiteral("t"), false)
                    .ok());
        QVERIFY(!settledFile(QStringLiteral("form.png"), form).isEmpty());
        FolderInbox inbox(m_inbox);
        const InboxItem item = takeOnly(inbox);
        QVERIFY2(item.ok(), qPrintable(item.error));
        QVERIFY(item.newClaim);
        QVERIFY(item.claimId != other);
    }

    // The book refusing a write leaves the arrival where it was; it goes in once
    // the book takes it.
    void aBookInTroubleLeavesTheFilesInPlace()
    {
        QVERIFY(Test::refuseWrites(*m_db, QStringLiteral("inbox_full"), QStringLiteral("INSERT"),
            QStringLiteral("documents")));
        QVERIFY(!settledFile(QStringLiteral("waiting.png"), plainImage()).isEmpty());
        FolderInbox inbox(m_inbox);
        const qint64 claims = claimCount();
        const InboxItem refused = takeOnly(inbox);
        QVERIFY(
            Test::allowWrites(*m_db, QStringLiteral("inbox_full"), QStringLiteral("documents")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.bookTrouble);
        QVERIFY(isIn(QStringLiteral("waiting.png")));
        QVERIFY(!isIn(QStringLiteral("failed")));
        QCOMPARE(claimCount(), claims); // the claim went back with its document
        const InboxItem taken = takeOnly(inbox);
        QVERIFY2(taken.ok(), qPrintable(taken.error));
        QVERIFY(isIn(QStringLiteral("processed/waiting.png")));
    }

    // Stopped before it was all taken in, a subfolder does not move at all, and
    // taken again it ends on one claim.
    void aStoppedSubfolderStaysWhole()
    {
        QVERIFY(!settledFile(QStringLiteral("batch/one.png"), plainImage()).isEmpty());
        QVERIFY(!settledFile(QStringLiteral("batch/two.png"), plainImage()).isEmpty());
        settle(m_inbox + QStringLiteral("/batch"));
        FolderInbox inbox(m_inbox);
        const auto arrivals = inbox.settled();
        QCOMPARE(arrivals->size(), 1);
        const std::atomic_bool stop = true;
        const InboxItem stopped
            = inbox.take(arrivals->first(), *m_book, *m_importer, QStringLiteral("inbox"), &stop);
        QVERIFY(!stopped.ok());
        QVERIFY(isIn(QStringLiteral("batch/one.png")) && isIn(QStringLiteral("batch/two.png")));
        const InboxItem taken = takeOnly(inbox);
        QVERIFY2(taken.ok(), qPrintable(taken.error));
        QCOMPARE(taken.documents.size(), 2);
    }

    // A name already in failed/ gets a number, and Retry puts back that file.
    void retryPutsBackTheFileThatFailed()
    {
        QVERIFY(!settledFile(QStringLiteral("failed/memo.txt"), "an older failure").isEmpty());
        QVERIFY(!settledFile(QStringLiteral("memo.txt"), "this one").isEmpty());
        FolderInbox inbox(m_inbox);
        const InboxItem failed = takeOnly(inbox);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.failed.size(), 1);
        QVERIFY2(failed.failed.first().now.endsWith(u"memo (2).txt"),
            qPrintable(failed.failed.first().now));
        QVERIFY(inbox.putBack(failed).ok());
        QFile back(m_inbox + QStringLiteral("/memo.txt"));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("this one"));
        QVERIFY(isIn(QStringLiteral("failed/memo.txt"))); // the older one stays
    }

    // processed/ and failed/ in any case are never arrivals.
    void setAsideFoldersAreNeverArrivals()
    {
        QVERIFY(!settledFile(QStringLiteral("Processed/old.png"), plainImage()).isEmpty());
        QVERIFY(!settledFile(QStringLiteral("FAILED/old.png"), plainImage()).isEmpty());
        settle(m_inbox + QStringLiteral("/Processed"));
        settle(m_inbox + QStringLiteral("/FAILED"));
        QVERIFY(FolderInbox(m_inbox).settled()->isEmpty());
    }

    // One process takes from a folder at a time.
    void anotherTakerIsRefused()
    {
        QVERIFY(!settledFile(QStringLiteral("one.png"), plainImage()).isEmpty());
        FolderInbox first(m_inbox);
        QVERIFY(first
                    .takeSettled(*m_book, *m_importer, QStringLiteral("inbox"), nullptr,
                        [](const InboxItem&) {})
                    .ok());
        FolderInbox second(m_inbox);
        const Status refused = second.takeSettled(
            *m_book, *m_importer, QStringLiteral("inbox"), nullptr, [](const InboxItem&) {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorKind(), ErrorKind::Conflict);
    }

    void aMissingFolderIsNamed()
    {
        FolderInbox inbox(m_inbox + QStringLiteral("/nowhere"));
        const auto arrivals = inbox.settled();
        QVERIFY(!arrivals.ok());
        QVERIFY(arrivals.error().contains(u"nowhere"));
    }
};

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"
