#include "TestSupport.h"
#include "storage/ClaimRepository.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <unistd.h>

using namespace ClaimDesk;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A raw connection outside the database layer, as another program would have.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }

private:
    QString m_name;
};

} // namespace

// What only a SQLite file has (its bytes, its locks, its permissions, its pragmas).
#define SQLITE_FILE_ONLY()                                                                         \
    if (Test::onPostgres())                                                                        \
    QSKIP("a property of SQLite files")

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A nested transaction is a savepoint: its failure leaves nothing behind even
    // when the outer body goes on, and what the outer body wrote is committed.
    void aFailedInnerTransactionLeavesNothingBehind()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        auto count = [&](const char* name) {
            QSqlQuery q = db.query();
            q.exec(QStringLiteral("SELECT COUNT(*) FROM sequences WHERE name = '%1'")
                       .arg(QLatin1String(name)));
            return q.next() ? q.value(0).toInt() : -1;
        };
        const Status outer = db.writeTransaction([&]() -> Status {
            QSqlQuery q = db.query();
            if (!q.exec(QStringLiteral("INSERT INTO sequences (name, value) VALUES ('outer', 1)")))
                return Status::failure(q.lastError().text());
            const Status inner = db.writeTransaction([&]() -> Status {
                QSqlQuery i = db.query();
                if (!i.exec(
                        QStringLiteral("INSERT INTO sequences (name, value) VALUES ('inner', 1)")))
                    return Status::failure(i.lastError().text());
                return Status::failure(QStringLiteral("the inner step failed after writing"));
            });
            return inner ? Status::failure(QStringLiteral("the inner step should fail")) : Status();
        });
        QVERIFY2(outer.ok(), qPrintable(outer.error()));
        QCOMPARE(count("outer"), 1);
        QCOMPARE(count("inner"), 0);
    }

    void freshDatabaseIsMigratedToTheLatestVersion()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q = db.query();
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
        QList<int> versions;
        while (q.next())
            versions << q.value(0).toInt();
        QCOMPARE(versions.size(), Migrations::latestVersion());
        QCOMPARE(versions.first(), 1);
        for (const char* table :
            { "claims", "documents", "blobs", "extracted_fields", "decisions", "policy_holders",
                "audit_log", "app_log", "llm_usage", "sequences", "agent_decisions" })
            QVERIFY2(db.connection().tables().contains(QLatin1String(table)), table);
        if (Test::onPostgres())
            return;
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void upgradeKeepsTheData()
    {
        QTemporaryDir dir;
        const DatabaseLocation book = Test::bookAt(dir.filePath(QStringLiteral("old.sqlite")));
        {
            Database::Options v1;
            v1.migrateTo = 1;
            auto db = Database::open(book, v1);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(db->schemaVersion(), 1);
            QVERIFY(!db->connection().tables().contains(QStringLiteral("decisions")));
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO claims (id, claim_type, status, amount_cents, created_at, updated_at)"
                " VALUES ('H-20250101-000001', 'H', 'Pending', 123456, 1, 1)")));
        }
        auto db = Database::open(book);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        auto claim = ClaimRepository(*db).find(QStringLiteral("H-20250101-000001"));
        QVERIFY2(claim.ok(), qPrintable(claim.error()));
        QCOMPARE(claim->amount->cents(), qint64(123456));
        QCOMPARE(claim->status, ClaimStatus::Pending);
        QCOMPARE(claim->riskLevel, RiskLevel::None);
        // The status check was widened for drafts, in place: a draft is taken, a
        // status that is none of ClaimDesk's is still refused, and the file is sound.
        QSqlQuery q = db->query();
        QVERIFY2(q.exec(QStringLiteral("UPDATE claims SET status = 'Draft'")),
            qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE claims SET status = 'Lost'")));
        if (Test::onPostgres())
            return;
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // The draft status widens the stored check in place; a book whose check is
    // not the one ClaimDesk wrote is not silently left narrow: the upgrade fails.
    void anUnexpectedStatusCheckStopsTheUpgrade()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.sqlite"));
        {
            Database::Options v14;
            v14.migrateTo = 14;
            auto db = Database::open(DatabaseLocation::sqlite(path), v14);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral("PRAGMA schema_version")) && q.next());
            const qint64 cookie = q.value(0).toLongLong();
            for (const QString& sql : { QStringLiteral("PRAGMA writable_schema = ON"),
                     QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, '''Paid''))',"
                                    " '''Paid'' ))') WHERE name = 'claims'"),
                     QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1),
                     QStringLiteral("PRAGMA writable_schema = OFF") })
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        auto db = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(u"version 15")
                && db.error().contains(u"claims_status_check_not_as_created"),
            qPrintable(db.error()));
    }

    void newerVersionIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        const DatabaseLocation book = Test::bookAt(path);
        auto versions = [](const Database& db) {
            QSqlQuery q = db.query();
            q.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_version"));
            return q.next()
                ? QStringLiteral("%1 to %2").arg(q.value(0).toInt()).arg(q.value(1).toInt())
                : QString();
        };
        QString before;
        {
            Database db = Test::openTempDatabase(dir, QStringLiteral("future.sqlite"));
            QSqlQuery q = db.query();
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO schema_version VALUES (99, 0, 'from the future')")));
            if (!Test::onPostgres())
                QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            before
                = Test::onPostgres() ? versions(db) : QString::fromLatin1(fileHash(path).toHex());
        }
        auto db = Database::open(book);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(u"newer ClaimDesk") && db.error().contains(u"99"),
            qPrintable(db.error()));
        QVERIFY(db.error().contains(book.displayName()));
        if (Test::onPostgres()) {
            QSqlDatabase raw = Test::postgresConnection(
                QStringLiteral("postgres"), book.postgresUrl.path().mid(1));
            QVERIFY(raw.isOpen());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_version"))
                && q.next());
            QCOMPARE(
                QStringLiteral("%1 to %2").arg(q.value(0).toInt()).arg(q.value(1).toInt()), before);
        } else {
            QCOMPARE(QString::fromLatin1(fileHash(path).toHex()), before);
        }
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("random bytes")
            << QByteArray("this is a spreadsheet, not a database \x01\x02\x03", 40).repeated(200);
        QTest::newRow("short file") << QByteArray("SQLite");
        QTest::newRow("header then garbage")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x7f');
    }
    void damagedFilesAreRefused()
    {
        SQLITE_FILE_ONLY();
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto db = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(u"damaged") || db.error().contains(u"not a database"),
            qPrintable(db.error()));
        QCOMPARE(fileHash(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }

    void foreignDatabaseIsRefused()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY(!db.ok());
        QVERIFY2(
            db.error().contains(u"not a ClaimDesk database") && db.error().contains(u"invoices"),
            qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyFileIsRefused()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        (void)Test::openTempDatabase(dir, QStringLiteral("ro.sqlite"));
        // Root ignores permission bits; the immutable attribute binds root too.
        const bool root = geteuid() == 0;
        if (root) {
            if (QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), path }) != 0)
                QSKIP("running as root where chattr +i is not available: a read-only file cannot "
                      "be made");
        } else {
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        }
        auto db = Database::open(DatabaseLocation::sqlite(path));
        if (root)
            QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), path });
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(u"read-only"), qPrintable(db.error()));
    }

    void lockedDatabaseGivesAClearMessage()
    {
        SQLITE_FILE_ONLY();
        // A database in rollback-journal mode held exclusively by another program.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        {
            Database::Options empty;
            empty.migrateTo = 1;
            auto db = Database::open(DatabaseLocation::sqlite(path), empty);
            QVERIFY(db.ok());
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        RawConnection holder(path);
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        DatabaseLocation location = DatabaseLocation::sqlite(path);
        location.busyTimeoutMs = 100;
        auto db = Database::open(location);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(u"locked"), qPrintable(db.error()));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        auto again = Database::open(location);
        QVERIFY2(again.ok(), qPrintable(again.error()));
    }

    void writeWhileLockedFailsCleanlyAndLosesNothing()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        DatabaseLocation location = DatabaseLocation::sqlite(path);
        location.busyTimeoutMs = 100;
        auto db = Database::open(location);
        QVERIFY(db.ok());
        ClaimRepository claims(*db);
        NewClaim c;
        c.amount = Money::fromUnits(100);
        QVERIFY(claims.create(c, QStringLiteral("test")).ok());
        {
            RawConnection holder(path);
            QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
            auto blocked = claims.create(c, QStringLiteral("test"));
            QVERIFY(!blocked.ok());
            QVERIFY2(blocked.error().contains(u"locked"), qPrintable(blocked.error()));
            QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        }
        QCOMPARE(*claims.countAll(), qint64(1));
        auto after = claims.create(c, QStringLiteral("test"));
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QVERIFY(after->id.endsWith(u"-000002"));
    }

    void auditLogIsAppendOnly()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        NewClaim c;
        QVERIFY(ClaimRepository(db).create(c, QStringLiteral("test")).ok());
        QSqlQuery q = db.query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
        QVERIFY(q.lastError().text().contains(u"append-only"));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = ?"));
        q.addBindValue(db.login()); // the book's login, not the name passed in
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
