#include "TestSupport.h"
#include "logging/LogEntry.h"
#include "stats/ManagerFigures.h"
#include "storage/AppLogRepository.h"
#include "storage/ClaimRepository.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real claimdesk-cli binary: output keys and exit codes are the contract.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = ClaimDesk::Test::CliRun;

    QTemporaryDir m_home;
    ClaimDesk::DatabaseLocation m_db;

    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        return ClaimDesk::Test::runCli(m_home, args, input);
    }
    Run cliDb(QStringList args, const QByteArray& input = {})
    {
        return cli(ClaimDesk::Test::bookArguments(m_db) + args, input);
    }
    QString firstClaimId()
    {
        return cliDb({ QStringLiteral("claims"), QStringLiteral("list"), QStringLiteral("--json") })
            .json()
            .array()
            .first()
            .toObject()
            .value(u"claim_id")
            .toString();
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_home.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = ClaimDesk::Test::bookAt(m_home.filePath(QStringLiteral("cli.sqlite")));
        const Run init = cliDb({ QStringLiteral("init"), QStringLiteral("--demo"),
            QStringLiteral("--claims"), QStringLiteral("300") });
        QVERIFY2(init.code == 0, init.err.constData());
        QVERIFY(init.out.contains("schema version"));
        QVERIFY(init.out.contains("policy holders"));
        QVERIFY(init.out.contains("Synthetic claims: 300"));
    }

    void versionAndHelp()
    {
        const Run v = cli({ QStringLiteral("--version") });
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith("claimdesk-cli 0."));
        const Run h = cli({ QStringLiteral("--help") });
        QCOMPARE(h.code, 0);
        for (const char* command : { "init", "claims", "import", "decide", "summarize", "rules" })
            QVERIFY2(h.out.contains(command), command);
        QCOMPARE(cli({ QStringLiteral("claims"), QStringLiteral("list"), QStringLiteral("--help") })
                     .code,
            0);
        QCOMPARE(cli({ QStringLiteral("decide"), QStringLiteral("--help") }).code, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << "";
        QTest::newRow("unknown command") << QStringList { "frobnicate" } << "unknown command";
        QTest::newRow("unknown option")
            << QStringList { "claims", "list", "--colour" } << "Unknown option";
        QTest::newRow("bad status filter")
            << QStringList { "claims", "list", "--status", "Lost" } << "unknown status";
        QTest::newRow("bad risk filter")
            << QStringList { "claims", "list", "--risk", "EXTREME" } << "unknown risk";
        QTest::newRow("bad limit")
            << QStringList { "claims", "list", "--limit", "many" } << "--limit";
        QTest::newRow("show without id")
            << QStringList { "claims", "show" } << "exactly one claim ID";
        QTest::newRow("set-status bad status") << QStringList { "claims", "set-status",
            "H-20260101-000001", "Lost" } << "unknown status";
        QTest::newRow("decide without input") << QStringList { "decide" } << "--input";
        QTest::newRow("decide bad date")
            << QStringList { "decide", "--input", "-", "--as-of", "2026-13-01" } << "YYYY-MM-DD";
        QTest::newRow("import without target") << QStringList { "import", "x.png" } << "--claim";
        QTest::newRow("import with both targets")
            << QStringList { "import", "x.png", "--claim", "A", "--new-claim", "H" } << "either";
        QTest::newRow("init bad count") << QStringList { "init", "--claims", "lots" } << "--claims";
        QTest::newRow("unknown provider")
            << QStringList { "--llm-provider", "oracle", "claims", "list" } << "oracle";
        QTest::newRow("db without value") << QStringList { "--db" } << "--db needs a value";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cliDb(args, QByteArray(""));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void claimsListIsInQueueOrder()
    {
        const Run r = cliDb({ QStringLiteral("claims"), QStringLiteral("list"),
            QStringLiteral("--limit"), QStringLiteral("400"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray claims = r.json().array();
        QCOMPARE(claims.size(), 306);
        const QHash<QString, int> rank { { QString(), 0 }, { QStringLiteral("LOW"), 1 },
            { QStringLiteral("MEDIUM"), 2 }, { QStringLiteral("HIGH"), 3 } };
        int previous = 3;
        for (const QJsonValue& v : claims) {
            const QJsonObject o = v.toObject();
            for (const char* key : { "claim_id", "claim_type", "status", "amount", "risk_level",
                     "final_decision", "created_at" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            const int r = rank.value(o.value(u"risk_level").toString());
            QVERIFY(r <= previous);
            previous = r;
        }
        const Run high = cliDb({ QStringLiteral("claims"), QStringLiteral("list"),
            QStringLiteral("--risk"), QStringLiteral("HIGH"), QStringLiteral("--json") });
        QCOMPARE(high.code, 0);
        QVERIFY(!high.json().array().isEmpty());
        for (const QJsonValue& v : high.json().array())
            QCOMPARE(v.toObject().value(u"risk_level").toString(), QStringLiteral("HIGH"));
        const Run text = cliDb({ QStringLiteral("claims"), QStringLiteral("list"),
            QStringLiteral("--limit"), QStringLiteral("3") });
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count('\n'), 4); // header and three claims
    }

    void claimsShowAndSetStatus()
    {
        const QString id = firstClaimId();
        const Run show = cliDb(
            { QStringLiteral("claims"), QStringLiteral("show"), id, QStringLiteral("--json") });
        QCOMPARE(show.code, 0);
        const QJsonObject o = show.json().object();
        QCOMPARE(o.value(u"claim_id").toString(), id);
        QVERIFY(o.value(u"decision").toObject().value(u"rules").toArray().size() > 0);
        QVERIFY(o.contains(u"documents"));
        QVERIFY(o.contains(u"audit"));
        const int version = o.value(u"version").toInt();

        const Run set = cliDb(
            { QStringLiteral("claims"), QStringLiteral("set-status"), id, QStringLiteral("Pending"),
                QStringLiteral("--memo"), QStringLiteral("waiting for the bill"),
                QStringLiteral("--expect-version"), QString::number(version) });
        QVERIFY2(set.code == 0, set.err.constData());
        QVERIFY(set.out.contains("-> Pending"));
        const QJsonObject after
            = cliDb({ QStringLiteral("claims"), QStringLiteral("show"), id }).json().object();
        QCOMPARE(after.value(u"status").toString(), QStringLiteral("Pending"));
        QCOMPARE(after.value(u"memo").toString(), QStringLiteral("waiting for the bill"));
        QCOMPARE(after.value(u"audit").toArray().last().toObject().value(u"action").toString(),
            QStringLiteral("memo"));

        const Run stale = cliDb({ QStringLiteral("claims"), QStringLiteral("set-status"), id,
            QStringLiteral("Paid"), QStringLiteral("--expect-version"), QString::number(version) });
        QCOMPARE(stale.code, 1);
        QVERIFY(stale.err.contains("changed by someone else"));

        const Run missing = cliDb({ QStringLiteral("claims"), QStringLiteral("show"),
            QStringLiteral("H-19990101-000001") });
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("There is no claim"));
    }

    void claimsNewIsDecided()
    {
        const Run r = cliDb({ QStringLiteral("claims"), QStringLiteral("new"),
            QStringLiteral("--type"), QStringLiteral("H"), QStringLiteral("--amount"),
            QStringLiteral("1355"), QStringLiteral("--out-of-network"),
            QStringLiteral("--diagnosis"), QStringLiteral("J10"), QStringLiteral("--service-date"),
            QStringLiteral("2026-01-05"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"reimbursement").toString(), QStringLiteral("707.20"));
        QCOMPARE(cliDb({ QStringLiteral("claims"), QStringLiteral("new"), QStringLiteral("--type"),
                           QStringLiteral("X") })
                     .code,
            2);
        QCOMPARE(
            cliDb({ QStringLiteral("claims"), QStringLiteral("new"), QStringLiteral("--type"),
                      QStringLiteral("H"), QStringLiteral("--amount"), QStringLiteral("lots") })
                .code,
            2);
    }

    void claimsEditDecidesAgain()
    {
        const Run made = cliDb({ QStringLiteral("claims"), QStringLiteral("new"),
            QStringLiteral("--type"), QStringLiteral("CD"), QStringLiteral("--amount"),
            QStringLiteral("450"), QStringLiteral("--diagnosis"), QStringLiteral("glass"),
            QStringLiteral("--service-date"), QStringLiteral("2026-01-05") });
        QCOMPARE(made.code, 0);
        const QString id = QString::fromUtf8(made.out.trimmed());
        const Run edited = cliDb({ QStringLiteral("claims"), QStringLiteral("edit"), id,
            QStringLiteral("--amount"), QStringLiteral("10000"), QStringLiteral("--in-network"),
            QStringLiteral("no"), QStringLiteral("--json") });
        QVERIFY2(edited.code == 0, edited.err.constData());
        QCOMPARE(edited.json().object().value(u"final_decision").toString(),
            QStringLiteral("MANUAL_REVIEW"));
        const QJsonObject shown
            = cliDb({ QStringLiteral("claims"), QStringLiteral("show"), id }).json().object();
        QCOMPARE(shown.value(u"decision_history").toArray().size(), 2);
        QCOMPARE(cliDb({ QStringLiteral("claims"), QStringLiteral("edit"), id }).code, 2);
        QCOMPARE(cliDb({ QStringLiteral("claims"), QStringLiteral("edit"), id,
                           QStringLiteral("--in-network"), QStringLiteral("maybe") })
                     .code,
            2);
        QCOMPARE(cliDb({ QStringLiteral("claims"), QStringLiteral("edit"),
                           QStringLiteral("CD-19990101-000001"), QStringLiteral("--amount"),
                           QStringLiteral("5") })
                     .code,
            1);
        const Run all = cliDb(
            { QStringLiteral("rules"), QStringLiteral("rescore"), QStringLiteral("--all") });
        QVERIFY2(all.code == 0 && all.out.contains("Re-scored all"), all.out.constData());
        QCOMPARE(
            cliDb({ QStringLiteral("rules"), QStringLiteral("rescore"), QStringLiteral("--some") })
                .code,
            2);
    }

    void extractPrintsOneLinePerFileInOrder()
    {
        const QString receipt = QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/000.jpg");
        const QString photo = QStringLiteral(CLAIMDESK_TEST_DATA "/photo_gps.jpg");
        const QString corrupt = QStringLiteral(CLAIMDESK_TEST_DATA "/corrupt.jpg");
        const Run r
            = cli({ QStringLiteral("extract"), receipt, corrupt, photo, QStringLiteral("--jobs"),
                QStringLiteral("2"), QStringLiteral("--lang"), QStringLiteral("eng") });
        QCOMPARE(r.code, 1); // one file failed, the others were read
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(u"file").toString(), receipt);
        QCOMPARE(first.value(u"category").toString(), QStringLiteral("receipt"));
        const QJsonObject total = first.value(u"fields").toObject().value(u"total").toObject();
        QVERIFY(!total.value(u"value").toString().isEmpty());
        QCOMPARE(total.value(u"box").toArray().size(), 4);
        QVERIFY(
            total.contains(u"confidence") && total.contains(u"page") && total.contains(u"text"));
        QVERIFY(first.value(u"ocr_ms").toDouble() > 0);
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second.value(u"file").toString(), corrupt);
        QVERIFY(second.value(u"error").toString().contains(QLatin1String("corrupt.jpg")));
        QVERIFY(QJsonDocument::fromJson(lines[2]).object().value(u"fields").toObject().contains(
            u"gps_latitude"));
        QVERIFY(r.err.contains("1 of 3"));

        QCOMPARE(cli({ QStringLiteral("extract") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("extract"), receipt, QStringLiteral("--jobs"),
                         QStringLiteral("0") })
                     .code,
            2);
        QCOMPARE(cli({ QStringLiteral("extract"), receipt, QStringLiteral("--steps"),
                         QStringLiteral("magic") })
                     .code,
            2);
    }

    void importStoresAndReportsDuplicates()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::green);
        const QString png = m_home.filePath(QStringLiteral("photo.png"));
        QVERIFY(image.save(png));
        const Run first = cliDb(
            { QStringLiteral("import"), png, QStringLiteral("--new-claim"), QStringLiteral("CD") });
        QVERIFY2(first.code == 0, first.err.constData());
        const QJsonObject o = first.json().object();
        const QString claimId = o.value(u"claim_id").toString();
        QVERIFY(claimId.startsWith(u"CD-"));
        QCOMPARE(o.value(u"stored").toInt(), 1);
        // the claim as it stands, with its decision (a plain photo gives it no details)
        QCOMPARE(o.value(u"claim").toObject().value(u"claim_id").toString(), claimId);
        QVERIFY(!o.value(u"decision").toObject().value(u"final_decision").toString().isEmpty());
        QCOMPARE(o.value(u"claim_updated").toBool(), false);

        const QString text = writeFile(QStringLiteral("notes.txt"), "not a document");
        const Run second
            = cliDb({ QStringLiteral("import"), png, text, QStringLiteral("--claim"), claimId });
        QCOMPARE(second.code, 1);
        QCOMPARE(second.json().object().value(u"duplicates").toInt(), 1);
        QCOMPARE(second.json().object().value(u"failed").toInt(), 1);
        QVERIFY(second.err.contains("already on claim"));
        QVERIFY(second.err.contains("not a supported document"));
        const QJsonArray docs = cliDb({ QStringLiteral("claims"), QStringLiteral("show"), claimId })
                                    .json()
                                    .object()
                                    .value(u"documents")
                                    .toArray();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(
            docs.first().toObject().value(u"mime_type").toString(), QStringLiteral("image/png"));
    }

    // What the command line does is in the administrator's log, as the desktop's
    // is; its stderr still carries only the contract's one-line error.
    void theLogHoldsWhatTheCommandLineDid()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::blue);
        const QString png = m_home.filePath(QStringLiteral("logged.png"));
        QVERIFY(image.save(png));
        const Run imported = cliDb(
            { QStringLiteral("import"), png, QStringLiteral("--new-claim"), QStringLiteral("CD") });
        QVERIFY2(imported.code == 0, imported.err.constData());
        const QString claimId = imported.json().object().value(u"claim_id").toString();
        const Run missing = cliDb({ QStringLiteral("claims"), QStringLiteral("show"),
            QStringLiteral("H-19990101-000009") });
        QCOMPARE(missing.code, 1);
        QCOMPARE(missing.err.count('\n'), 1);
        QVERIFY2(!missing.err.contains("claimdesk."), missing.err.constData());

        auto db = ClaimDesk::Database::open(m_db);
        QVERIFY(db.ok());
        auto logged = [&](const QString& text) {
            ClaimDesk::LogSearch search;
            search.text = text;
            const auto lines = ClaimDesk::AppLogRepository(*db).search(search);
            return lines ? *lines : QList<ClaimDesk::LogEntry>();
        };
        QVERIFY(!logged(QStringLiteral("claimdesk-cli import started by ")).isEmpty());
        QVERIFY(!logged(QStringLiteral("claimdesk-cli import ended with exit code 0")).isEmpty());
        // what the services said meanwhile, with the claim it concerns
        const auto stored = logged(QStringLiteral("stored on claim ") + claimId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().claimId, claimId);
        QVERIFY(!logged(
            QStringLiteral("claimdesk-cli claims show: There is no claim H-19990101-000009"))
                     .isEmpty());
        const auto ended
            = logged(QStringLiteral("claimdesk-cli claims show ended with exit code 1"));
        QVERIFY(!ended.isEmpty()); // newest first
        QCOMPARE(ended.first().level, ClaimDesk::LogLevel::Warning);
    }

    void inboxFolderOnceTakesWhatSettled()
    {
        const QString folder = m_home.filePath(QStringLiteral("scans"));
        QVERIFY(QDir().mkpath(folder));
        const QString id = firstClaimId();
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkYellow);
        const QString png = folder + QStringLiteral("/page for %1.png").arg(id);
        QVERIFY(image.save(png));
        const QString text = folder + QStringLiteral("/readme.txt");
        QVERIFY(!ClaimDesk::Test::writtenFile(text, "not a document").isEmpty());
        const QString fresh = folder + QStringLiteral("/still-copying.png");
        QVERIFY(image.save(fresh));
        for (const QString& path : { png, text })
            QVERIFY(ClaimDesk::Test::changedAgo(path, 600));
        const Run run = cliDb({ QStringLiteral("inbox"), QStringLiteral("folder"), folder,
            QStringLiteral("--once"), QStringLiteral("--json") });
        QCOMPARE(run.code, 1); // the text file failed
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QJsonObject taken;
        QJsonObject refused;
        for (const QByteArray& line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            for (const char* key :
                { "source", "item", "claim_id", "new_claim", "documents", "duplicate", "error" })
                QVERIFY2(o.contains(QLatin1String(key)), line.constData());
            (o.value(u"error").isNull() ? taken : refused) = o;
        }
        QCOMPARE(taken.value(u"claim_id").toString(), id);
        QCOMPARE(taken.value(u"documents").toArray().size(), 1);
        QCOMPARE(refused.value(u"item").toString(), QStringLiteral("readme.txt"));
        QVERIFY(QFile::exists(folder + QStringLiteral("/processed/page for %1.png").arg(id)));
        QVERIFY(QFile::exists(folder + QStringLiteral("/failed/readme.txt.why.txt")));
        QVERIFY(QFile::exists(fresh)); // not settled: left for the next look
    }

    // Without --once it keeps watching, takes in what arrives, and stops cleanly
    // on SIGTERM.
    void inboxFolderWatchesUntilStopped()
    {
        const QString folder = m_home.filePath(QStringLiteral("watched"));
        QVERIFY(QDir().mkpath(folder));
        QProcess watch;
        watch.setProcessEnvironment(ClaimDesk::Test::cliEnvironment(m_home));
        watch.start(QStringLiteral(CLAIMDESK_CLI_PATH),
            ClaimDesk::Test::bookArguments(m_db)
                + QStringList { QStringLiteral("inbox"), QStringLiteral("folder"), folder });
        QVERIFY(watch.waitForStarted());
        const QString id = firstClaimId();
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(folder + QStringLiteral("/arrived %1.png").arg(id)));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains('\n'), 30000);
        const QJsonObject item = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(item.value(u"claim_id").toString(), id);
        QVERIFY(item.value(u"error").isNull());
        watch.terminate();
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
    }

    void decideFromFileAndStdin()
    {
        const QByteArray lines
            = R"({"claim_id":"C-1","claim_type":"H","claim_amount":450,"service_date":"2026-01-05","diagnosis_code":"Z00"}
{"claim_id":"C-2","claim_type":"H","claim_amount":10000,"service_date":"2026-01-05","diagnosis_code":"S52","in_network":false}
)";
        const QString file = writeFile(QStringLiteral("claims.jsonl"), lines);
        const Run fromFile = cli({ QStringLiteral("decide"), QStringLiteral("--input"), file,
            QStringLiteral("--as-of"), QStringLiteral("2026-02-01") });
        QCOMPARE(fromFile.code, 0);
        const QList<QByteArray> out = fromFile.out.trimmed().split('\n');
        QCOMPARE(out.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(out[0]).object().value(u"final_decision").toString(),
            QStringLiteral("AUTO_APPROVE"));
        QCOMPARE(QJsonDocument::fromJson(out[1]).object().value(u"final_decision").toString(),
            QStringLiteral("MANUAL_REVIEW"));

        const Run fromStdin
            = cli({ QStringLiteral("decide"), QStringLiteral("--input"), QStringLiteral("-") },
                lines + "oops\n");
        QCOMPARE(fromStdin.code, 1);
        const QList<QByteArray> out2 = fromStdin.out.trimmed().split('\n');
        QCOMPARE(out2.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(out2[2]).object().value(u"line").toInt(), 3);

        QCOMPARE(cli({ QStringLiteral("decide"), QStringLiteral("--input"),
                         m_home.filePath(QStringLiteral("nope.jsonl")) })
                     .code,
            1);
        const QString badRules = writeFile(
            QStringLiteral("bad-rules.json"), R"({"risk": {"emergency_points": "five"}})");
        const Run withBadRules = cli({ QStringLiteral("decide"), QStringLiteral("--input"), file,
            QStringLiteral("--rules"), badRules });
        QCOMPARE(withBadRules.code, 1);
        QVERIFY(withBadRules.err.contains("risk.emergency_points"));
        const QString goodRules = writeFile(QStringLiteral("rules.json"),
            R"({"version": "cheap", "coverage": {"deductible": "0"}})");
        const Run withRules = cli({ QStringLiteral("decide"), QStringLiteral("--input"), file,
            QStringLiteral("--rules"), goodRules });
        QCOMPARE(withRules.code, 0);
        QCOMPARE(QJsonDocument::fromJson(withRules.out.split('\n')[0])
                     .object()
                     .value(u"reimbursement")
                     .toString(),
            QStringLiteral("360.00"));
    }

    void summarize()
    {
        const QString id = firstClaimId();
        const Run r = cliDb({ QStringLiteral("summarize"), id, QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(u"source").toString(), QStringLiteral("fallback"));
        QVERIFY(o.value(u"summary").toString().contains(id));
        QCOMPARE(o.value(u"tokens_in").toInt(), 0);
        QCOMPARE(
            cliDb({ QStringLiteral("summarize"), QStringLiteral("CD-19990101-000001") }).code, 1);
    }

    void rulesSetRescoresAndBadFilesAreRefused()
    {
        const QString bad = writeFile(QStringLiteral("broken.json"),
            R"({"version": "x", "levels": {"high_at_least": "fifty"}, "extra": 1})");
        const Run check = cli({ QStringLiteral("rules"), QStringLiteral("check"), bad });
        QCOMPARE(check.code, 1);
        QVERIFY(check.err.contains("levels.high_at_least"));
        QVERIFY(check.err.contains("extra: unknown section"));
        const Run set = cliDb({ QStringLiteral("rules"), QStringLiteral("set"), bad });
        QCOMPARE(set.code, 1);
        QVERIFY(
            cliDb({ QStringLiteral("rules"), QStringLiteral("show") }).out.contains("\"spec-1\""));

        const QString good = writeFile(QStringLiteral("office.json"), R"({"version": "office-7"})");
        const Run applied = cliDb({ QStringLiteral("rules"), QStringLiteral("set"), good });
        QVERIFY2(applied.code == 0, applied.err.constData());
        QVERIFY(applied.out.contains("Re-scored"));
        // the rules belong to the book they were set on; another book keeps the defaults
        QVERIFY(
            cliDb({ QStringLiteral("rules"), QStringLiteral("show") }).out.contains("office-7"));
        const Run other
            = cli({ QStringLiteral("--db"), m_home.filePath(QStringLiteral("other.sqlite")),
                QStringLiteral("rules"), QStringLiteral("show") });
        QVERIFY2(other.code == 0, other.err.constData());
        QVERIFY2(other.out.contains("\"spec-1\""), other.out.constData());
        const QJsonObject shown
            = cliDb({ QStringLiteral("claims"), QStringLiteral("show"), firstClaimId() })
                  .json()
                  .object();
        QCOMPARE(shown.value(u"decision").toObject().value(u"ruleset_version").toString(),
            QStringLiteral("office-7"));
        QCOMPARE(cliDb({ QStringLiteral("rules"), QStringLiteral("reset") }).code, 0);
    }

    void policyVerifyAndCheck()
    {
        const Run v = cliDb({ QStringLiteral("policy"), QStringLiteral("verify"),
            QStringLiteral("3100-7014-4381-6"), QStringLiteral("--type"), QStringLiteral("H"),
            QStringLiteral("--as-of"), QStringLiteral("2026-06-01"), QStringLiteral("--json") });
        QVERIFY2(v.code == 0, v.err.constData());
        QJsonObject o = v.json().object();
        QCOMPARE(o.value(u"found").toBool(), true);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("active"));
        QCOMPARE(o.value(u"policy").toObject().value(u"plan").toString(),
            QStringLiteral("Gold Health Plus"));
        const Run expired = cliDb({ QStringLiteral("policy"), QStringLiteral("verify"),
            QStringLiteral("5555666677778"), QStringLiteral("--type"), QStringLiteral("CD"),
            QStringLiteral("--as-of"), QStringLiteral("2026-06-01") });
        QCOMPARE(expired.json().object().value(u"status").toString(), QStringLiteral("expired"));
        QVERIFY(!expired.json().object().value(u"warnings").toArray().isEmpty());
        const Run unknown = cliDb({ QStringLiteral("policy"), QStringLiteral("verify"),
            QStringLiteral("1234567890121"), QStringLiteral("--type"), QStringLiteral("H") });
        QCOMPARE(unknown.code, 0);
        QCOMPARE(unknown.json().object().value(u"found").toBool(), false);
        QCOMPARE(cliDb({ QStringLiteral("policy"), QStringLiteral("verify"), QStringLiteral("12ab"),
                           QStringLiteral("--type"), QStringLiteral("H") })
                     .code,
            1);
        QCOMPARE(cliDb({ QStringLiteral("policy"), QStringLiteral("verify"),
                           QStringLiteral("3100701443816") })
                     .code,
            2);

        const Run c = cliDb({ QStringLiteral("policy"), QStringLiteral("check"),
            QStringLiteral("--item"), QStringLiteral("Panadoll 500mg"), QStringLiteral("--field"),
            QStringLiteral("pharmacy"), QStringLiteral("--diagnosis"), QStringLiteral("fever"),
            QStringLiteral("--json") });
        QVERIFY2(c.code == 0, c.err.constData());
        o = c.json().object();
        QCOMPARE(o.value(u"decision").toString(), QStringLiteral("Excluded"));
        QVERIFY(o.value(u"clause").toString().contains(u"Panadol"));
        QVERIFY(o.value(u"clause_id").toString().startsWith(u"formulary-v"));
        QVERIFY(o.value(u"score").toDouble() > 0);
        QCOMPARE(
            o.value(u"alternatives").toArray().first().toString(), QStringLiteral("Adol 500 mg"));
        QCOMPARE(cliDb({ QStringLiteral("policy"), QStringLiteral("check") }).code, 2);
        QCOMPARE(
            cliDb({ QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("--item"),
                      QStringLiteral("x"), QStringLiteral("--field"), QStringLiteral("dental") })
                .code,
            2);

        const QString text
            = writeFile(QStringLiteral("rider.txt"), "Rider\n- Dental cleaning is not covered.\n");
        const Run imported = cliDb({ QStringLiteral("policy"), QStringLiteral("import"), text,
            QStringLiteral("--name"), QStringLiteral("rider") });
        QVERIFY2(imported.code == 0 && imported.out.contains("rider version 1: 1 clauses"),
            imported.out.constData());
        const Run dental = cliDb({ QStringLiteral("policy"), QStringLiteral("check"),
            QStringLiteral("--item"), QStringLiteral("dental cleaning") });
        QCOMPARE(dental.json().object().value(u"decision").toString(), QStringLiteral("Excluded"));
        QCOMPARE(
            dental.json().object().value(u"clause_id").toString(), QStringLiteral("rider-v1-1"));
        const QString empty = writeFile(QStringLiteral("empty.txt"), "");
        const Run bad = cliDb({ QStringLiteral("policy"), QStringLiteral("import"), empty });
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("empty"));
    }

    void policyCheckOfAClaimIsRecorded()
    {
        const Run found = cliDb({ QStringLiteral("claims"), QStringLiteral("list"),
            QStringLiteral("--search"), QStringLiteral("Somying"), QStringLiteral("--json") });
        QString id;
        for (const QJsonValue& v : found.json().array()) {
            if (v.toObject().value(u"amount").toString() == u"1355.00")
                id = v.toObject().value(u"claim_id").toString();
        }
        QVERIFY(!id.isEmpty());
        const Run checked = cliDb(
            { QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("--claim"), id });
        QVERIFY2(checked.code == 0, checked.err.constData());
        const QJsonObject o = checked.json().object();
        QCOMPARE(o.value(u"checks").toArray().size(), 3); // consultation, Panadol, Procid 40 mg
        QCOMPARE(o.value(u"approval_probability").toInt(), 60);
        QCOMPARE(o.value(u"verification").toObject().value(u"status").toString(),
            QStringLiteral("active"));
        const QJsonArray recorded = cliDb({ QStringLiteral("claims"), QStringLiteral("show"), id })
                                        .json()
                                        .object()
                                        .value(u"policy_checks")
                                        .toArray();
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(
            recorded.at(1).toObject().value(u"decision").toString(), QStringLiteral("Excluded"));
        QVERIFY(recorded.at(1)
                    .toObject()
                    .value(u"policy_version")
                    .toString()
                    .startsWith(u"formulary-v"));
        QCOMPARE(cliDb({ QStringLiteral("policy"), QStringLiteral("check"),
                           QStringLiteral("--claim"), QStringLiteral("H-19990101-000001") })
                     .code,
            1);
    }

    // stats prints exactly what the manager area computes for the same range.
    void statsMatchTheCoreFigures()
    {
        const Run r = cliDb({ QStringLiteral("stats"), QStringLiteral("--from"),
            QStringLiteral("2020-01-01"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonObject json = r.json().object();
        for (const char* key : { "total_claims", "daily", "paid_total_H", "paid_total_CD",
                 "accuracy_rate", "avg_response_ms", "auto_approval_rate", "backlog" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        auto db = ClaimDesk::Database::open(m_db);
        QVERIFY(db.ok());
        ClaimDesk::FigureFilter filter
            = ClaimDesk::FigureFilter::lastDays(1, QDateTime::currentDateTime());
        filter.from = QDate(2020, 1, 1);
        const auto figures = ClaimDesk::ManagerFigures::compute(*db, filter);
        QVERIFY(figures.ok());
        QCOMPARE(json, figures->toJson());
        QCOMPARE(
            json.value(u"total_claims").toInteger(), *ClaimDesk::ClaimRepository(*db).countAll());

        const Run health
            = cliDb({ QStringLiteral("stats"), QStringLiteral("--type"), QStringLiteral("H"),
                QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--json") });
        QCOMPARE(health.code, 0);
        QVERIFY(health.json().object().value(u"total_claims").toInteger()
            < json.value(u"total_claims").toInteger());
        QCOMPARE(health.json().object().value(u"paid_total_CD").toString(), QStringLiteral("0.00"));
        const Run text = cliDb({ QStringLiteral("stats") });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("Open backlog"));
    }

    void statsAndExportRefuseBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad date") << QStringList { "stats", "--from", "yesterday" };
        QTest::newRow("backwards")
            << QStringList { "stats", "--from", "2026-02-01", "--to", "2026-01-01" };
        QTest::newRow("bad type") << QStringList { "stats", "--type", "X" };
        QTest::newRow("no csv") << QStringList { "export" };
        QTest::newRow("bad format") << QStringList { "export", "csv", "--format", "xlsx" };
        QTest::newRow("bad status") << QStringList { "export", "csv", "--status", "Lost" };
    }
    void statsAndExportRefuseBadOptions()
    {
        QFETCH(QStringList, args);
        const Run r = cliDb(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
    }

    void exportCsvToFileAndStdout()
    {
        const QString path = m_home.filePath(QStringLiteral("claims.csv"));
        const Run r = cliDb({ QStringLiteral("export"), QStringLiteral("csv"),
            QStringLiteral("--format"), QStringLiteral("sheets"), QStringLiteral("--out"), path });
        QCOMPARE(r.code, 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto records = ClaimDesk::Text::parseCsv(QString::fromUtf8(f.readAll()));
        QVERIFY(records.ok());
        auto db = ClaimDesk::Database::open(m_db);
        QVERIFY(db.ok());
        QCOMPARE(records->size(), *ClaimDesk::ClaimRepository(*db).countAll() + 1); // and a header
        QCOMPARE(records->first().fields.first(), QStringLiteral("claim_id"));
        const Run summary
            = cliDb({ QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--format"),
                QStringLiteral("summary"), QStringLiteral("--type"), QStringLiteral("CD") });
        QCOMPARE(summary.code, 0);
        const auto rows = ClaimDesk::Text::parseCsv(QString::fromUtf8(summary.out));
        QVERIFY(rows.ok());
        QVERIFY(rows->size() > 1);
        for (qsizetype i = 1; i < rows->size(); ++i)
            QCOMPARE(rows->at(i).fields.first(), QStringLiteral("CD"));
    }

    void dossierAsHtml()
    {
        const QString id = firstClaimId();
        const Run r = cliDb({ QStringLiteral("claims"), QStringLiteral("dossier"), id });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(r.out.contains(id.toUtf8()));
        const QString path = m_home.filePath(QStringLiteral("dossier.html"));
        QCOMPARE(cliDb({ QStringLiteral("claims"), QStringLiteral("dossier"), id,
                           QStringLiteral("--out"), path })
                     .code,
            0);
        QVERIFY(QFile::exists(path));
        const Run missing = cliDb({ QStringLiteral("claims"), QStringLiteral("dossier"),
            QStringLiteral("H-20990101-000009") });
        QCOMPARE(missing.code, 1);
        QCOMPARE(missing.err.count('\n'), 1);
    }

    void chatScriptRunsTheIntake()
    {
        // the demo database holds the demo policy holders (init --demo in initTestCase)
        const QByteArray script = "{\"say\": \"my car was hit\"}\n"
                                  "{\"id_number\": \"3-1007-01443-81-6\"}\n"
                                  "this is not json\n"
                                  "{\"owner\": \"customer\"}\n"
                                  "{\"submit\": true}\n"
                                  "{\"say\": \"cancel\"}\n";
        const Run r = cliDb({ QStringLiteral("chat"), QStringLiteral("--script"),
                                QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--as-of"), QStringLiteral("2026-06-15") },
            script);
        QCOMPARE(r.code, 1); // one line was not JSON; the others ran
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        const QJsonObject opened = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(opened.value(u"claim_type").toString(), QStringLiteral("CD"));
        QVERIFY(opened.value(u"claim_id").toString().startsWith(QLatin1String("CD-20260615-")));
        QCOMPARE(opened.value(u"required_documents").toArray().size(), 4);
        QCOMPARE(opened.value(u"missing_documents").toArray().size(), 4);
        QCOMPARE(opened.value(u"is_complete").toBool(), false);
        QVERIFY(opened.value(u"reply").toString().contains(opened.value(u"claim_id").toString()));
        QCOMPARE(
            QJsonDocument::fromJson(lines[1]).object().value(u"policy_verified").toBool(), true);
        QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value(u"line").toInt(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines[3]).object().value(u"error").toString(),
            QStringLiteral("no_licence_waiting"));
        const QJsonObject submit = QJsonDocument::fromJson(lines[4]).object();
        QCOMPARE(submit.value(u"error").toString(), QStringLiteral("incomplete"));
        QCOMPARE(submit.value(u"submitted").toBool(), false);
        const QJsonObject cancelled = QJsonDocument::fromJson(lines[5]).object();
        QVERIFY(cancelled.value(u"claim_id").isNull());
        QCOMPARE(cancelled.value(u"quick_replies").toArray().size(), 2);

        // usage errors
        QCOMPARE(cliDb({ QStringLiteral("chat") }).code, 2);
        QCOMPARE(cliDb({ QStringLiteral("chat"), QStringLiteral("--script"), QStringLiteral("-"),
                           QStringLiteral("--lang"), QStringLiteral("fr") },
                     QByteArray())
                     .code,
            2);
        const Run missing = cliDb({ QStringLiteral("chat"), QStringLiteral("--script"),
            m_home.filePath(QStringLiteral("nope.jsonl")) });
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("nope.jsonl"));
    }

    void badDatabaseIsReportedAndUntouched()
    {
        const QByteArray junk = QByteArray("definitely not sqlite").repeated(100);
        const QString path = writeFile(QStringLiteral("junk.sqlite"), junk);
        const Run r = cli(
            { QStringLiteral("--db"), path, QStringLiteral("claims"), QStringLiteral("list") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("damaged") && r.err.count('\n') == 1, r.err.constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
