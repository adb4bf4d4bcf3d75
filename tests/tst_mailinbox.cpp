#include "TestMailbox.h"
#include "TestSupport.h"
#include "claims/ClaimBook.h"
#include "inbox/InboxWatch.h"
#include "inbox/MailInbox.h"
#include "intake/DocumentImporter.h"
#include "mail/MailMessage.h"
#include "storage/ClaimRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/IntakeConversationRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimDesk;

// A mailbox on a real Dovecot IMAP server (Test::TestMailbox) taken in through
// the real importer: each test delivers its messages into a folder of its own.
class TestMailInbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::TestMailbox m_mail;
    std::optional<Database> m_db;
    std::optional<ClaimBook> m_book;
    std::optional<DocumentImporter> m_importer;
    int m_n = 0;

    bool deliver(const QByteArray& raw) const { return m_mail.deliver(raw); }
    // A photo of a few dozen kilobytes, different each time (noise does not compress).
    QByteArray photo()
    {
        QImage image(120, 120, QImage::Format_RGB32);
        QRandomGenerator random(quint32(++m_n));
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, random.generate());
        }
        return Test::png(image);
    }
    static QByteArray message(
        const QByteArray& subject, const QList<QByteArray>& parts, bool withMessageId = true)
    {
        return Test::TestMailbox::message(subject, parts, withMessageId);
    }
    static QByteArray attachment(const QByteArray& disposition, const QByteArray& bytes,
        const QByteArray& type = "image/png")
    {
        return Test::TestMailbox::attachment(disposition, bytes, type);
    }
    static QByteArray encodedWord(const QString& text)
    {
        return Test::TestMailbox::encodedWord(text);
    }
    // A picture that no reading makes anything of, different each time.
    QByteArray plainImage()
    {
        QImage image(48, 32, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((++m_n * 37) % 360, 180, 200));
        return Test::png(image);
    }
    MailInbox inbox() const { return MailInbox(m_mail.account, m_mail.password); }
    QList<InboxItem> takeWaiting(MailInbox& inbox)
    {
        QList<InboxItem> items;
        const Status took = inbox.takeWaiting(*m_book, *m_importer, QStringLiteral("inbox"),
            nullptr, [&](const InboxItem& item) { items << item; });
        if (!took)
            qWarning("takeWaiting: %s", qPrintable(took.error()));
        return items;
    }
    // The item of the message whose subject is `subject` (a server numbers the
    // messages delivered together in any order).
    static InboxItem about(const QList<InboxItem>& items, const QString& subject)
    {
        for (const InboxItem& item : items) {
            if (item.item.startsWith(subject + u' '))
                return item;
        }
        return {};
    }
    qint64 claimCount() { return *ClaimRepository(*m_db).countAll(); }
    qsizetype documentsOf(const QString& claimId)
    {
        return DocumentRepository(*m_db).forClaim(claimId)->size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = Test::openTempDatabase(m_dir);
        m_book.emplace(*m_db, DecisionEngine());
        m_importer.emplace(*m_book);
        m_importer->setReading(ReadOptions {});
    }
    void init()
    {
        QString why;
        QVERIFY2(
            m_mail.open(
                QStringLiteral("t%1x%2").arg(QCoreApplication::applicationPid()).arg(++m_n), &why),
            qPrintable(why));
    }

    void aThaiSubjectAndFileNameComeOutRight()
    {
        const QString thaiName = QStringLiteral("ใบเสร็จโรงพยาบาลกรุงเทพ ครั้งที่ 1.png");
        // RFC 2231: the name in UTF-8, percent-encoded, cut in two continuations
        const QByteArray encoded = thaiName.toUtf8().toPercentEncoding();
        const QByteArray disposition = "Content-Disposition: attachment;\r\n filename*0*=UTF-8''"
            + encoded.left(60) + ";\r\n filename*1*=" + encoded.mid(60);
        const QString subject = QStringLiteral("ค่ารักษาพยาบาล เดือนธันวาคม");
        QVERIFY(deliver(message(encodedWord(subject), { attachment(disposition, plainImage()) })));
        const qint64 before = claimCount();
        MailInbox mail = inbox();
        const QList<InboxItem> items = takeWaiting(mail);
        QCOMPARE(items.size(), 1);
        const InboxItem& item = items.first();
        QVERIFY2(item.ok(), qPrintable(item.error));
        QVERIFY(item.newClaim);
        QCOMPARE(claimCount(), before + 1);
        QCOMPARE(item.documents, QStringList { thaiName });
        QVERIFY(item.item.contains(subject));
        QCOMPARE(item.toJson().value(u"source").toString(), m_mail.account.source());
        const auto documents = DocumentRepository(*m_db).forClaim(item.claimId);
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->first().originalName, thaiName);
        // the sender, subject and text kept with the claim, once
        IntakeConversationRepository conversations(*m_db);
        const auto kept = conversations.forClaim(item.claimId);
        QCOMPARE(kept->size(), 1);
        const auto said = conversations.messages(kept->first().id);
        QCOMPARE(said->size(), 1);
        QVERIFY(said->first().body.contains(QStringLiteral("สมชาย ใจดี <somchai@example.com>")));
        QVERIFY(said->first().body.contains(subject));
        QVERIFY(said->first().body.contains(QStringLiteral("ส่งใบเสร็จค่ะ")));
        // marked taken and seen on the server; nothing waits any more
        const auto flags = mail.mailbox().flagsOf(item.uid);
        QVERIFY2(flags, qPrintable(flags.error()));
        QVERIFY(flags->contains(ImapMailbox::Taken) && flags->contains(QStringLiteral("\\Seen")));
        QVERIFY(!flags->contains(ImapMailbox::Taking));
        QVERIFY(takeWaiting(mail).isEmpty());
    }

    void aClaimIdInTheSubjectAttachesToIt()
    {
        NewClaim c;
        c.amount = Money::fromUnits(100);
        const QString id = m_book->file(c, QStringLiteral("t"))->id;
        QVERIFY(deliver(message("Re: claim " + id.toLower().toLatin1() + " more bills",
            { attachment(
                "Content-Disposition: attachment; filename=\"bill.png\"", plainImage()) })));
        const qint64 before = claimCount();
        MailInbox mail = inbox();
        const QList<InboxItem> items = takeWaiting(mail);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().ok(), qPrintable(items.first().error));
        QCOMPARE(items.first().claimId, id);
        QVERIFY(!items.first().newClaim);
        QCOMPARE(claimCount(), before);
        QCOMPARE(documentsOf(id), 1);
    }

    void inlineImagesOfAMultipartMessageAreDocuments()
    {
        // two photos pasted into the text, and a signature's small logo that is nobody's document
        const QByteArray related = "Content-Type: multipart/related; boundary=\"r1\"\r\n\r\n"
                                   "--r1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                                   "<p>See <img src=\"cid:a\"> <img src=\"cid:b\"></p>"
                                   "<img src=\"cid:logo\">\r\n"
                                   "--r1\r\nContent-ID: <a>\r\n"
            + attachment("Content-Disposition: inline", photo()) + "--r1\r\nContent-ID: <b>\r\n"
            + attachment({}, photo()) + "--r1\r\nContent-ID: <logo>\r\n"
            + attachment("Content-Disposition: inline; filename=image001.png", plainImage())
            + "--r1--\r\n";
        QVERIFY(deliver(message("photos", { related })));
        MailInbox mail = inbox();
        const QList<InboxItem> items = takeWaiting(mail);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().ok(), qPrintable(items.first().error));
        QCOMPARE(items.first().documents.size(), 2);
        QVERIFY(!items.first().documents.contains(QStringLiteral("image001.png")));
        QCOMPARE(documentsOf(items.first().claimId), 2);
    }

    void theSameMessageDeliveredTwiceIsADuplicate()
    {
        const QByteArray raw = message("my bill",
            { attachment("Content-Disposition: attachment; filename=\"bill.png\"", plainImage()) });
        QVERIFY(deliver(raw));
        QVERIFY(deliver(raw));
        const qint64 before = claimCount();
        MailInbox mail = inbox();
        const QList<InboxItem> items = takeWaiting(mail);
        QCOMPARE(items.size(), 2);
        QVERIFY(items[0].newClaim && !items[0].duplicate);
        QCOMPARE(items[1].claimId, items[0].claimId);
        QVERIFY(items[1].duplicate);
        QVERIFY(items[1].documents.isEmpty());
        QCOMPARE(claimCount(), before + 1);
        QCOMPARE(documentsOf(items[0].claimId), 1);
        QCOMPARE(IntakeConversationRepository(*m_db).forClaim(items[0].claimId)->size(), 1);
    }

    void theSameBillInTwoMessagesStaysTwoClaims()
    {
        // two senders with the same form (or the same logo) are two customers
        const QByteArray part
            = attachment("Content-Disposition: attachment; filename=\"form.png\"", plainImage());
        QVERIFY(deliver(message("claim form", { part })));
        QVERIFY(deliver(message("my claim form", { part })));
        const qint64 before = claimCount();
        MailInbox mail = inbox();
        const QList<InboxItem> items = takeWaiting(mail);
        QCOMPARE(items.size(), 2);
        QVERIFY(items[0].newClaim && items[1].newClaim);
        QVERIFY(items[0].claimId != items[1].claimId);
        QCOMPARE(claimCount(), before + 2);
    }

    void namesAsMailersWriteThemAndNamesThatAreNotNames()
    {
        const QString thai = QStringLiteral("ใบเสร็จค่ารักษา");
        const QString longThai = QString(QStringLiteral("ใบเสร็จ")).repeated(20) + u".png";
        QVERIFY(deliver(message("names",
            { // Outlook and Gmail: an encoded word inside quotes
                attachment("Content-Disposition: attachment; filename=\""
                        + encodedWord(thai + u".png") + "\"",
                    plainImage()),
                attachment("Content-Disposition: attachment; filename=\"..\"", plainImage()),
                attachment(
                    "Content-Disposition: attachment; filename=\"" + encodedWord(longThai) + "\"",
                    plainImage()) })));
        MailInbox mail = inbox();
        const QList<InboxItem> items = takeWaiting(mail);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().ok(), qPrintable(items.first().error));
        const QStringList names = items.first().documents;
        QCOMPARE(names.size(), 3);
        QCOMPARE(names[0], thai + u".png");
        QCOMPARE(names[1], QStringLiteral("part-2.png"));
        QVERIFY(names[2].endsWith(QStringLiteral(".png")) && names[2].toUtf8().size() <= 150);
    }

    void aMessageThatStopsEveryTakeIsSetAsideAfterThree()
    {
        QVERIFY(deliver(message("poison",
            { attachment("Content-Disposition: attachment; filename=p.png", plainImage()) })));
        MailInbox mail = inbox();
        const auto waiting = mail.mailbox().waiting();
        QCOMPARE(waiting->size(), 1);
        const qint64 uid = waiting->first();
        // two takes began and neither ended (each time the program stopped)
        QVERIFY(mail.mailbox().setFlags(
            uid, { ImapMailbox::Taking, ImapMailbox::SecondTry, QStringLiteral("\\Seen") }));
        const QList<InboxItem> third = takeWaiting(mail); // still taken on the third try
        QCOMPARE(third.size(), 1);
        QVERIFY2(third.first().ok(), qPrintable(third.first().error));
        const auto marks = mail.mailbox().flagsOf(uid);
        QVERIFY(marks->contains(ImapMailbox::Taken) && !marks->contains(ImapMailbox::SecondTry)
            && !marks->contains(ImapMailbox::ThirdTry));
        // as a third take that also stopped part way leaves it
        QVERIFY(mail.mailbox().setFlags(uid,
            { ImapMailbox::Taking, ImapMailbox::SecondTry, ImapMailbox::ThirdTry,
                QStringLiteral("\\Seen") },
            { ImapMailbox::Taken }));
        const QList<InboxItem> items = takeWaiting(mail);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().setAside && items.first().error.contains(QStringLiteral("three")),
            qPrintable(items.first().error));
        const auto flags = mail.mailbox().flagsOf(uid);
        QVERIFY(!flags->contains(QStringLiteral("\\Seen"))); // people see it
        QVERIFY(!flags->contains(ImapMailbox::Taking));
        // Retry: taken again, it finds the claim its third take completed
        QVERIFY(mail.putBack(items.first()));
        const QList<InboxItem> retried = takeWaiting(mail);
        QCOMPARE(retried.size(), 1);
        QVERIFY2(retried.first().ok(), qPrintable(retried.first().error));
        QCOMPARE(retried.first().claimId, third.first().claimId);
        QVERIFY(retried.first().duplicate);
    }

    void badMessagesAreSetAsideAndTheRestGoesOn()
    {
        // nothing to take; not a document; a message of 40 MB; not a mail message; then a good one
        QVERIFY(deliver(message("just text", {})));
        QVERIFY(deliver(message("notes",
            { attachment("Content-Disposition: attachment; filename=notes.docx",
                QByteArray(2000, 'x'), "application/octet-stream") })));
        QByteArray big = message("huge",
            { attachment("Content-Disposition: attachment; "
                         "filename=huge.png",
                QByteArray(30 * 1024 * 1024, '\x7f')) });
        QVERIFY(big.size() > 40'000'000);
        QVERIFY(deliver(big));
        big.clear();
        QVERIFY(deliver(QByteArray(300, '\0')));
        QVERIFY(deliver(message("good",
            { attachment("Content-Disposition: attachment; filename=good.png", plainImage()) })));
        MailInbox mail = inbox();
        const QList<InboxItem> items = takeWaiting(mail);
        QCOMPARE(items.size(), 5);
        const InboxItem text = about(items, QStringLiteral("just text"));
        QVERIFY2(text.error.contains(QStringLiteral("no attachment")) && text.setAside,
            qPrintable(text.error));
        const InboxItem notes = about(items, QStringLiteral("notes"));
        QVERIFY2(notes.error.contains(QStringLiteral("notes.docx")) && notes.setAside,
            qPrintable(notes.error));
        const auto huge = std::find_if(items.cbegin(), items.cend(),
            [](const InboxItem& i) { return i.error.contains(QStringLiteral(" MB")); });
        QVERIFY(huge != items.cend() && huge->setAside);
        const auto garbage = std::find_if(items.cbegin(), items.cend(),
            [](const InboxItem& i) { return i.error.contains(QStringLiteral("not a mail")); });
        QVERIFY(garbage != items.cend() && garbage->setAside);
        const InboxItem good = about(items, QStringLiteral("good"));
        QVERIFY2(good.ok(), qPrintable(good.error));
        QCOMPARE(good.documents, QStringList { QStringLiteral("good.png") });
        for (const InboxItem& item : items)
            QVERIFY(!item.bookTrouble && !item.sourceTrouble);
        QVERIFY(takeWaiting(mail).isEmpty()); // set aside for good
        QVERIFY(!mail.mailbox().flagsOf(text.uid)->contains(QStringLiteral("\\Seen")));

        // Retry: the message waits again, and fails the same way
        QVERIFY(mail.putBack(text));
        const QList<InboxItem> again = takeWaiting(mail);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().uid, text.uid);
        QVERIFY(again.first().setAside);
    }

    void aTakeCutShortIsTakenAgainOnce()
    {
        QVERIFY(deliver(message("cut short",
            { attachment("Content-Disposition: attachment; filename=a.png", plainImage()),
                attachment("Content-Disposition: attachment; filename=b.png", plainImage()) })));
        const qint64 before = claimCount();
        MailInbox mail = inbox();
        const QList<InboxItem> first = takeWaiting(mail);
        QCOMPARE(first.size(), 1);
        QVERIFY(first.first().ok());
        // as a kill after the import committed but before the message was marked
        // leaves it: seen (fetched), marked taking, not taken
        QVERIFY(mail.mailbox().setFlags(
            first.first().uid, { ImapMailbox::Taking }, { ImapMailbox::Taken }));
        const QList<InboxItem> second = takeWaiting(mail);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().claimId, first.first().claimId);
        QVERIFY(second.first().duplicate);
        QCOMPARE(claimCount(), before + 1);
        QCOMPARE(documentsOf(first.first().claimId), 2);
        QCOMPARE(IntakeConversationRepository(*m_db).forClaim(first.first().claimId)->size(), 1);
        QVERIFY(takeWaiting(mail).isEmpty());
    }

    void oneTakerAtATime()
    {
        QVERIFY(deliver(message("first",
            { attachment("Content-Disposition: attachment; filename=1.png", plainImage()) })));
        MailInbox mail = inbox();
        MailInbox other = inbox();
        std::optional<Status> meanwhile;
        const Status took = mail.takeWaiting(
            *m_book, *m_importer, QStringLiteral("inbox"), nullptr, [&](const InboxItem&) {
                meanwhile = other.takeWaiting(*m_book, *m_importer, QStringLiteral("inbox"),
                    nullptr, [](const InboxItem&) {});
            });
        QVERIFY(took);
        QVERIFY(meanwhile.has_value());
        QCOMPARE(meanwhile->errorKind(), ErrorKind::Conflict);
        QVERIFY(other.takeWaiting(*m_book, *m_importer, QStringLiteral("inbox"), nullptr,
            [](const InboxItem&) {})); // free again
    }

    void aFolderOfManyMessagesIsSearchedWhole()
    {
        // more than one search window, and more UIDs than one answer line of
        // libcurl's default buffer holds
        for (int i = 0; i < 25000; ++i)
            QVERIFY(deliver("From: a@example.com\r\nSubject: m\r\n\r\nx\r\n"));
        MailInbox mail = inbox();
        const auto all = mail.mailbox().waiting();
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), 25000);
        QCOMPARE(all->first(), 1);
        QCOMPARE(all->last(), 25000);
        const auto first = mail.mailbox().waiting(3);
        QCOMPARE(*first, (QList<qint64> { 1, 2, 3 }));
    }

    void aMessageWithoutAnIdTakenAgainFindsItsClaim()
    {
        QVERIFY(deliver(message("no id",
            { attachment("Content-Disposition: attachment; filename=n.png", plainImage()) },
            false)));
        const qint64 before = claimCount();
        MailInbox mail = inbox();
        const QList<InboxItem> first = takeWaiting(mail);
        QCOMPARE(first.size(), 1);
        QVERIFY2(first.first().ok(), qPrintable(first.first().error));
        // killed after the import committed, before the message was marked
        QVERIFY(mail.mailbox().setFlags(
            first.first().uid, { ImapMailbox::Taking }, { ImapMailbox::Taken }));
        const QList<InboxItem> again = takeWaiting(mail);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().claimId, first.first().claimId);
        QVERIFY(again.first().duplicate);
        QCOMPARE(claimCount(), before + 1);
        QCOMPARE(IntakeConversationRepository(*m_db).forClaim(first.first().claimId)->size(), 1);
    }

    void aMailboxThatCannotBeUsedSaysWhy()
    {
        MailInbox wrongPassword(m_mail.account, QStringLiteral("not the password"));
        const auto refused = wrongPassword.mailbox().waiting();
        QCOMPARE(refused.errorKind(), ErrorKind::Unauthenticated);
        QVERIFY(!refused.error().contains(QStringLiteral("not the password")));

        ImapAccount nobody = m_mail.account;
        nobody.server = QStringLiteral("imaps://127.0.0.1:1");
        const auto unreachable = MailInbox(nobody, m_mail.password).mailbox().waiting();
        QCOMPARE(unreachable.errorKind(), ErrorKind::Unavailable);
        QVERIFY(unreachable.error().contains(QStringLiteral("127.0.0.1")));

        ImapAccount untrusted = m_mail.account;
        untrusted.caFile.clear(); // the test server's certificate is its own
        QCOMPARE(MailInbox(untrusted, m_mail.password).mailbox().waiting().errorKind(),
            ErrorKind::Unavailable);

        ImapAccount noFolder = m_mail.account;
        noFolder.folder = QStringLiteral("NoSuchFolder");
        QCOMPARE(MailInbox(noFolder, m_mail.password).mailbox().waiting().errorKind(),
            ErrorKind::NotFound);

        ImapAccount plain = m_mail.account;
        plain.server = QStringLiteral("http://127.0.0.1");
        QVERIFY(!plain.problem().isEmpty());
    }

    void theCommandLineTakesTheMailbox()
    {
        QVERIFY(deliver(message(encodedWord(QStringLiteral("บิล")),
            { attachment("Content-Disposition: attachment; filename=cli.png", plainImage()) })));
        QTemporaryDir home;
        const QString book = home.filePath(QStringLiteral("cli.sqlite"));
        const QStringList args { QStringLiteral("--db"), book, QStringLiteral("inbox"),
            QStringLiteral("imap"), m_mail.account.server, QStringLiteral("--user"),
            m_mail.account.user, QStringLiteral("--folder"), m_mail.account.folder,
            QStringLiteral("--ca-file"), m_mail.account.caFile, QStringLiteral("--password-file"),
            m_mail.passwordFile(), QStringLiteral("--once"), QStringLiteral("--json") };
        const Test::CliRun run = Test::runCli(home, args);
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject line = QJsonDocument::fromJson(run.out.trimmed()).object();
        QCOMPARE(line.value(u"source").toString(), m_mail.account.source());
        QVERIFY(line.value(u"new_claim").toBool());
        QCOMPARE(line.value(u"documents").toArray().size(), 1);
        QVERIFY(line.value(u"error").isNull());
        QVERIFY(line.value(u"item").toString().contains(QStringLiteral("บิล")));
        // a second run finds nothing waiting
        const Test::CliRun again = Test::runCli(home, args);
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.trimmed().isEmpty());
    }
    // Without --once it takes what waits, keeps asking, and stops cleanly on SIGTERM.
    void theCommandLineWatchesUntilStopped()
    {
        QVERIFY(deliver(message("watched",
            { attachment("Content-Disposition: attachment; filename=w.png", plainImage()) })));
        QTemporaryDir home;
        QProcess watch;
        watch.setProcessEnvironment(Test::cliEnvironment(home));
        watch.start(QStringLiteral(CLAIMDESK_CLI_PATH),
            { QStringLiteral("--db"), home.filePath(QStringLiteral("w.sqlite")),
                QStringLiteral("inbox"), QStringLiteral("imap"), m_mail.account.server,
                QStringLiteral("--user"), m_mail.account.user, QStringLiteral("--folder"),
                m_mail.account.folder, QStringLiteral("--ca-file"), m_mail.account.caFile,
                QStringLiteral("--password-file"), m_mail.passwordFile() });
        QVERIFY(watch.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains('\n'), 30000);
        const QJsonObject item = QJsonDocument::fromJson(out.trimmed()).object();
        QVERIFY(item.value(u"error").isNull());
        QCOMPARE(item.value(u"documents").toArray().size(), 1);
        watch.terminate();
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
    }

    void aWatchedMailboxWithoutAKeptPasswordSaysSo()
    {
        ImapAccount account = m_mail.account;
        account.user = QStringLiteral("nobody-kept-%1").arg(m_n);
        InboxWatch watch(Test::bookAt(m_dir), DecisionEngine(), QStringLiteral("inbox"));
        QSignalSpy problems(&watch, &InboxWatch::folderProblem);
        // in the log too, naming the mailbox
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(
                QStringLiteral("inbox: imap:nobody-kept.* cannot be used: No password")));
        watch.setMailboxes({ account });
        QVERIFY(problems.wait(20000));
        QCOMPARE(problems.first().at(0).toString(), account.source());
        QVERIFY2(problems.first().at(1).toString().contains(QStringLiteral("No password")),
            qPrintable(problems.first().at(1).toString()));
    }

    // In a keyring of its own (tst_mailinbox_keychain): the password kept by the
    // command line is what the command line and the desktop's watch then use.
    void aWatchedMailboxTakesWithTheKeptPassword()
    {
        if (qEnvironmentVariableIsEmpty("CLAIMDESK_TEST_KEYRING"))
            QSKIP("needs a keyring (tst_mailinbox_keychain)");
        QTemporaryDir home;
        const QStringList mailbox { QStringLiteral("inbox"), QStringLiteral("imap"),
            m_mail.account.server, QStringLiteral("--user"), m_mail.account.user,
            QStringLiteral("--folder"), m_mail.account.folder, QStringLiteral("--ca-file"),
            m_mail.account.caFile };
        const Test::CliRun wrong = Test::runCli(
            home, mailbox + QStringList { QStringLiteral("--remember-password") }, "not it\n");
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains("password"), wrong.err.constData());
        const Test::CliRun kept
            = Test::runCli(home, mailbox + QStringList { QStringLiteral("--remember-password") },
                m_mail.password.toUtf8() + '\n');
        QVERIFY2(kept.code == 0, kept.err.constData());

        QVERIFY(deliver(message("by the command line",
            { attachment("Content-Disposition: attachment; filename=one.png", plainImage()) })));
        const Test::CliRun took = Test::runCli(home,
            QStringList { QStringLiteral("--db"), home.filePath(QStringLiteral("cli.sqlite")) }
                + mailbox + QStringList { QStringLiteral("--once") });
        QVERIFY2(took.code == 0, took.err.constData());
        QVERIFY(took.out.contains("one.png"));

        QVERIFY(deliver(message("by the desktop",
            { attachment("Content-Disposition: attachment; filename=two.png", plainImage()) })));
        QVERIFY(deliver(message("nothing in it", {})));
        InboxWatch watch(Test::bookAt(m_dir), DecisionEngine(), QStringLiteral("inbox"));
        QSignalSpy taken(&watch, &InboxWatch::itemTaken);
        watch.setMailboxes({ m_mail.account });
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 2, 30000);
        QList<InboxItem> items;
        for (const QList<QVariant>& signal : taken)
            items << signal.first().value<InboxItem>();
        const InboxItem good = about(items, QStringLiteral("by the desktop"));
        QVERIFY2(good.ok() && good.documents == QStringList { QStringLiteral("two.png") },
            qPrintable(good.error));
        const InboxItem empty = about(items, QStringLiteral("nothing in it"));
        QVERIFY(empty.setAside);
        // Retry: the message set aside is asked for again at once
        taken.clear();
        QVERIFY(watch.retry(empty));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 1, 30000);
        QCOMPARE(taken.first().first().value<InboxItem>().uid, empty.uid);
    }
};

QTEST_GUILESS_MAIN(TestMailInbox)
#include "tst_mailinbox.moc"
