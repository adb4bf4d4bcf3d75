#include "TestSupport.h"
#include "claims/ClaimAssignment.h"
#include "claims/ClaimBook.h"
#include "claims/ClaimChangeFeed.h"
#include "storage/ClaimRepository.h"
#include "storage/Migrations.h"
#include "team/BookImport.h"
#include "team/TeamAdministration.h"
#include "team/TeamPasswords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QtConcurrent>

using namespace ClaimDesk;

// A team book on the throwaway PostgreSQL server, as its people use it: through
// the real claimdesk-cli under each one's own login, and through plain SQL under
// the same logins (what psql could do). On SQLite runs only what a desk's file
// offers is checked (taking and giving back claims; no team).
class TestTeam : public QObject
{
    Q_OBJECT

    using Run = Test::CliRun;

    QTemporaryDir m_home;
    DatabaseLocation m_book;
    // Logins are the server's, shared by every book on it: a suffix keeps this
    // run's apart from any other's.
    QString m_suffix = QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
    QString adjuster() const { return QStringLiteral("adj") + m_suffix; }
    QString manager() const { return QStringLiteral("mgr") + m_suffix; }
    QString admin() const { return QStringLiteral("adm") + m_suffix; }
    QString auditor() const { return QStringLiteral("aud") + m_suffix; }

    DatabaseLocation as(const QString& login) const { return Test::asLogin(m_book, login); }

    Run cli(const QString& login, const QStringList& args)
    {
        // on this test's team book unless the arguments name a book of their own
        const bool ownBook
            = args.contains(QStringLiteral("--db")) || args.contains(QStringLiteral("--db-url"));
        return Test::runCli(m_home, ownBook ? args : Test::bookArguments(as(login)) + args);
    }

    // A plain connection under `login`, as psql would have.
    QSqlDatabase plainSql(const QString& login)
    {
        return Test::postgresConnection(login, m_book.postgresUrl.path().mid(1));
    }

    // A new claim for `amount`, held by `holder` (filed and handed over by the owner).
    QString claimHeldBy(const QString& holder, const char* amount)
    {
        const Run filed = cli({},
            { QStringLiteral("claims"), QStringLiteral("new"), QStringLiteral("--type"),
                QStringLiteral("H"), QStringLiteral("--amount"), QLatin1String(amount),
                QStringLiteral("--json") });
        const QString id = filed.json().object().value(u"claim_id").toString();
        if (id.isEmpty())
            qWarning() << filed.err;
        if (!holder.isEmpty())
            (void)cli({},
                { QStringLiteral("claims"), QStringLiteral("assign"), id, QStringLiteral("--to"),
                    holder });
        return id;
    }

    QString statusOf(const QString& id)
    {
        return cli(
            {}, { QStringLiteral("claims"), QStringLiteral("show"), id, QStringLiteral("--json") })
            .json()
            .object()
            .value(u"status")
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_book = Test::bookAt(m_home.filePath(QStringLiteral("team.sqlite")));
        const Run init = cli({}, { QStringLiteral("init"), QStringLiteral("--demo") });
        QVERIFY2(init.code == 0, init.err.constData());
        if (!Test::onPostgres())
            return;
        for (int twice = 0; twice < 2; ++twice) { // safe to run again
            const Run team = cli({}, { QStringLiteral("team"), QStringLiteral("init") });
            QVERIFY2(team.code == 0, team.err.constData());
            QVERIFY2(team.err.isEmpty(), team.err.constData()); // no server notices
        }
        const QList<std::pair<QString, QStringList>> people = {
            { adjuster(),
                { QStringLiteral("--role"), QStringLiteral("adjuster"), QStringLiteral("--limit"),
                    QStringLiteral("5000.00") } },
            { manager(), { QStringLiteral("--role"), QStringLiteral("manager") } },
            { admin(), { QStringLiteral("--role"), QStringLiteral("admin") } },
            { auditor(), { QStringLiteral("--role"), QStringLiteral("auditor") } },
        };
        for (const auto& [name, options] : people) {
            const Run added = cli(
                {}, QStringList { QStringLiteral("users"), QStringLiteral("add"), name } + options);
            QVERIFY2(added.code == 0, added.err.constData());
        }
    }

