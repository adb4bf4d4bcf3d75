#include "TestSupport.h"
#include "demo/SyntheticClaimGenerator.h"
#include "stats/BookCounts.h"
#include "stats/BookCountsJob.h"
#include "storage/ClaimRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClaimDesk;

class TestBookCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The grouped count agrees with counting each cell on its own.
    void countsAgreeWithFilteredCounts()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        SyntheticClaimGenerator::Options options;
        options.count = 3000;
        options.seed = 99;
        QVERIFY(SyntheticClaimGenerator(options).generate(db, DecisionEngine()).ok());
        const auto counts = BookCounts::read(db);
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE(counts->total(), qint64(3000));
        ClaimRepository claims(db);
        qint64 open = 0;
        for (int s = 0; s < BookCounts::Statuses; ++s) {
            for (int t = 0; t < 2; ++t) {
                ClaimQuery q;
                q.status = static_cast<ClaimStatus>(s);
                q.type = static_cast<ClaimType>(t);
                QCOMPARE(counts->count(*q.status, *q.type), *claims.count(q));
                if (isOpen(*q.status))
                    open += *claims.count(q);
            }
        }
        QCOMPARE(counts->open(), open);
        QVERIFY(counts->count(ClaimStatus::Paid) > 0); // the synthetic book uses every status
        QVERIFY(counts->count(ClaimStatus::Submitted) > 0);
    }

    void jobDeliversBySignal()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        NewClaim c;
        QVERIFY(ClaimRepository(db).create(c, QStringLiteral("t")).ok());
        BookCountsJob job(db.location());
        QSignalSpy ready(&job, &BookCountsJob::ready);
        job.request();
        job.request(); // a second request while the first runs is served after it
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().value<BookCounts>().total(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestBookCounts)
#include "tst_bookcounts.moc"
