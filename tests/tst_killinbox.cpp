#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
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

// `claimdesk-cli inbox folder DIR --once` killed (SIGKILL) at a random moment,
// then run again to its end, leaves the book and the folder as one uninterrupted
// run does: every file stored once, on as many claims, read, and moved to
// processed/; nothing lost, nothing doubled. The kills are as many as
// CLAIMDESK_KILLS says (4 by default; tests/kill-inbox.sh runs more and prints
// the figures).
class TestKillInbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    int m_run = 0;

    Test::CliRun cli(const QString& db, const QStringList& args)
    {
        return Test::runCli(m_home, QStringList { u"--db"_s, db } + args);
    }
    static void settle(const QString& path)
    {
        if (!Test::changedAgo(path, 3600))
            qFatal("cannot set the time of %s", qPrintable(path));
    }
    // A fresh book with one claim, and a folder of receipts arrived an hour ago:
    // two loose ones, two in a subfolder, one naming the claim.
    std::pair<QString, QString> setUp()
    {
        const QString root = m_home.filePath(u"run%1"_s.arg(++m_run));
        const QString db = root + u"/book.sqlite"_s;
        const QString inbox = root + u"/inbox"_s;
        QDir().mkpath(inbox + u"/visit"_s);
        const auto made = cli(db, { u"claims"_s, u"new"_s, u"--type"_s, u"H"_s });
        if (made.code != 0)
            qFatal("claims new failed: %s", made.err.constData());
        const QString claimId = QString::fromUtf8(made.out.trimmed());
        const QString img = QStringLiteral(CLAIMDESK_TEST_DATA "/receipts/img/");
        const QList<std::pair<QString, QString>> files = { { u"000.jpg"_s, u"a.jpg"_s },
            { u"060.jpg"_s, u"b.jpg"_s }, { u"120.jpg"_s, u"visit/c.jpg"_s },
            { u"180.jpg"_s, u"visit/d.jpg"_s }, { u"240.jpg"_s, u"for %1.jpg"_s.arg(claimId) } };
        for (const auto& [from, to] : files) {
            QFile::copy(img + from, inbox + u'/' + to);
            settle(inbox + u'/' + to);
        }
        settle(inbox + u"/visit"_s);
        return { db, inbox };
    }
    QStringList inboxArgs(const QString& inbox) const
    {
        return { u"inbox"_s, u"folder"_s, inbox, u"--once"_s, u"--json"_s };
    }
    // What must not depend on how the run went: each claim's documents (content,
    // category, whether read) and the folder's files by where they ended.
    QJsonObject endState(const QString& db, const QString& inbox)
    {
        QStringList files;
        QDirIterator it(inbox, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(inbox).relativeFilePath(it.next());
        files.sort();
        return { { u"claims"_s, QJsonArray::fromStringList(Test::claimDocumentLines(m_home, db)) },
            { u"files"_s, QJsonArray::fromStringList(files) } };
    }

private Q_SLOTS:
    void killedRunsEndAsOneRun()
    {
        const auto [referenceDb, referenceInbox] = setUp();
        QElapsedTimer t;
        t.start();
        const auto whole = cli(referenceDb, inboxArgs(referenceInbox));
        const qint64 runMs = t.elapsed();
        QVERIFY2(whole.code == 0, whole.err.constData());
        const QJsonObject reference = endState(referenceDb, referenceInbox);
        QCOMPARE(reference.value(u"claims"_s).toArray().size(), 4); // the named one, a, b, visit
        QCOMPARE(reference.value(u"files"_s).toArray().size(), 5);

        const int kills = Test::killCount(4);
        int killedMidway = 0;
        for (int k = 0; k < kills; ++k) {
            const auto [db, inbox] = setUp();
            int at = 0;
            if (Test::killedAtRandom(
                    m_home, QStringList { u"--db"_s, db } + inboxArgs(inbox), runMs, &at))
                ++killedMidway;
            const auto again = cli(db, inboxArgs(inbox));
            QVERIFY2(again.code == 0, again.err.constData());
            const QJsonObject state = endState(db, inbox);
            QVERIFY2(state == reference,
                qPrintable(u"kill %1 at %2 ms: %3 (one run: %4)"_s.arg(k).arg(at).arg(
                    QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(reference).toJson(QJsonDocument::Compact)))));
        }
        QVERIFY2(killedMidway > 0, "no kill landed before a run ended");
        qInfo("kill-inbox: %d kills, %d mid-run; every end state equal to one uninterrupted "
              "run (%lld ms): nothing lost, nothing doubled",
            kills, killedMidway, runMs);
    }
};

QTEST_GUILESS_MAIN(TestKillInbox)
#include "tst_killinbox.moc"
