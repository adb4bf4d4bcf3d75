#include "mail/MailMessage.h"

#include <QTest>

using namespace ClaimDesk;

// MailMessage::parse on messages as mailers write them: names and subjects in
// RFC 2047 and 2231 (UTF-8 and TIS-620), nested and forwarded parts, names that
// try to leave the folder, and messages built to cost time.
class TestMailMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thaiSubjectsAndNamesInAnyCharset()
    {
        // the subject in TIS-620, Q-encoded; the name in UTF-8 by RFC 2231 continuations;
        // the sender's name B-encoded
        const QByteArray raw = "From: =?UTF-8?B?" + QStringLiteral("สมศรี").toUtf8().toBase64()
            + "?= <somsri@example.com>\r\n"
              "Subject: =?TIS-620?Q?=A4=E8=D2=C3=D1=A1=C9=D2?= H-20261203-000042\r\n"
              "Message-ID: <m1@example.com>\r\n"
              "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"
              "--x\r\nContent-Type: text/plain; charset=TIS-620\r\n\r\n\xa4\xe8\xd2\r\n"
              "--x\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
              "Content-Disposition: attachment;\r\n filename*0*=UTF-8''%E0%B9%83%E0%B8%9A;\r\n"
              " filename*1*=%E0%B9%80%E0%B8%AA%E0%B8%A3%E0%B9%87%E0%B8%88.jpg\r\n\r\n"
              "/9j/4AAQ\r\n--x--\r\n";
        const auto message = MailMessage::parse(raw);
        QVERIFY2(message, qPrintable(message.error()));
        QCOMPARE(message->subject, QStringLiteral("ค่ารักษา H-20261203-000042"));
        QCOMPARE(message->from, QStringLiteral("สมศรี <somsri@example.com>"));
        QCOMPARE(message->messageId, QStringLiteral("m1@example.com"));
        QCOMPARE(message->text, QStringLiteral("ค่า"));
        QCOMPARE(message->attachments.size(), 1);
        QCOMPARE(message->attachments.first().fileName, QStringLiteral("ใบเสร็จ.jpg"));
        QCOMPARE(message->attachments.first().bytes, QByteArray::fromBase64("/9j/4AAQ"));
        QVERIFY(!message->attachments.first().inlined);
    }

    void forwardedAndInlinePartsAreFoundAndNamesStayNames()
    {
        const QByteArray raw = "From: a@example.com\r\nSubject: fwd\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=o\r\n\r\n"
                               "--o\r\nContent-Type: text/html; "
                               "charset=UTF-8\r\n\r\n<p>see&nbsp;<b>bills</b></p>\r\n"
                               "--o\r\nContent-Type: image/png\r\nContent-ID: <i1>\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n"
            + QByteArray(9000, 'p').toBase64()
            + "\r\n"
              "--o\r\nContent-Type: image/gif\r\nContent-ID: <logo>\r\n\r\nGIF89a\r\n"
              "--o\r\nContent-Type: message/rfc822\r\n\r\n"
              "From: b@example.com\r\nSubject: inner\r\nMIME-Version: 1.0\r\n"
              "Content-Type: application/pdf; name=\"../../etc/passwd.pdf\"\r\n"
              "Content-Disposition: attachment; filename=\"..\\\\..\\\\x\\\\bill.pdf\"\r\n\r\n"
              "%PDF-1.4\r\n"
              "--o\r\nContent-Type: application/pgp-signature\r\n\r\nsig\r\n--o--\r\n";
        const auto message = MailMessage::parse(raw);
        QVERIFY2(message, qPrintable(message.error()));
        QCOMPARE(message->text, QStringLiteral("see bills"));
        // the signature and the small logo are nobody's documents
        QCOMPARE(message->attachments.size(), 2);
        QCOMPARE(message->attachments[0].fileName, QStringLiteral("part-1.png"));
        QVERIFY(message->attachments[0].inlined);
        QCOMPARE(message->attachments[1].fileName, QStringLiteral("bill.pdf"));
    }

    void whatIsNotAMessageOrCostsTooMuchIsRefused()
    {
        QCOMPARE(MailMessage::parse(QByteArray(300, '\0')).errorKind(), ErrorKind::Invalid);
        QCOMPARE(MailMessage::parse({}).errorKind(), ErrorKind::Invalid);
        QByteArray deep = "From: a@b\r\nSubject: deep\r\nContent-Type: multipart/mixed; "
                          "boundary=b0\r\n\r\n";
        for (int i = 1; i <= 5000; ++i)
            deep += "--b" + QByteArray::number(i - 1)
                + "\r\nContent-Type: multipart/mixed; boundary=b" + QByteArray::number(i)
                + "\r\n\r\n";
        const auto refused = MailMessage::parse(deep);
        QCOMPARE(refused.errorKind(), ErrorKind::Invalid);
        QVERIFY(refused.error().contains(QString::number(MailMessage::MaxParts)));
        // containers in capitals, fewer boundary lines than refuse a message by themselves
        QByteArray capitals = "From: a@b\r\nSubject: caps\r\nContent-Type: Multipart/Mixed; "
                              "boundary=b0\r\n\r\n";
        for (int i = 1; i <= 250; ++i)
            capitals += "--b" + QByteArray::number(i - 1)
                + "\r\nContent-Type: MULTIPART/MIXED; boundary=b" + QByteArray::number(i)
                + "\r\n\r\n";
        QCOMPARE(MailMessage::parse(capitals).errorKind(), ErrorKind::Invalid);
        // one level of thousands of empty parts
        QByteArray wide = "From: a@b\r\nSubject: wide\r\nContent-Type: multipart/mixed; "
                          "boundary=b\r\n\r\n";
        for (int i = 0; i < 5000; ++i)
            wide += "--b\r\n\r\n";
        QCOMPARE(MailMessage::parse(wide).errorKind(), ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
