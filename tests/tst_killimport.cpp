#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimDesk;
using namespace Qt::StringLiterals;

// An import killed (SIGKILL) at a random moment, then run again to its end,
// leaves the claim exactly as one uninterrupted import does: every document
// stored once and read, the claim's details and decision the same. The kills
// are as many as CLAIMDESK_KILLS says (6 by default; tests/kill-import.sh runs
// more and prints the figures).
class TestKillImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QStringList m_files;
    int m_book = 0;

    Test::CliRun cli(const QString& db, const QStringList& args)
    {
        return Test::runCli(m_home, QStringList { u"--db"_s, db } + args);
    }
    // A new book with one empty health claim: its path and the claim's ID.
    std::pair<QString, QString> newClaim()
    {
        const QString db = m_home.filePath(u"book%1.sqlite"_s.arg(++m_book));
        const auto made = cli(db, { u"claims"_s, u"new"_s, u"--type"_s, u"H"_s });
        if (made.code != 0)
            qFatal("claims new failed: %s", made.err.constData());
        return { db, QString::fromUtf8(made.out.trimmed()) };
    }
    QStringList importArgs(const QString& claimId) const
    {
        return QStringList { u"import"_s, u"--claim"_s, claimId, u"--lang"_s, u"eng"_s } + m_files;
    }
    // What an import leaves that must not depend on how it went: each document's
    // content, category and fields, and the claim's details and decision.
    QJsonObject endState(const QString& db, const QString& claimId)
    {
        const auto shown = cli(db, { u"claims"_s, u"show"_s, claimId, u"--json"_s });
        const QJsonObject claim = QJsonDocument::fromJson(shown.out).object();
        QJsonObject documents;
        for (const QJsonValue& v : claim.value(u"documents").toArray()) {
            const QJsonObject d = v.toObject();
            QJsonObject fields;
            const QJsonObject all = d.value(u"fields").toObject();
            for (auto it = all.begin(); it != all.end(); ++it)
                fields.insert(it.key(), it.value().toObject().value(u"value"));
            documents.insert(d.value(u"sha256").toString(),
                QJsonObject { { u"category"_s, d.value(u"category") }, { u"fields"_s, fields } });
        }
        QJsonObject state { { u"documents"_s, documents } };
        for (const char* key : { "amount", "service_date", "provider_name", "final_decision",
                 "risk_score", "reimbursement" })
            state.insert(QLatin1String(key), claim.value(QLatin1String(key)));
        return state;
    }

    // Where `state` differs from `reference`, short enough for a test's message.
    static QString differences(const QJsonObject& state, const QJsonObject& reference)
    {
        auto text = [](const QJsonValue& v) {
            return QString::fromUtf8(
                QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
        };
        QStringList out;
        for (const QString& key : reference.keys()) {
            if (key == u"documents")
                continue;
            if (state.value(key) != reference.value(key))
                out << u"%1 %2 (one import: %3)"_s.arg(
                    key, text(state.value(key)), text(reference.value(key)));
        }
        const QJsonObject got = state.value(u"documents").toObject();
        const QJsonObject want = reference.value(u"documents").toObject();
        for (const QString& sha : want.keys() + got.keys()) {
            if (got.value(sha) != want.value(sha))
                out << u"document %1: %2 (one import: %3)"_s.arg(
                    sha.left(8), text(got.value(sha)), text(want.value(sha)));
        }
        return out.join(u"; ").left(900);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* name : { "000.jpg", "060.jpg", "120.jpg", "180.jpg" })
            m_files << QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/") + QLatin1String(name);
    }

    void killedImportsEndAsOneImport()
    {
        const auto [referenceDb, referenceClaim] = newClaim();
        QElapsedTimer t;
        t.start();
        const auto whole = cli(referenceDb, importArgs(referenceClaim));
        const qint64 importMs = t.elapsed();
        QVERIFY2(whole.code == 0, whole.err.constData());
        const QJsonObject reference = endState(referenceDb, referenceClaim);
        QCOMPARE(reference.value(u"documents").toObject().size(), m_files.size());

        const int kills = qEnvironmentVariableIntValue("CLAIMDESK_KILLS") > 0
            ? qEnvironmentVariableIntValue("CLAIMDESK_KILLS")
            : 6;
        int killedMidway = 0;
        int leftWithoutReading = 0;
        for (int k = 0; k < kills; ++k) {
            const auto [db, claimId] = newClaim();
            QProcess import;
            import.setProcessEnvironment(Test::cliEnvironment(m_home));
            import.start(QStringLiteral(CLAIMDESK_CLI_PATH),
                QStringList { u"--db"_s, db } + importArgs(claimId));
            QVERIFY(import.waitForStarted());
            // the kill's moment: anywhere in an import's usual time
            const int at = int(QRandomGenerator::global()->bounded(importMs + 1));
            if (!import.waitForFinished(at)) {
                import.kill();
                import.waitForFinished();
                ++killedMidway;
                const QJsonObject cut = endState(db, claimId);
                const QJsonObject documents = cut.value(u"documents").toObject();
                for (auto it = documents.begin(); it != documents.end(); ++it)
                    leftWithoutReading
                        += it.value().toObject().value(u"fields").toObject().isEmpty();
            }
            const auto again = cli(db, importArgs(claimId));
            QVERIFY2(again.code == 0, again.err.constData());
            const QJsonObject state = endState(db, claimId);
            QVERIFY2(state == reference,
                qPrintable(
                    u"kill %1 at %2 ms: %3"_s.arg(k).arg(at).arg(differences(state, reference))));
        }
        QVERIFY2(killedMidway > 0, "no kill landed before an import ended");
        qInfo("kill-import: %d kills, %d mid-import, %d stored documents left without "
              "their reading and read by the next import; every end state equal to one "
              "uninterrupted import (%lld ms)",
            kills, killedMidway, leftWithoutReading, importMs);
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
