#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "storage/ClaimRepository.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace ClaimDesk;

namespace {

const QDateTime Noon(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);

NewClaim claimOf(ClaimType type, const char* amount, bool inNetwork = true, bool emergency = false)
{
    NewClaim c;
    c.type = type;
    c.amount = Money::parse(std::string_view(amount));
    c.serviceDate = QDate(2026, 3, 10);
    c.diagnosisCode = QStringLiteral("J10");
    c.inNetwork = inNetwork;
    c.emergency = emergency;
    return c;
}

// The test executable doubles as a second writer process (see main below).
int runAsWriter(const QString& book, int count)
{
    DatabaseLocation location = DatabaseLocation::sqlite(book);
    if (book.startsWith(QStringLiteral("postgresql:")))
        location = DatabaseLocation { {}, QUrl(book) };
    auto db = Database::open(location);
    if (!db)
        return 3;
    ClaimRepository claims(*db);
    for (int i = 0; i < count; ++i) {
        if (!claims.create(claimOf(ClaimType::Health, "100"), QStringLiteral("writer")))
            return 4;
    }
    return 0;
}

QStringList allIds(const Database& db)
{
    QStringList ids;
    QSqlQuery q = db.query();
    q.exec(QStringLiteral("SELECT id FROM claims"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace

class TestClaimRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void idsFollowTheFormatWithOneSequencePerType()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimRepository claims(db, fixedClock(Noon));
        QCOMPARE(claims.create(claimOf(ClaimType::Health, "100"), QStringLiteral("t"))->id,
            QStringLiteral("H-20260314-000001"));
        QCOMPARE(claims.create(claimOf(ClaimType::CarDamage, "100"), QStringLiteral("t"))->id,
            QStringLiteral("CD-20260314-000001"));
        QCOMPARE(claims.create(claimOf(ClaimType::Health, "100"), QStringLiteral("t"))->id,
            QStringLiteral("H-20260314-000002"));
        QCOMPARE(ClaimRepository::formatId(ClaimType::CarDamage, QDate(2027, 1, 2), 1234567),
            QStringLiteral("CD-20270102-1234567"));
    }

    void sequencesSurviveARestart()
    {
        QTemporaryDir dir;
        {
            Database db = Test::openTempDatabase(dir);
            ClaimRepository claims(db, fixedClock(Noon));
            for (int i = 0; i < 3; ++i)
                QVERIFY(claims.create(claimOf(ClaimType::Health, "100"), QStringLiteral("t")).ok());
        }
        Database db = Test::openTempDatabase(dir);
        QCOMPARE(ClaimRepository(db, fixedClock(Noon))
                     .create(claimOf(ClaimType::Health, "1"), QStringLiteral("t"))
                     ->id,
            QStringLiteral("H-20260314-000004"));
    }

    void twoThreadsWritingAtOnceNeverCollide()
    {
        QTemporaryDir dir;
        const DatabaseLocation book = Test::bookAt(dir, QStringLiteral("threads.sqlite"));
        Database db = Test::openTempDatabase(dir, QStringLiteral("threads.sqlite"));
        auto writer = [book] {
            auto own = Database::open(book);
            if (!own)
                return 0;
            ClaimRepository claims(*own);
            int made = 0;
            for (int i = 0; i < 150; ++i)
                made
                    += claims.create(claimOf(ClaimType::CarDamage, "100"), QStringLiteral("thread"))
                           .ok()
                    ? 1
                    : 0;
            return made;
        };
        QFuture<int> a = QtConcurrent::run(writer);
        QFuture<int> b = QtConcurrent::run(writer);
        QCOMPARE(a.result() + b.result(), 300);
        const QStringList ids = allIds(db);
        QCOMPARE(ids.size(), 300);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 300);
        QSet<int> numbers;
        for (const QString& id : ids)
            numbers << id.section(u'-', 2).toInt();
        QCOMPARE(numbers.size(), 300);
        QCOMPARE(*std::max_element(numbers.begin(), numbers.end()), 300);
    }

    void twoProcessesWritingAtOnceNeverCollide()
    {
        QTemporaryDir dir;
        const DatabaseLocation book = Test::bookAt(dir, QStringLiteral("procs.sqlite"));
        const QString path = book.isPostgres() ? book.postgresUrl.toString() : book.sqlitePath;
        Database db = Test::openTempDatabase(dir, QStringLiteral("procs.sqlite"));
        QProcess first, second;
        for (QProcess* p : { &first, &second }) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CLAIMDESK_TEST_WRITER"), path);
            env.insert(QStringLiteral("CLAIMDESK_TEST_WRITES"), QStringLiteral("200"));
            p->setProcessEnvironment(env);
            p->start(QCoreApplication::applicationFilePath(), {});
        }
        for (QProcess* p : { &first, &second }) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode(), 0);
        }
        const QStringList ids = allIds(db);
        QCOMPARE(ids.size(), 400);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 400);
    }

    void listIsInQueueOrderAndFilters()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        QDateTime now = Noon;
        ClaimBook book(db, DecisionEngine(), [&now] { return now; });
        struct Row
        {
            ClaimType type;
            const char* amount;
            bool inNetwork;
            bool emergency;
            const char* name;
        };
        const Row rows[] = {
            { ClaimType::Health, "450", true, false, "Anan Srisuk" }, // LOW, LOW
            { ClaimType::Health, "10000", false, false, "Kanya Boonmee" }, // HIGH (60), HIGH
            { ClaimType::CarDamage, "3000", true, false, "Malee Wongsa" }, // LOW, MEDIUM
            { ClaimType::CarDamage, "8500", false, true, "Somchai Jaidee" }, // MEDIUM (40), HIGH
            { ClaimType::Health, "20000", true, false, "Wichai Suksan" }, // MEDIUM (30), HIGH
            { ClaimType::Health, "12000", false, true, "Prasert Saelim" }, // HIGH (55), HIGH
        };
        QStringList ids;
        for (const Row& r : rows) {
            NewClaim c = claimOf(r.type, r.amount, r.inNetwork, r.emergency);
            c.claimantName = QLatin1String(r.name);
            c.claimantNationalId = QStringLiteral("3100701443816");
            auto filed = book.file(c, QStringLiteral("t"));
            QVERIFY2(filed.ok(), qPrintable(filed.error()));
            ids << filed->id;
            now = now.addSecs(60);
        }
        ClaimQuery all;
        auto listed = book.claims().list(all);
        QVERIFY(listed.ok());
        QStringList order;
        for (const Claim& c : *listed)
            order << c.id;
        // HIGH risk first (oldest first among equals), then MEDIUM by priority, then LOW.
        QCOMPARE(order, QStringList({ ids[1], ids[5], ids[3], ids[4], ids[2], ids[0] }));

        ClaimQuery high;
        high.risk = RiskLevel::High;
        QCOMPARE(*book.claims().count(high), qint64(2));
        ClaimQuery car;
        car.type = ClaimType::CarDamage;
        QCOMPARE(book.claims().list(car)->size(), 2);
        ClaimQuery byName;
        byName.search = QStringLiteral("wongsa");
        QCOMPARE(book.claims().list(byName)->first().id, ids[2]);
        ClaimQuery byId;
        byId.search = ids[3].toLower();
        QCOMPARE(book.claims().list(byId)->size(), 1);
        ClaimQuery byNationalId;
        byNationalId.search = QStringLiteral("3100701443816");
        QCOMPARE(*book.claims().count(byNationalId), qint64(6));
        ClaimQuery wildcard;
        wildcard.search = QStringLiteral("%");
        QCOMPARE(*book.claims().count(wildcard), qint64(0));
        ClaimQuery page;
        page.limit = 2;
        page.offset = 2;
        QCOMPARE(book.claims().list(page)->first().id, ids[3]);
    }

    void claimsAreFoundByAnyPartOfTheName()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine(), fixedClock(Noon));
        QStringList ids;
        for (const char* name : { "Malee Wongsa", "Somchai Wongsawat", "สมชาย ใจดี",
                 "Anan 50% Srisuk", "Kanya Boonmee" }) {
            NewClaim c = claimOf(ClaimType::Health, "450");
            c.claimantName = QString::fromUtf8(name);
            ids << book.file(c, QStringLiteral("t"))->id;
        }
        auto found = [&](const char* part) {
            ClaimQuery q;
            q.search = QString::fromUtf8(part);
            const auto listed = book.claims().list(q);
            QStringList out;
            for (const Claim& c : listed.value())
                out << c.id;
            std::sort(out.begin(), out.end());
            return out;
        };
        // inside a name, any case; a part of three letters or more is looked up
        // in the name index, a shorter one by a scan: both find the same
        QCOMPARE(found("WONGSA"), QStringList({ ids[0], ids[1] }));
        QCOMPARE(found("gsaw"), QStringList({ ids[1] }));
        QCOMPARE(found("ee"), QStringList({ ids[0], ids[4] }));
        QCOMPARE(found("ใจดี"), QStringList({ ids[2] }));
        // what would be an operator or a wildcard is a letter like any other
        QCOMPARE(found("50%"), QStringList({ ids[3] }));
        QCOMPARE(found("\"Malee"), QStringList());
        QCOMPARE(found("Malee OR Kanya"), QStringList());
        ClaimQuery counted;
        counted.search = QStringLiteral("wongsa");
        QCOMPARE(*book.claims().count(counted), qint64(2));
        // a renamed claimant is found by the new name only
        ClaimEdit rename;
        rename.claimantName = QStringLiteral("Malee Thongdee");
        QVERIFY(book.edit(ids[0], rename, QStringLiteral("dora")).ok());
        QCOMPARE(found("wongsa"), QStringList({ ids[1] }));
        QCOMPARE(found("thongdee"), QStringList({ ids[0] }));
    }

    void aPartManyNamesShareListsTheSameClaims()
    {
        // Past 20,000 matches a page is found by walking the claims in order and
        // looking each up in the name index; it must list what the index would.
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        const RiskLevel risks[] = { RiskLevel::Low, RiskLevel::Medium, RiskLevel::High };
        const ClaimStatus statuses[] = { ClaimStatus::Submitted, ClaimStatus::Pending };
        QList<DecidedClaim> claims;
        for (int i = 0; i < 21000; ++i) {
            DecidedClaim c;
            c.claim.type = ClaimType::Health;
            c.claim.status = statuses[(i / 7) % 2];
            c.claim.amount = Money::fromUnits(100 + i % 997);
            // one claim in thirty named otherwise
            c.claim.claimantName = i % 30 == 0 ? QStringLiteral("Kanya Boonmee %1").arg(i)
                                               : QStringLiteral("Malee Wongsa %1").arg(i);
            c.createdAt = Noon.addSecs(i);
            c.decision.riskLevel = risks[(i * 7919) % 3];
            claims << c;
        }
        ClaimRepository repo(db, fixedClock(Noon));
        QVERIFY(repo.createMany(claims, QStringLiteral("t")).ok());

        // What every page should hold: all claims in the order asked, filtered here.
        const auto expected = [&](ClaimQuery q) {
            const QString part = q.search;
            q.search.clear();
            q.offset = 0;
            q.limit = 100000;
            QStringList out;
            const auto listed = repo.list(q);
            for (const Claim& c : listed.value()) {
                if (c.claimantName.contains(part, Qt::CaseInsensitive))
                    out << c.id;
            }
            return out;
        };
        const auto ids = [](const QList<Claim>& listed) {
            QStringList out;
            for (const Claim& c : listed)
                out << c.id;
            return out;
        };
        ClaimQuery q;
        q.search = QStringLiteral("wongsa");
        const QStringList all = expected(q);
        QCOMPARE(all.size(), 21000 - 21000 / 30);
        QCOMPARE(*repo.count(q), qint64(all.size()));
        QCOMPARE(ids(*repo.list(q)), all.mid(0, q.limit));
        q.offset = 700;
        QCOMPARE(ids(*repo.list(q)), all.mid(700, q.limit));
        // another order, and another filter beside the name
        q.offset = 0;
        q.sort = QueueSort::Amount;
        q.descending = true;
        q.status = ClaimStatus::Pending;
        const QStringList pending = expected(q);
        QVERIFY(pending.size() > 9000);
        QCOMPARE(*repo.count(q), qint64(pending.size()));
        QCOMPARE(ids(*repo.list(q)), pending.mid(0, q.limit));
        // a part few share is fetched through the index, in the same order
        q.search = QStringLiteral("boonmee");
        QCOMPARE(ids(*repo.list(q)), expected(q).mid(0, q.limit));
    }

    void aBookFromBeforeTheNameIndexGetsOne()
    {
        // claims filed under schema 10, which had no name index
        if (Test::onPostgres())
            QSKIP("SQLite's FTS5 name index; a PostgreSQL book was never at schema 10");
        QTemporaryDir dir;
        {
            Database db = Test::openTempDatabase(dir);
            ClaimBook book(db, DecisionEngine(), fixedClock(Noon));
            NewClaim c = claimOf(ClaimType::Health, "450");
            c.claimantName = QStringLiteral("Malee Wongsa");
            QVERIFY(book.file(c, QStringLiteral("t")).ok());
            QSqlQuery q(db.connection());
            for (const char* sql :
                { "DROP TRIGGER claims_name_search_insert",
                    "DROP TRIGGER claims_name_search_delete",
                    "DROP TRIGGER claims_name_search_update", "DROP TABLE claims_name_search",
                    "DROP TABLE policy_advice", // schema 12, later
                    "ALTER TABLE documents DROP COLUMN refused", // schema 13
                    "DROP INDEX extracted_fields_value", "DROP INDEX documents_sha256", // 14
                    "DROP INDEX claims_free_queue", // 16
                    "DROP TABLE rule_sets", // 17
                    "DROP INDEX documents_unread", "ALTER TABLE documents DROP COLUMN unread", // 18
                    "DROP TABLE portal_submissions", "DROP TABLE insurer_portals", // 19
                    "DELETE FROM schema_version WHERE version >= 11" })
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        Database db = Test::openTempDatabase(dir);
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        ClaimQuery q;
        q.search = QStringLiteral("wongsa");
        QCOMPARE(*ClaimRepository(db).count(q), qint64(1));
    }

    void statusChangesAreAuditedAndVersioned()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimRepository claims(db, fixedClock(Noon));
        auto c = claims.create(claimOf(ClaimType::Health, "100"), QStringLiteral("alice"));
        QCOMPARE(c->version, 1);
        auto changed = claims.setStatus(
            c->id, ClaimStatus::UnderReview, QStringLiteral("looking"), QStringLiteral("bob"), 1);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QCOMPARE(changed->version, 2);
        QCOMPARE(changed->memo, QStringLiteral("looking"));

        // Carol read version 1 before Bob saved: her save must not overwrite his.
        auto stale = claims.setStatus(
            c->id, ClaimStatus::Rejected, QStringLiteral("no"), QStringLiteral("carol"), 1);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(u"changed by someone else"), qPrintable(stale.error()));
        // A conflict says so, with the version now stored.
        QCOMPARE(stale.errorKind(), ErrorKind::Conflict);
        QCOMPARE(stale.errorDetail().currentVersion, 2);
        QCOMPARE(claims.find(c->id)->status, ClaimStatus::UnderReview);

        auto trail = claims.auditTrail(c->id);
        QCOMPARE(trail->size(), 3);
        QCOMPARE(trail->at(0).code(), QStringLiteral("created"));
        QCOMPARE(trail->at(1).code(), QStringLiteral("status"));
        QCOMPARE(trail->at(1).oldValue, QStringLiteral("Submitted"));
        QCOMPARE(trail->at(1).newValue, QStringLiteral("Under Review"));
        // the book's login, not the name passed in ("bob")
        QCOMPARE(trail->at(1).actor, db.login());
        QVERIFY(!db.login().isEmpty());
        QCOMPARE(trail->at(2).code(), QStringLiteral("memo"));
        const auto missing = claims.setStatus(
            QStringLiteral("H-19990101-000001"), ClaimStatus::Paid, {}, QStringLiteral("x"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errorKind(), ErrorKind::NotFound);
    }

    // A status or type this version does not know is damage, named, never guessed.
    void anUnknownStatusIsDamageNotAGuess()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimRepository claims(db, fixedClock(Noon));
        auto c = claims.create(claimOf(ClaimType::Health, "100"), QStringLiteral("alice"));
        QVERIFY(c.ok());
        // As a file edited by another program could hold it, past the schema's checks.
        QSqlQuery q = db.query();
        QVERIFY(Sql::exec(q,
            Test::onPostgres()
                ? QStringLiteral("ALTER TABLE claims DROP CONSTRAINT claims_status_check")
                : QStringLiteral("PRAGMA ignore_check_constraints = ON"))
                    .ok());
        QVERIFY(Sql::exec(
            q, QStringLiteral("UPDATE claims SET status = 'Teleported' WHERE id = ?"), { c->id })
                    .ok());
        const auto found = claims.find(c->id);
        QVERIFY(!found.ok());
        QCOMPARE(found.errorKind(), ErrorKind::Damaged);
        QVERIFY2(found.error().contains(u"Teleported"), qPrintable(found.error()));
        const auto page = claims.list(ClaimQuery {});
        QVERIFY(!page.ok());
        QCOMPARE(page.errorKind(), ErrorKind::Damaged);
    }

    void anEditIsAuditedAndDecidedAgain()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine(), fixedClock(Noon));
        const Claim filed = *book.file(claimOf(ClaimType::Health, "450"), QStringLiteral("t"));
        QCOMPARE(*filed.finalDecision, FinalDecision::AutoApprove);

        ClaimEdit e;
        e.amount = Money::fromUnits(10000);
        e.inNetwork = false;
        auto edited = book.edit(filed.id, e, QStringLiteral("dora"), filed.version);
        QVERIFY2(edited.ok(), qPrintable(edited.error()));
        QCOMPARE(edited->version, filed.version + 1);
        QCOMPARE(*edited->finalDecision, FinalDecision::ManualReview);
        QCOMPARE(edited->riskLevel, RiskLevel::High);
        QCOMPARE(edited->reimbursement.toString(), QStringLiteral("6240.00"));
        QCOMPARE(book.decisions().history(filed.id)->size(), 2);
        const auto trail = *book.claims().auditTrail(filed.id);
        QCOMPARE(trail.at(1).code(), QStringLiteral("edit:amount"));
        QCOMPARE(trail.at(1).oldValue, QStringLiteral("450.00"));
        QCOMPARE(trail.at(1).newValue, QStringLiteral("10000.00"));
        QCOMPARE(trail.at(2).code(), QStringLiteral("edit:in_network"));
        QCOMPARE(trail.at(2).actor, db.login());

        ClaimEdit approval;
        approval.priorApproval = QStringLiteral("PA-7");
        auto approved = book.edit(filed.id, approval, QStringLiteral("dora"));
        QVERIFY(approved.ok());
        QCOMPARE(approved->priorApproval, QStringLiteral("PA-7"));
        QCOMPARE(book.claims().auditTrail(filed.id)->last().code(),
            QStringLiteral("edit:prior_approval"));
        e.priorApproval = QStringLiteral("PA-7");
        edited = book.claims().find(filed.id);

        // The same values again change nothing: no new version, no new decision.
        QCOMPARE(book.edit(filed.id, e, QStringLiteral("dora"))->version, edited->version);
        QCOMPARE(book.decisions().history(filed.id)->size(), 3);
        // A stale version is refused and nothing is written.
        ClaimEdit other;
        other.amount = Money::fromUnits(1);
        auto stale = book.edit(filed.id, other, QStringLiteral("eve"), filed.version);
        QVERIFY(!stale.ok());
        QCOMPARE(book.claims().find(filed.id)->amount, Money::fromUnits(10000));
        QCOMPARE(book.decisions().history(filed.id)->size(), 3);
    }

    void filingDecidesTheClaim()
    {
        QTemporaryDir dir;
        Database db = Test::openTempDatabase(dir);
        ClaimBook book(db, DecisionEngine(), fixedClock(Noon));
        auto c = book.file(claimOf(ClaimType::Health, "1355", false), QStringLiteral("t"));
        QVERIFY(c.ok());
        QCOMPARE(c->reimbursement.toString(), QStringLiteral("707.20"));
        QCOMPARE(c->riskLevel, RiskLevel::Low);
        QCOMPARE(*c->finalDecision, FinalDecision::StandardReview);
        auto d = book.decisions().current(c->id);
        QVERIFY(d.ok() && d->has_value());
        QCOMPARE((*d)->rulesetVersion, RuleSet::defaults().version);
        QCOMPARE((*d)->asOf, Noon.toLocalTime().date());
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString writerPath = qEnvironmentVariable("CLAIMDESK_TEST_WRITER");
    if (!writerPath.isEmpty())
        return runAsWriter(writerPath, qEnvironmentVariableIntValue("CLAIMDESK_TEST_WRITES"));
    TestClaimRepository test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_claimrepository.moc"
