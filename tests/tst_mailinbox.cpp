#include "TestSupport.h"
#include "claims/ClaimBook.h"
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
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <sys/stat.h>
#include <unistd.h>

using namespace ClaimDesk;

// A mailbox on a real Dovecot IMAP server (tests/imap/throwaway-dovecot.sh, which
// ctest starts; CLAIMDESK_TEST_IMAP names its folder) taken in through the real
// importer: each message is delivered into a Maildir folder of the test's own.
class TestMailInbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_server; // the throwaway server's folder
    std::optional<Database> m_db;
    std::optional<ClaimBook> m_book;
    std::optional<DocumentImporter> m_importer;
    ImapAccount m_account;
    QString m_password;
    int m_n = 0;

    QString maildir() const
    {
        return m_server + QStringLiteral("/mail/adjuster/Maildir/.") + m_account.folder;
    }
    // Delivers `raw` as a mail server would: written in tmp/, then moved to new/,
    // owned by the server's mail user.
    bool deliver(const QByteArray& raw)
    {
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString tmp = maildir() + QStringLiteral("/tmp/") + name;
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly) || f.write(raw) != raw.size())
            return false;
        f.close();
        struct stat owner
        {
        };
        if (::stat(QFile::encodeName(maildir()).constData(), &owner) != 0
            || ::chown(QFile::encodeName(tmp).constData(), owner.st_uid, owner.st_gid) != 0)
            return false;
        return QFile::rename(tmp, maildir() + QStringLiteral("/new/") + name);
    }
    // A picture that no reading makes anything of, different each time.
    QByteArray plainImage()
    {
        QImage image(48, 32, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((++m_n * 37) % 360, 180, 200));
        return Test::png(image);
    }
    static QByteArray base64Lines(const QByteArray& bytes)
    {
        const QByteArray all = bytes.toBase64();
        QByteArray out;
        for (qsizetype i = 0; i < all.size(); i += 76)
            out += all.mid(i, 76) + "\r\n";
        return out;
    }
    // A message with a text part and `parts` (already MIME parts, each ending in
    // CRLF), the subject as it goes on the wire.
    static QByteArray message(
        const QByteArray& subject, const QList<QByteArray>& parts, const QByteArray& messageId = {})
    {
        QByteArray m = "From: =?UTF-8?B?" + QStringLiteral("สมชาย ใจดี").toUtf8().toBase64()
            + "?= <somchai@example.com>\r\n"
              "To: claims@example.com\r\n"
              "Subject: "
            + subject
            + "\r\n"
              "Message-ID: <"
            + (messageId.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                                   : messageId)
            + "@example.com>\r\n"
              "Date: Thu, 03 Dec 2026 10:00:00 +0700\r\n"
              "MIME-Version: 1.0\r\n"
              "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
              "--b1\r\n"
              "Content-Type: text/plain; charset=UTF-8\r\n"
              "Content-Transfer-Encoding: 8bit\r\n\r\n"
            + QStringLiteral("ส่งใบเสร็จค่ะ\r\n").toUtf8();
        for (const QByteArray& part : parts)
            m += "--b1\r\n" + part;
        return m + "--b1--\r\n";
    }
    static QByteArray attachment(const QByteArray& disposition, const QByteArray& bytes,
        const QByteArray& type = "image/png")
    {
        return "Content-Type: " + type + "\r\nContent-Transfer-Encoding: base64\r\n" + disposition
            + "\r\n\r\n" + base64Lines(bytes);
    }
    static QByteArray encodedWord(const QString& text)
    {
        return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
    }
    MailInbox inbox() const { return MailInbox(m_account, m_password); }
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
        m_server = qEnvironmentVariable("CLAIMDESK_TEST_IMAP");
        QVERIFY2(!m_server.isEmpty() && QFileInfo::exists(m_server + QStringLiteral("/port")),
            "CLAIMDESK_TEST_IMAP must name a running tests/imap/throwaway-dovecot.sh server");
        QFile port(m_server + QStringLiteral("/port"));
        QFile password(m_server + QStringLiteral("/password"));
        QVERIFY(port.open(QIODevice::ReadOnly) && password.open(QIODevice::ReadOnly));
        m_account.server
            = QStringLiteral("imaps://127.0.0.1:") + QString::fromLatin1(port.readAll().trimmed());
        m_account.user = QStringLiteral("adjuster");
        m_account.caFile = m_server + QStringLiteral("/cert.pem");
        m_password = QString::fromLatin1(password.readAll().trimmed());
        m_db = Test::openTempDatabase(m_dir);
        m_book.emplace(*m_db, DecisionEngine());
        m_importer.emplace(*m_book);
        m_importer->setReading(ReadOptions {});
    }
    void init()
    {
        // a Maildir++ folder of this test's own (Dovecot finds it when selected)
        m_account.folder
            = QStringLiteral("t%1x%2").arg(QCoreApplication::applicationPid()).arg(++m_n);
        for (const char* sub : { "cur", "new", "tmp" })
            QVERIFY(QDir().mkpath(maildir() + u'/' + QLatin1String(sub)));
        struct stat owner
        {
        };
        QVERIFY(
            ::stat(
                QFile::encodeName(m_server + QStringLiteral("/mail/adjuster/Maildir")).constData(),
                &owner)
            == 0);
        const QStringList paths { maildir(), maildir() + QStringLiteral("/cur"),
            maildir() + QStringLiteral("/new"), maildir() + QStringLiteral("/tmp") };
        for (const QString& path : paths)
            QVERIFY(::chown(QFile::encodeName(path).constData(), owner.st_uid, owner.st_gid) == 0);
    }

    void aThaiSubjectAndFileNameComeOutRight()
    {
        const QString thaiName = QStringLiteral("ใบเสร็จโรงพยาบาลกรุงเทพ ครั้งที่ 1.png");
        // RFC 2231: the name in UTF-8, percent-encoded, cut in two continuations
        const QByteArray encoded = thaiName.toUtf8().toPercentEncoding();
        const QByteArray disposition = "Content-Disposition: attachment;\r\n filename*0*=UTF-8''"
            + encoded.left(60) + ";\r\n filename*1*=" + encoded.mid(60);
        const QString subject = QStringLiteral("ค่ารักษาพยาบาล เดือนธันวาคม");
        QVERIFY(deliver(
            message(encodedWord(subject), { attachment(disposition, plainImage()) }, "thai-1")));
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
        QCOMPARE(item.toJson().value(u"source").toString(), m_account.source());
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
        const QByteArray related = "Content-Type: multipart/related; boundary=\"r1\"\r\n\r\n"
                                   "--r1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                                   "<p>See <img src=\"cid:a\"> and <img src=\"cid:b\"></p>\r\n"
                                   "--r1\r\nContent-ID: <a>\r\n"
            + attachment("Content-Disposition: inline", plainImage())
            + "--r1\r\nContent-ID: <b>\r\n" + attachment({}, plainImage()) + "--r1--\r\n";
        QVERIFY(deliver(message("photos", { related })));
        MailInbox mail = inbox();
        const QList<InboxItem> items = takeWaiting(mail);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().ok(), qPrintable(items.first().error));
        QCOMPARE(items.first().documents.size(), 2);
        QCOMPARE(documentsOf(items.first().claimId), 2);
    }

    void theSameBillSentTwiceIsADuplicate()
    {
        const QByteArray bill = plainImage();
        const QByteArray part
            = attachment("Content-Disposition: attachment; filename=\"bill.png\"", bill);
        QVERIFY(deliver(message("my bill", { part })));
        QVERIFY(deliver(message("my bill again", { part })));
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

    void aMailboxThatCannotBeUsedSaysWhy()
    {
        MailInbox wrongPassword(m_account, QStringLiteral("not the password"));
        const auto refused = wrongPassword.mailbox().waiting();
        QCOMPARE(refused.errorKind(), ErrorKind::Unauthenticated);
        QVERIFY(!refused.error().contains(QStringLiteral("not the password")));

        ImapAccount nobody = m_account;
        nobody.server = QStringLiteral("imaps://127.0.0.1:1");
        const auto unreachable = MailInbox(nobody, m_password).mailbox().waiting();
        QCOMPARE(unreachable.errorKind(), ErrorKind::Unavailable);
        QVERIFY(unreachable.error().contains(QStringLiteral("127.0.0.1")));

        ImapAccount untrusted = m_account;
        untrusted.caFile.clear(); // the test server's certificate is its own
        QCOMPARE(MailInbox(untrusted, m_password).mailbox().waiting().errorKind(),
            ErrorKind::Unavailable);

        ImapAccount noFolder = m_account;
        noFolder.folder = QStringLiteral("NoSuchFolder");
        QCOMPARE(
            MailInbox(noFolder, m_password).mailbox().waiting().errorKind(), ErrorKind::NotFound);

        ImapAccount plain = m_account;
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
            QStringLiteral("imap"), m_account.server, QStringLiteral("--user"), m_account.user,
            QStringLiteral("--folder"), m_account.folder, QStringLiteral("--ca-file"),
            m_account.caFile, QStringLiteral("--password-file"),
            m_server + QStringLiteral("/password"), QStringLiteral("--once"),
            QStringLiteral("--json") };
        const Test::CliRun run = Test::runCli(home, args);
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject line = QJsonDocument::fromJson(run.out.trimmed()).object();
        QCOMPARE(line.value(u"source").toString(), m_account.source());
        QVERIFY(line.value(u"new_claim").toBool());
        QCOMPARE(line.value(u"documents").toArray().size(), 1);
        QVERIFY(line.value(u"error").isNull());
        QVERIFY(line.value(u"item").toString().contains(QStringLiteral("บิล")));
        // a second run finds nothing waiting
        const Test::CliRun again = Test::runCli(home, args);
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailInbox)
#include "tst_mailinbox.moc"