    // The logins made here belong to the whole server: they go with the test.
    void cleanupTestCase()
    {
        if (Test::onPostgres())
            Test::dropLogins(m_suffix);
    }

    void aDesksFileHasNoTeam()
    {
        if (Test::onPostgres())
            QSKIP("a desk's SQLite file");
        const Run r = cli({}, { QStringLiteral("users"), QStringLiteral("list") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("PostgreSQL"), r.err.constData());
    }

    void takingAndGivingBackFollowTheQueue()
    {
        auto db = Database::open(m_book);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        ClaimQuery open;
        open.openOnly = true;
        const auto queue = ClaimBook::list(*db, open);
        QVERIFY(queue.ok() && queue->size() >= 2);
        ClaimAssignment assignment(*db);
        const auto first = assignment.takeNext();
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(first->has_value());
        QCOMPARE((*first)->id, queue->first().id); // the top of the queue
        QCOMPARE((*first)->assignee, db->login());
        const auto second = assignment.takeNext();
        QCOMPARE((*second)->id, queue->at(1).id); // the first is held
        QVERIFY(assignment.release((*first)->id).ok());
        QCOMPARE((*assignment.takeNext())->id, queue->first().id); // free again
        const auto trail = ClaimRepository(*db).auditTrail((*first)->id);
        QCOMPARE(trail->last().code(), QStringLiteral("assignment"));
        QCOMPARE(trail->last().actor, db->login());
        QCOMPARE(trail->at(trail->size() - 2).newValue, QString()); // given back
        for (const Claim& c : *queue) // leave the book as it was for the next tests
            (void)assignment.release(c.id);
    }

    void peopleAreListedWithRoleLimitAndAccess()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const Run r = cli(
            admin(), { QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& v : r.json().array())
            byName.insert(v.toObject().value(u"name").toString(), v.toObject());
        QCOMPARE(byName.value(adjuster()).value(u"role").toString(), QStringLiteral("adjuster"));
        QCOMPARE(byName.value(adjuster()).value(u"limit").toString(), QStringLiteral("5000.00"));
        QCOMPARE(byName.value(manager()).value(u"role").toString(), QStringLiteral("manager"));
        QCOMPARE(byName.value(auditor()).value(u"active").toBool(), true);
        // only an administrator manages people
        const Run refused = cli(adjuster(),
            { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x") + m_suffix,
                QStringLiteral("--role"), QStringLiteral("manager") });
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("permission denied"), refused.err.constData());
        QVERIFY2(refused.err.contains("claimdesk_admin"), refused.err.constData());
    }

