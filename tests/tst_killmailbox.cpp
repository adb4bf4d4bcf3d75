#include "TestMailbox.h"
#include "TestSupport.h"
#include "storage/IntakeConversationRepository.h"

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

// `claimdesk-cli inbox imap URL --once` killed (SIGKILL) at a random moment, then
// run again to its end, leaves the book and the mailbox as one uninterrupted run
// does: every attachment stored once, on as many claims, read; each message's
// text kept once with its claim; every message marked taken, none left half
// taken. The kills are as many as CLAIMDESK_KILLS says (4 by default;
// tests/kill-inbox.sh --mailbox runs more and prints the figures).
class TestKillMailbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    Test::TestMailbox m_mail;
    int m_run = 0;

    Test::CliRun cli(const QString& db, const QStringList& args)
    {
        return Test::runCli(m_home, QStringList { u"--db"_s, db } + args);
    }
    QByteArray receipt(const QString& name)
    {
        QFile f(QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A fresh book with one claim, and a mail folder of four messages: two with a
    // receipt each, one with two, one naming the claim.
    QString setUp()
    {
        const QString db = m_home.filePath(u"run%1.sqlite"_s.arg(++m_run));
        QString why;
        if (!m_mail.open(u"kill%1x%2"_s.arg(QCoreApplication::applicationPid()).arg(m_run), &why))
            qFatal("%s", qPrintable(why));
        const auto made = cli(db, { u"claims"_s, u"new"_s, u"--type"_s, u"H"_s });
        if (made.code != 0)
            qFatal("claims new failed: %s", made.err.constData());
        const QByteArray claimId = made.out.trimmed();
        const auto part = [&](const char* file, const char* as) {
            return Test::TestMailbox::attachment(
                "Content-Disposition: attachment; filename=" + QByteArray(as), receipt(file),
                "image/jpeg");
        };
        const QList<QByteArray> messages {
            Test::TestMailbox::message("bill a", { part("000.jpg", "a.jpg") }),
            Test::TestMailbox::message("bill b", { part("060.jpg", "b.jpg") }),
            Test::TestMailbox::message(
                "visit", { part("120.jpg", "c.jpg"), part("180.jpg", "d.jpg") }),
            Test::TestMailbox::message("for " + claimId, { part("240.jpg", "e.jpg") }),
        };
        for (const QByteArray& m : messages) {
            if (!m_mail.deliver(m))
                qFatal("cannot deliver a message");
        }
        return db;
    }
    QStringList inboxArgs() const
    {
        return { u"inbox"_s, u"imap"_s, m_mail.account.server, u"--user"_s, m_mail.account.user,
            u"--folder"_s, m_mail.account.folder, u"--ca-file"_s, m_mail.account.caFile,
            u"--password-file"_s, m_mail.passwordFile(), u"--once"_s, u"--json"_s };
    }
    // What must not depend on how the run went: each claim's documents (content,
    // category, whether read) and mail kept, and each message's marks.
    QJsonObject endState(const QString& db)
    {
        auto book = Database::open(DatabaseLocation::sqlite(db));
        if (!book)
            qFatal("%s", qPrintable(book.error()));
        IntakeConversationRepository conversations(*book);
        const QStringList claims = Test::claimDocumentLines(m_home, db, [&](const QString& id) {
            return u"; mail kept %1"_s.arg(conversations.forClaim(id)->size());
        });
        ImapMailbox mailbox(m_mail.account, m_mail.password);
        QStringList marks;
        for (qint64 uid = 1; uid <= 4; ++uid) {
            const auto flags = mailbox.flagsOf(uid);
            marks << (!flags ? flags.error()
                             : u"%1 %2"_s.arg(
                                 flags->contains(ImapMailbox::Taken) ? u"taken"_s : u"waiting"_s,
                                 flags->contains(ImapMailbox::Taking) ? u"half"_s : u"whole"_s));
        }
        return { { u"claims"_s, QJsonArray::fromStringList(claims) },
            { u"messages"_s, QJsonArray::fromStringList(marks) } };
    }

private Q_SLOTS:
    void killedRunsEndAsOneRun()
    {
        const QString referenceDb = setUp();
        QElapsedTimer t;
        t.start();
        const auto whole = cli(referenceDb, inboxArgs());
        const qint64 runMs = t.elapsed();
        QVERIFY2(whole.code == 0, whole.err.constData());
        const QJsonObject reference = endState(referenceDb);
        QCOMPARE(reference.value(u"claims"_s).toArray().size(), 4); // the named one, a, b, visit
        QCOMPARE(reference.value(u"messages"_s).toArray().size(), 4);
        for (const QJsonValue& m : reference.value(u"messages"_s).toArray())
            QCOMPARE(m.toString(), u"taken whole"_s);

        const int kills = Test::killCount(4);
        int killedMidway = 0;
        for (int k = 0; k < kills; ++k) {
            const QString db = setUp();
            int at = 0;
            if (Test::killedAtRandom(
                    m_home, QStringList { u"--db"_s, db } + inboxArgs(), runMs, &at))
                ++killedMidway;
            const auto again = cli(db, inboxArgs());
            QVERIFY2(again.code == 0, again.err.constData());
            const QJsonObject state = endState(db);
            QVERIFY2(state == reference,
                qPrintable(u"kill %1 at %2 ms: %3 (one run: %4)"_s.arg(k).arg(at).arg(
                    QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(reference).toJson(QJsonDocument::Compact)))));
        }
        QVERIFY2(killedMidway > 0, "no kill landed before a run ended");
        qInfo("kill-mailbox: %d kills, %d mid-run; every end state equal to one uninterrupted "
              "run (%lld ms): nothing lost, nothing doubled",
            kills, killedMidway, runMs);
    }
};

QTEST_GUILESS_MAIN(TestKillMailbox)
#include "tst_killmailbox.moc"
