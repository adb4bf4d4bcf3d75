#include "TestSupport.h"
#include "admin/AppLogSink.h"
#include "logging/LogCategories.h"
#include "storage/AppLogRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ClaimDesk;

class TestAppLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    QList<LogEntry> find(const QString& text)
    {
        LogSearch s;
        s.text = text;
        return AppLogRepository(*m_db).search(s).value_or(QList<LogEntry>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
    }
    void init() { QVERIFY(AppLogRepository(*m_db).clear().ok()); }

    void messagesReachTheLogWithCategoryAndClaim()
    {
        AppLogSink sink(m_db->location());
        QCOMPARE(AppLogSink::current(), &sink);
        sink.setLevel(LogLevel::Info);
        qCInfo(lcUpload) << "document 7 stored on claim H-20261121-000042";
        qCWarning(lcExtraction) << "document 8 not read";
        qCritical() << "something broke";
        qCDebug(lcChat) << "not at INFO";
        QVERIFY(sink.flush().ok());

        const auto stored = find(QStringLiteral("document 7"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].category, LogCategory::Upload);
        QCOMPARE(stored[0].claimId, QStringLiteral("H-20261121-000042"));
        QCOMPARE(stored[0].level, LogLevel::Info);
        QCOMPARE(find(QStringLiteral("document 8"))[0].category, LogCategory::Extraction);
        const auto broke = find(QStringLiteral("broke"));
        QCOMPARE(broke[0].category, LogCategory::Error);
        QCOMPARE(broke[0].level, LogLevel::Error);
        QVERIFY(find(QStringLiteral("not at INFO")).isEmpty());

        LogSearch byClaim;
        byClaim.claimId = QStringLiteral("h-20261121-000042");
        QCOMPARE(AppLogRepository(*m_db).search(byClaim)->size(), 1);
        LogSearch byLevel;
        byLevel.level = LogLevel::Warning;
        QCOMPARE(AppLogRepository(*m_db).search(byLevel)->size(), 1);
        LogSearch byCategory;
        byCategory.category = LogCategory::Error;
        QCOMPARE(AppLogRepository(*m_db).search(byCategory)->size(), 1);
    }

    // Nobody flushes: the writer thread stores the line within a second and says so.
    void theWriterThreadWritesOnItsOwn()
    {
        AppLogSink sink(m_db->location());
        sink.setLevel(LogLevel::Info);
        QSignalSpy written(&sink, &AppLogSink::written);
        qCInfo(lcSystem) << "written in the background";
        QVERIFY(written.wait(5000));
        QCOMPARE(find(QStringLiteral("written in the background")).size(), 1);
    }

    // A long import holds the book's write lock: the lines wait for the lock, a
    // flush says the book is busy, and nothing is lost once the lock is gone.
    void aBusyBookKeepsTheLinesForTheNextWrite()
    {
        if (m_db->location().isPostgres())
            QSKIP("a desk book's write lock: a team book's writers do not wait for each other");
        DatabaseLocation impatient = m_db->location();
        impatient.busyTimeoutMs = 50;
        AppLogSink sink(impatient);
        sink.setLevel(LogLevel::Info);
        QSqlDatabase holder = m_db->connection();
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
        qCInfo(lcSystem) << "said while the book was busy";
        const Status busy = sink.flush();
        QVERIFY(!busy.ok());
        QCOMPARE(busy.errorKind(), ErrorKind::Unavailable);
        qCInfo(lcSystem) << "said after the refusal";
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("COMMIT")));

        QSignalSpy written(&sink, &AppLogSink::written);
        QVERIFY(written.wait(5000)); // the writer's own next write, nobody flushing
        QCOMPARE(find(QStringLiteral("said while the book was busy")).size(), 1);
        QCOMPARE(find(QStringLiteral("said after the refusal")).size(), 1);
    }

    void levelChangesWhileRunning()
    {
        AppLogSink sink(m_db->location());
        sink.setLevel(LogLevel::Warning);
        qCInfo(lcSystem) << "quiet info";
        sink.setLevel(LogLevel::Debug);
        QVERIFY(lcChat().isDebugEnabled());
        qCDebug(lcChat) << "loud debug";
        QVERIFY(sink.flush().ok());
        QVERIFY(find(QStringLiteral("quiet info")).isEmpty());
        QCOMPARE(find(QStringLiteral("loud debug")).size(), 1);
        sink.setLevel(LogLevel::Info);
        QVERIFY(!lcChat().isDebugEnabled());
    }

    void nationalIdsAreMaskedUnlessDataLoggingIsOn()
    {
        AppLogSink sink(m_db->location());
        sink.setLevel(LogLevel::Info);
        sink.setDataLogging(false);
        qCInfo(lcChat) << "verified 3-1007-01443-81-6 for claim CD-20261121-000003";
        // typed in Thai digits, the same number
        qCInfo(lcChat).noquote() << QStringLiteral("เลขบัตร ๓๑๐๐๗๐๑๔๔๓๘๑๖ claim H-20261121-000004");
        QCOMPARE(AppLogSink::personalData(QStringLiteral("Somchai")),
            QStringLiteral("[personal data hidden]"));
        sink.setDataLogging(true);
        qCInfo(lcChat) << "verified 3100701443816 again";
        QCOMPARE(AppLogSink::personalData(QStringLiteral("Somchai")), QStringLiteral("Somchai"));
        sink.setDataLogging(false);
        QVERIFY(sink.flush().ok());
        const auto masked = find(QStringLiteral("for claim"));
        QCOMPARE(masked.size(), 1);
        QVERIFY2(!masked[0].message.contains(u"1443"), qPrintable(masked[0].message));
        QVERIFY(masked[0].message.contains(u"CD-20261121-000003")); // claim IDs are not personal
        QCOMPARE(find(QStringLiteral("3100701443816")).size(), 1);
        const auto thai = find(QStringLiteral("H-20261121-000004"));
        QCOMPARE(thai.size(), 1);
        QVERIFY2(!thai[0].message.contains(QStringLiteral("๑๔๔๓")), qPrintable(thai[0].message));
    }

    void statisticsRetentionAndClearing()
    {
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        AppLogRepository log(*m_db);
        QList<LogEntry> entries;
        auto entry = [](const QDateTime& at, LogLevel level, const QString& message) {
            LogEntry e;
            e.at = at;
            e.level = level;
            e.category = LogCategory::System;
            e.message = message;
            return e;
        };
        entries << entry(now.addDays(-8), LogLevel::Error, QStringLiteral("too old"));
        entries << entry(now.addSecs(-2 * 3600), LogLevel::Error, QStringLiteral("earlier error"));
        entries << entry(now.addSecs(-600), LogLevel::Error, QStringLiteral("recent error"));
        for (int i = 0; i < 5; ++i)
            entries << entry(
                now.addSecs(-60 + i), LogLevel::Info, QStringLiteral("info %1").arg(i));
        QVERIFY(log.append(entries).ok());
        auto stats = log.stats(now);
        QVERIFY(stats.ok());
        QCOMPARE(stats->total, qint64(8));
        QCOMPARE(stats->errorsLastHour, qint64(1));
        QCOMPARE(stats->byLevel.value(QStringLiteral("ERROR")), qint64(3));
        QCOMPARE(stats->byCategory.value(LogCategory::System), qint64(8));

        // Seven days, then the newest 4 lines.
        QCOMPARE(*log.prune(now, 7, 1000), qint64(1));
        QVERIFY(find(QStringLiteral("too old")).isEmpty());
        QCOMPARE(*log.prune(now, 7, 4), qint64(3));
        QCOMPARE(log.stats(now)->total, qint64(4));
        QCOMPARE(find(QStringLiteral("info 4")).size(), 1);
        QVERIFY(find(QStringLiteral("recent error")).isEmpty());

        QVERIFY(log.clear().ok());
        QCOMPARE(log.stats(now)->total, qint64(0));
    }

    void theSinkPrunesWithItsClock()
    {
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        LogEntry old;
        old.at = now.addDays(-30);
        old.category = LogCategory::System;
        old.message = QStringLiteral("a month ago");
        QVERIFY(AppLogRepository(*m_db).append({ old }).ok());
        AppLogSink sink(m_db->location(), fixedClock(now)); // prunes when it starts
        QTRY_VERIFY(find(QStringLiteral("a month ago")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppLog)
#include "tst_applog.moc"