    // An adjuster approves up to their limit and no further; the refusal names
    // the limit and writes nothing. A manager approves any amount.
    void theAuthorityLimitHoldsAtBelowAndAbove_data()
    {
        QTest::addColumn<QByteArray>("amount");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("below") << QByteArray("4999.99") << true;
        QTest::newRow("at") << QByteArray("5000.00") << true;
        QTest::newRow("above") << QByteArray("5000.01") << false;
    }
    void theAuthorityLimitHoldsAtBelowAndAbove()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        QFETCH(QByteArray, amount);
        QFETCH(bool, allowed);
        const QString id = claimHeldBy(adjuster(), amount.constData());
        QVERIFY(!id.isEmpty());
        const Run r = cli(adjuster(),
            { QStringLiteral("claims"), QStringLiteral("set-status"), id,
                QStringLiteral("Approved") });
        QCOMPARE(r.code == 0, allowed);
        QCOMPARE(statusOf(id), allowed ? QStringLiteral("Approved") : QStringLiteral("Submitted"));
        if (allowed)
            return;
        QVERIFY2(r.err.contains("authority limit of 5,000.00") && r.err.contains("manager"),
            r.err.constData());
        const Run byManager = cli(manager(),
            { QStringLiteral("claims"), QStringLiteral("set-status"), id,
                QStringLiteral("Approved") });
        QVERIFY2(byManager.code == 0, byManager.err.constData());
        QCOMPARE(statusOf(id), QStringLiteral("Approved"));
    }

    void anAdjusterWorksOnlyWhatTheyHold()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString free = claimHeldBy({}, "100.00");
        const QString managers = claimHeldBy(manager(), "100.00");
        const QString mine = claimHeldBy(adjuster(), "100.00");
        for (const QString& id : { free, managers }) {
            const Run r = cli(adjuster(),
                { QStringLiteral("claims"), QStringLiteral("set-status"), id,
                    QStringLiteral("Rejected") });
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("not assigned to you") || r.err.contains("not by you"),
                r.err.constData());
            QCOMPARE(statusOf(id), QStringLiteral("Submitted"));
        }
        QCOMPARE(cli(adjuster(),
                     { QStringLiteral("claims"), QStringLiteral("set-status"), mine,
                         QStringLiteral("Rejected") })
                     .code,
            0);
        // handing claims about is a manager's
        const Run give = cli(adjuster(),
            { QStringLiteral("claims"), QStringLiteral("assign"), mine, QStringLiteral("--to"),
                manager() });
        QCOMPARE(give.code, 1);
        QVERIFY2(give.err.contains("only a manager"), give.err.constData());
        const Run grab
            = cli(adjuster(), { QStringLiteral("claims"), QStringLiteral("release"), managers });
        QCOMPARE(grab.code, 1);
        QVERIFY2(cli(manager(),
                     { QStringLiteral("claims"), QStringLiteral("assign"), free,
                         QStringLiteral("--to"), adjuster() })
                     .code
                == 0,
            "a manager assigns");
        QCOMPARE(
            cli(adjuster(), { QStringLiteral("claims"), QStringLiteral("release"), mine }).code, 0);
        // nor can plain SQL under the same login do more
        QSqlQuery q(plainSql(adjuster()));
        QVERIFY(!q.exec(
            QStringLiteral("UPDATE claims SET status = 'Paid' WHERE id = '%1'").arg(managers)));
        QVERIFY2(q.lastError().text().contains(u"held by"), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE claims SET assignee = '%1' WHERE id = '%2'")
                            .arg(adjuster(), managers)));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM claims")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM llm_usage")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM policy_holders")));
    }

    // What psql under an adjuster's login might try around the rules: a temporary
    // table standing in for the limits or the catalogue, a claim inserted already
    // paid, an approved claim's amount raised, a changed filing date, a document's
    // stored bytes, a counter set back.
    void theRulesHoldAgainstPlainSql()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString mine = claimHeldBy(adjuster(), "6000.00");
        const QString managers = claimHeldBy(manager(), "100.00");
        QSqlQuery q(plainSql(adjuster()));
        auto refused = [&](const QString& sql, const char* because) -> QString {
            if (q.exec(sql))
                return QStringLiteral("allowed: ") + sql;
            const QString error = q.lastError().text();
            return error.contains(QLatin1String(because)) ? QString() : error;
        };
        QVERIFY(q.exec(
            QStringLiteral("CREATE TEMP TABLE team_limits (login text, limit_cents bigint)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO team_limits VALUES (session_user, 999999999999)")));
        QCOMPARE(
            refused(QStringLiteral("UPDATE public.claims SET status = 'Approved' WHERE id = '%1'")
                        .arg(mine),
                "authority limit"),
            QString());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE pg_class (oid oid, relowner oid)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO pg_class SELECT 'public.claims'::regclass,"
                                  " oid FROM pg_catalog.pg_roles WHERE rolname = session_user")));
        QCOMPARE(
            refused(QStringLiteral("UPDATE public.claims SET memo = 'mine now' WHERE id = '%1'")
                        .arg(managers),
                "held by"),
            QString());
        QCOMPARE(refused(QStringLiteral(
                             "INSERT INTO public.claims (id, claim_type, status, amount_cents,"
                             " created_at, updated_at) VALUES ('H-20990101-999999', 'H', 'Paid',"
                             " 100000000, 1, 1)"),
                     "authority limit"),
            QString());
        QCOMPARE(refused(QStringLiteral("UPDATE public.claims SET created_at = 1 WHERE id = '%1'")
                             .arg(managers),
                     "held by"),
            QString());
        QCOMPARE(refused(QStringLiteral("UPDATE public.blobs SET data = 'x'"), "permission denied"),
            QString());
        QCOMPARE(refused(QStringLiteral("DELETE FROM public.decisions"), "permission denied"),
            QString());
        QCOMPARE(refused(QStringLiteral("UPDATE public.sequences SET value = 0"), "only goes up"),
            QString());
        // an approved claim's amount goes up only within the limit
        const QString approved = claimHeldBy(adjuster(), "100.00");
        QCOMPARE(cli(adjuster(),
                     { QStringLiteral("claims"), QStringLiteral("set-status"), approved,
                         QStringLiteral("Approved") })
                     .code,
            0);
        const Run raised = cli(adjuster(),
            { QStringLiteral("claims"), QStringLiteral("edit"), approved,
                QStringLiteral("--amount"), QStringLiteral("9999.00") });
        QCOMPARE(raised.code, 1);
        QVERIFY2(raised.err.contains("authority limit"), raised.err.constData());
        // what the rules derive anyone may bring up to date
        QVERIFY2(
            q.exec(QStringLiteral("UPDATE public.claims SET risk_rank = risk_rank WHERE id = '%1'")
                       .arg(managers)),
            qPrintable(q.lastError().text()));
    }

    void theAuditActorIsTheLogin()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString id = claimHeldBy(adjuster(), "100.00");
        QCOMPARE(cli(adjuster(),
                     { QStringLiteral("claims"), QStringLiteral("set-status"), id,
                         QStringLiteral("Pending") })
                     .code,
            0);
        const QJsonArray audit = cli(auditor(),
            { QStringLiteral("claims"), QStringLiteral("show"), id, QStringLiteral("--json") })
                                     .json()
                                     .object()
                                     .value(u"audit")
                                     .toArray();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.last().toObject().value(u"actor").toString(), adjuster());
        // a row written by hand under the login names the login, not what it says
        QSqlQuery q(plainSql(adjuster()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, claim_id, action)"
                                       " VALUES (1, 'mallory', '%1', 'memo')")
                            .arg(id)),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), adjuster());
    }

    void anAuditorReadsAndAnAdminDecidesNothing()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString id = claimHeldBy({}, "100.00");
        QCOMPARE(cli(auditor(), { QStringLiteral("claims"), QStringLiteral("list") }).code, 0);
        for (const QString& login : { auditor(), admin() }) {
            const Run r = cli(login,
                { QStringLiteral("claims"), QStringLiteral("set-status"), id,
                    QStringLiteral("Rejected") });
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("may not do this"), r.err.constData());
        }
        QCOMPARE(statusOf(id), QStringLiteral("Submitted"));
        QSqlQuery q(plainSql(auditor()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO app_log (at, level, category, message)"
                                       " VALUES (1, 'info', 'x', 'y')")));
        QVERIFY2(
            q.lastError().text().contains(u"permission denied"), qPrintable(q.lastError().text()));
    }

    void aDisabledLoginCannotConnect()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString name = QStringLiteral("gone") + m_suffix;
        QCOMPARE(cli(admin(),
                     { QStringLiteral("users"), QStringLiteral("add"), name,
                         QStringLiteral("--role"), QStringLiteral("auditor") })
                     .code,
            0);
        QCOMPARE(cli(name, { QStringLiteral("claims"), QStringLiteral("list") }).code, 0);
        QCOMPARE(cli(admin(),
                     { QStringLiteral("users"), QStringLiteral("set"), name,
                         QStringLiteral("--disable") })
                     .code,
            0);
        const Run r = cli(name, { QStringLiteral("claims"), QStringLiteral("list") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not permitted to log in"), r.err.constData());
    }

    // A desk's whole book moves into an empty team book: every claim reads the
    // same there (its documents, decisions and audit trail), nothing moves into a
    // book that holds claims, and a move stopped half way keeps nothing.
    void aDesksBookMovesWhole()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString desk = m_home.filePath(QStringLiteral("desk.sqlite"));
        const QStringList onDesk { QStringLiteral("--db"), desk };
        QCOMPARE(cli({},
                     onDesk
                         + QStringList { QStringLiteral("init"), QStringLiteral("--demo"),
                             QStringLiteral("--claims"), QStringLiteral("400") })
                     .code,
            0);
        const QString receipt = m_home.filePath(QStringLiteral("receipt.png"));
        QVERIFY(Test::drawReceipt(receipt,
            { QStringLiteral("CITY CLINIC"), QStringLiteral("Date: 12/06/2026"),
                QStringLiteral("TOTAL 450.00") }));
        const Run imported = cli({},
            onDesk
                + QStringList { QStringLiteral("import"), receipt, QStringLiteral("--new-claim"),
                    QStringLiteral("H") });
        QVERIFY2(imported.code == 0, imported.err.constData());

        DatabaseLocation team = Test::bookAt(m_home.filePath(QStringLiteral("moved.sqlite")));
        auto target = Database::open(team);
        QVERIFY(target.ok());
        QVERIFY(TeamAdministration(*target).init().ok());
        // stopped half way: nothing kept
        int calls = 0;
        const auto stopped = BookImport::fromFile(*target, desk, [&](qint64 done, qint64 total) {
            ++calls;
            return done == total; // stops at the first report, before the last row
        });
        QVERIFY(!stopped.ok());
        QCOMPARE(calls, 1);
        QCOMPARE(*ClaimRepository(*target).countAll(), qint64(0));

        const QStringList toTeam = Test::bookArguments(team);
        const Run moved = cli({},
            toTeam
                + QStringList { QStringLiteral("team"), QStringLiteral("import-book"), desk,
                    QStringLiteral("--json") });
        QVERIFY2(moved.code == 0, moved.err.constData());
        QVERIFY(moved.json().object().value(u"rows").toInteger() > 400);

        const QStringList list { QStringLiteral("claims"), QStringLiteral("list"),
            QStringLiteral("--limit"), QStringLiteral("100000"), QStringLiteral("--json") };
        const QJsonArray there = cli({}, toTeam + list).json().array();
        const QJsonArray here = cli({}, onDesk + list).json().array();
        QCOMPARE(there.size(), here.size());
        QCOMPARE(there, here);
        int withDocuments = 0;
        // each claim whole, as `claims show` gives it: the first forty in queue
        // order, and the one the receipt went to (named by the import)
        const QRegularExpression claimId(QStringLiteral("[A-Z]+-\\d{8}-\\d{6}"));
        QStringList compared {
            claimId.match(QString::fromUtf8(imported.out + imported.err)).captured()
        };
        for (qsizetype i = 0; i < here.size() && i < 40; ++i)
            compared << here.at(i).toObject().value(u"claim_id").toString();
        for (const QString& id : compared) {
            const QStringList show { QStringLiteral("claims"), QStringLiteral("show"), id,
                QStringLiteral("--json") };
            const QJsonObject a = cli({}, onDesk + show).json().object();
            const QJsonObject b = cli({}, toTeam + show).json().object();
            QVERIFY2(!a.isEmpty(), qPrintable(id));
            QCOMPARE(b, a);
            withDocuments += a.value(u"documents").toArray().isEmpty() ? 0 : 1;
        }
        QVERIFY(withDocuments >= 1);
        // a second move finds claims there and keeps nothing of itself
        const Run again = cli({},
            toTeam + QStringList { QStringLiteral("team"), QStringLiteral("import-book"), desk });
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("already holds"), again.err.constData());
        QCOMPARE(cli({}, toTeam + list).json().array().size(), here.size());
        // the next claim filed there takes the next number, not a copied one's
        const Run filed = cli({},
            toTeam
                + QStringList { QStringLiteral("claims"), QStringLiteral("new"),
                    QStringLiteral("--type"), QStringLiteral("H"), QStringLiteral("--json") });
        QVERIFY2(filed.code == 0, filed.err.constData());
    }

    // The team decides by the book's rules: only an administrator sets them (the
    // server refuses others, in words, and plain SQL too), every desk reads the
    // same version whatever its own rules file says, and the server records who
    // saved it.
    void theTeamKeepsItsOwnRules()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString file = Test::writtenFile(
            m_home.filePath(QStringLiteral("office.json")), R"({"version": "office-9"})");
        QVERIFY(!file.isEmpty());
        const QStringList set { QStringLiteral("rules"), QStringLiteral("set"), file };
        const QStringList show { QStringLiteral("rules"), QStringLiteral("show") };
        const auto versionShown = [&](const QString& login) {
            return cli(login, show).json().object().value(u"version").toString();
        };
        const QString before = versionShown(adjuster());
        QVERIFY(!before.isEmpty());

        const Run refused = cli(adjuster(), set);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("claimdesk_admin"), refused.err.constData());
        QCOMPARE(versionShown(manager()), before);

        const Run saved = cli(admin(), set);
        QVERIFY2(saved.code == 0, saved.err.constData());
        // a desk book's own rules do not change what the team decides by
        QVERIFY(
            Test::runCli(m_home, { QStringLiteral("rules"), QStringLiteral("reset") }).code == 0);
        QCOMPARE(versionShown(adjuster()), QStringLiteral("office-9"));
        QCOMPARE(versionShown(auditor()), QStringLiteral("office-9"));

        QSqlQuery asAdjuster(plainSql(adjuster()));
        QVERIFY(!asAdjuster.exec(QStringLiteral("INSERT INTO rule_sets (version, rules_json, at)"
                                                " VALUES ('x', '{}', 0)")));
        QCOMPARE(asAdjuster.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QSqlQuery latest(plainSql(auditor()));
        QVERIFY(latest.exec(
            QStringLiteral("SELECT version, actor FROM rule_sets ORDER BY id DESC LIMIT 1")));
        QVERIFY(latest.next());
        QCOMPARE(latest.value(0).toString(), QStringLiteral("office-9"));
        QCOMPARE(latest.value(1).toString(), admin());
    }

    // A login whose server wants a password: refused without one, saying so;
    // `team remember-password` checks a password with the server and keeps only
    // a right one in the keychain, which later runs use; forgotten, it is asked
    // for again. Runs as tst_team_keychain, inside a throwaway keyring.
    void aPasswordComesFromTheKeychain()
    {
        if (!Test::onPostgres() || qEnvironmentVariableIsEmpty("CLAIMDESK_TEST_KEYRING"))
            QSKIP("a team book and a keyring (tst_team_keychain)");
        const QString login = QStringLiteral("pw") + m_suffix;
        const Test::PasswordRequired asked(login);
        if (!asked.ok())
            QSKIP("the server's pg_hba.conf cannot be changed here");
        const QString passwordFile = Test::writtenFile(
            m_home.filePath(QStringLiteral("password")), "right-horse-battery\n");
        QVERIFY(!passwordFile.isEmpty());
        QCOMPARE(
            cli({},
                { QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--role"),
                    QStringLiteral("auditor"), QStringLiteral("--password-file"), passwordFile })
                .code,
            0);
        const QStringList list { QStringLiteral("claims"), QStringLiteral("list"),
            QStringLiteral("--json") };

        const Run refused = cli(login, list);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("remember-password"), refused.err.constData());
        const QStringList remember = Test::bookArguments(as(login))
            + QStringList { QStringLiteral("team"), QStringLiteral("remember-password") };
        const Run none = Test::runCli(m_home, remember, QByteArray(""));
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains("no password"), none.err.constData());
        const Run badPassword = Test::runCli(m_home, remember, "wrong-horse\n");
        QCOMPARE(badPassword.code, 1);
        QVERIFY2(badPassword.err.contains("password"), badPassword.err.constData());
        QCOMPARE(TeamPasswords::read(as(login)).problem, KeychainEntry::Problem::NotFound);

        const Run kept = cli(login,
            { QStringLiteral("team"), QStringLiteral("remember-password"),
                QStringLiteral("--password-file"), passwordFile });
        QVERIFY2(kept.code == 0, kept.err.constData());
        const Run listed = cli(login, list);
        QVERIFY2(listed.code == 0, listed.err.constData());
        QVERIFY(listed.json().isArray());
        QVERIFY(!listed.out.contains("right-horse") && !listed.err.contains("right-horse"));

        QCOMPARE(cli(login,
                     { QStringLiteral("team"), QStringLiteral("remember-password"),
                         QStringLiteral("--forget") })
                     .code,
            0);
        QVERIFY(cli(login, list).err.contains("password"));
    }

    // An upgrade of a team book is its owner's: another login is told so and the
    // book stays as it was.
    void onlyTheOwnerUpgradesTheBook()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        DatabaseLocation older = Test::bookAt(m_home.filePath(QStringLiteral("older.sqlite")));
        Database::Options v15;
        v15.migrateTo = 15;
        {
            auto at15 = Database::open(older, v15);
            QVERIFY(at15.ok());
            QVERIFY(TeamAdministration(*at15).init().ok()); // a team book of schema 15
        }
        const auto refused = Database::open(Test::asLogin(older, adjuster()));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"owner"), qPrintable(refused.error()));
        auto owner = Database::open(older);
        QVERIFY2(owner.ok(), qPrintable(owner.error()));
        QCOMPARE(owner->schemaVersion(), Migrations::latestVersion());
        // what the upgrade added is the team's at once, before any `team init`:
        // every desk reads the rules, an administrator saves them, stamped
        auto as = [&](const QString& login, const QStringList& args) {
            return Test::runCli(m_home, Test::bookArguments(Test::asLogin(older, login)) + args);
        };
        QCOMPARE(as(adjuster(), { QStringLiteral("rules"), QStringLiteral("show") }).code, 0);
        const QString file = Test::writtenFile(
            m_home.filePath(QStringLiteral("upgraded.json")), R"({"version": "after-upgrade-1"})");
        QVERIFY(!file.isEmpty());
        const auto saved = as(admin(), { QStringLiteral("rules"), QStringLiteral("set"), file });
        QVERIFY2(saved.code == 0, saved.err.constData());
        QSqlQuery stamped = owner->query();
        QVERIFY(
            stamped.exec(QStringLiteral("SELECT actor FROM rule_sets ORDER BY id DESC LIMIT 1")));
        QVERIFY(stamped.next());
        QCOMPARE(stamped.value(0).toString(), admin());
    }

    // What one desk changes, the others hear: which claim, and who changed it.
    void anotherDesksChangeIsHeard()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString id = claimHeldBy(manager(), "100.00");
        ClaimChangeFeed feed(as(adjuster()));
        QSignalSpy listening(&feed, &ClaimChangeFeed::listening);
        QVERIFY(listening.wait(10000));
        QSignalSpy changed(&feed, &ClaimChangeFeed::claimsChanged);
        QCOMPARE(cli(manager(),
                     { QStringLiteral("claims"), QStringLiteral("set-status"), id,
                         QStringLiteral("Pending") })
                     .code,
            0);
        const auto heard = [&] {
            for (const QList<QVariant>& signal : std::as_const(changed)) {
                if (signal.at(0).toStringList().contains(id)
                    && signal.at(1).toString() == manager())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(heard(), 10000);
    }

    // A server stopped mid-session is noticed, and found again when it is back
    // (a server of this test's own: the suite's is shared by the other tests).
    void aLostServerIsNoticedAndFoundAgain()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        const QString script
            = QStringLiteral(CLAIMDESK_TEST_DATA "/../postgres/throwaway-server.sh");
        const QString folder
            = QStringLiteral("/tmp/claimdesk-test-lost-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(QProcess::execute(script, { QStringLiteral("start"), folder }), 0);
        const auto stopAtEnd = qScopeGuard([&] {
            QProcess::execute(script, { QStringLiteral("stop"), folder });
        });
        DatabaseLocation book;
        book.postgresUrl = QUrl(QStringLiteral("postgresql://postgres@/postgres"));
        book.postgresUrl.setQuery(QStringLiteral("host=") + folder);
        QVERIFY(Database::open(book).ok());
        {
            ClaimChangeFeed feed(book);
            QSignalSpy listening(&feed, &ClaimChangeFeed::listening);
            QSignalSpy lost(&feed, &ClaimChangeFeed::serverLost);
            QSignalSpy back(&feed, &ClaimChangeFeed::serverBack);
            QVERIFY(listening.wait(10000));
            QCOMPARE(QProcess::execute(script, { QStringLiteral("stop"), folder }), 0);
            QVERIFY(lost.wait(20000));
            QCOMPARE(back.count(), 0);
            QCOMPARE(QProcess::execute(script, { QStringLiteral("start"), folder }), 0);
            QVERIFY(back.wait(40000)); // asked again after 1, 2, 4 ... s
        }
    }

    // Eight desks take claims at once, each on its own connection under its own
    // login: no claim is ever held by two.
    void desksTakingAtOnceNeverShareAClaim()
    {
        if (!Test::onPostgres())
            QSKIP("a team book");
        QStringList desks;
        for (int i = 0; i < 8; ++i) {
            desks << QStringLiteral("desk%1").arg(i) + m_suffix;
            QCOMPARE(cli({},
                         { QStringLiteral("users"), QStringLiteral("add"), desks.last(),
                             QStringLiteral("--role"), QStringLiteral("adjuster") })
                         .code,
                0);
        }
        const Run more = cli(
            {}, { QStringLiteral("init"), QStringLiteral("--claims"), QStringLiteral("800") });
        QVERIFY2(more.code == 0, more.err.constData());
        auto owner = Database::open(m_book);
        QVERIFY(owner.ok());
        QSqlQuery count = owner->query();
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM claims WHERE assignee = '' AND"
                                          " status IN ('Submitted', 'Under Review', 'Pending')")));
        QVERIFY(count.next());
        const int free = count.value(0).toInt();
        QVERIFY2(free > 8, "enough free claims for every desk");
        const QList<DatabaseLocation> logins = [&] {
            QList<DatabaseLocation> l;
            for (const QString& d : desks)
                l << as(d);
            return l;
        }();
        auto take = [](const DatabaseLocation& location) {
            QStringList taken;
            auto db = Database::open(location);
            if (!db)
                return QStringList { QStringLiteral("!") + db.error() };
            ClaimAssignment assignment(*db);
            for (int i = 0; i < 15; ++i) {
                const auto next = assignment.takeNext();
                if (!next)
                    return taken << QStringLiteral("!") + next.error();
                if (!next->has_value())
                    break;
                if ((*next)->assignee != db->login())
                    return taken << QStringLiteral("!held by ") + (*next)->assignee;
                taken << (*next)->id;
            }
            return taken;
        };
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        QList<QFuture<QStringList>> runs;
        for (const DatabaseLocation& l : logins)
            runs << QtConcurrent::run(&pool, take, l);
        QStringList all;
        for (auto& run : runs)
            all << run.result();
        for (const QString& id : all)
            QVERIFY2(!id.startsWith(u'!'), qPrintable(id));
        QCOMPARE(all.size(), std::min(8 * 15, free)); // each free claim taken once at most
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
    }
};

QTEST_MAIN(TestTeam) // a receipt is drawn with fonts
#include "tst_team.moc"
