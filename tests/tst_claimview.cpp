// ClaimView: one read of everything a person sees about a claim, in a number of
// statements that does not grow with its documents.
#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "claims/ClaimView.h"
#include "storage/DocumentRepository.h"
#include "storage/GuiThreadQueries.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimDesk;

class TestClaimView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    QString fileClaim()
    {
        ClaimBook book(*m_db, DecisionEngine());
        NewClaim c;
        c.amount = Money::fromUnits(300);
        c.serviceDate = QDate(2026, 11, 2);
        c.diagnosisCode = QStringLiteral("J10");
        auto filed = book.file(c, QStringLiteral("adjuster"));
        return filed ? filed->id : QString();
    }

    // Attaches a document with one field read from it ("total": `total`).
    bool attach(const QString& claimId, const QString& name, const QString& total)
    {
        DocumentRepository documents(*m_db);
        auto added = documents.add(
            claimId, name.toUtf8(), name, QStringLiteral("text/plain"), QStringLiteral("adjuster"));
        if (!added)
            return false;
        ExtractedField f;
        f.name = QStringLiteral("total");
        f.value = total;
        f.confidence = 0.9;
        return documents
            .saveReading(
                added->document.id, QStringLiteral("receipt"), { f }, QStringLiteral("adjuster"))
            .ok();
    }

    // Statements run while reading the claim's view.
    int statementsToRead(const QString& claimId, Result<ClaimView>& view)
    {
        int statements = 0;
        const auto previous = GuiThreadQueries::setWatcher(
            [&](const QString&, const QSqlDriver*) { ++statements; });
        view = ClaimView::read(*m_db, claimId);
        GuiThreadQueries::setWatcher(previous);
        return statements;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
    }

    void holdsWhatEachViewShows()
    {
        const QString id = fileClaim();
        QVERIFY(!id.isEmpty());
        QVERIFY(attach(id, QStringLiteral("a.txt"), QStringLiteral("100.00")));
        QVERIFY(attach(id, QStringLiteral("b.txt"), QStringLiteral("200.00")));
        const auto view = ClaimView::read(*m_db, id);
        QVERIFY2(view.ok(), qPrintable(view.error()));
        QCOMPARE(view->claim.id, id);
        QVERIFY(view->decision().has_value()); // filing decides
        QCOMPARE(view->documents.size(), 2);
        QCOMPARE(view->documents.at(0).document.originalName, QStringLiteral("a.txt"));
        QCOMPARE(view->documents.at(1).fields.size(), 1);
        QCOMPARE(view->documents.at(1).fields.at(0).value, QStringLiteral("200.00"));
        QVERIFY(view->history.size() >= 3); // created, two documents attached
        QCOMPARE(view->history.first().action, AuditAction::Created);
    }

    void statementsDoNotGrowWithDocuments()
    {
        const QString one = fileClaim();
        QVERIFY(attach(one, QStringLiteral("c.txt"), QStringLiteral("1.00")));
        const QString five = fileClaim();
        for (int i = 0; i < 5; ++i)
            QVERIFY(attach(five, QStringLiteral("d%1.txt").arg(i), QStringLiteral("2.00")));
        Result<ClaimView> a = Result<ClaimView>::failure(QString());
        Result<ClaimView> b = Result<ClaimView>::failure(QString());
        const int forOne = statementsToRead(one, a);
        const int forFive = statementsToRead(five, b);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->documents.size(), 5);
        QCOMPARE(forFive, forOne);
        // Eight reads and the BEGIN of their snapshot.
        QVERIFY2(forOne <= 9, qPrintable(QString::number(forOne)));
    }

    void anUnknownClaimIsNamed()
    {
        const auto view = ClaimView::read(*m_db, QStringLiteral("H-20990101-000009"));
        QVERIFY(!view.ok());
        QVERIFY2(view.error().contains(u"H-20990101-000009"), qPrintable(view.error()));
    }

    void theJobAnswersTheLatestRequestOnItsOwnThread()
    {
        const QString first = fileClaim();
        const QString second = fileClaim();
        ClaimViewJob job(m_db->location());
        QSignalSpy ready(&job, &ClaimViewJob::ready);
        job.request(first);
        job.request(second); // while the first is read: only this one is answered
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE(ready.last().first().value<ClaimView>().claim.id, second);
        QSignalSpy failed(&job, &ClaimViewJob::failed);
        job.request(QStringLiteral("H-20990101-000009"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("H-20990101-000009"));
    }
};

QTEST_GUILESS_MAIN(TestClaimView)
#include "tst_claimview.moc"
