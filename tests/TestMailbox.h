#pragma once

#include "mail/ImapMailbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUuid>
#include <sys/stat.h>
#include <unistd.h>

namespace ClaimDesk::Test {

// A folder of its own on the throwaway Dovecot server that ctest starts
// (tests/imap/throwaway-dovecot.sh; CLAIMDESK_TEST_IMAP names its folder), and
// delivery into it as a mail server does it.
class TestMailbox
{
public:
    // False (with `why`) when there is no server to use.
    bool open(const QString& folder, QString* why)
    {
        m_server = qEnvironmentVariable("CLAIMDESK_TEST_IMAP");
        QFile port(m_server + QStringLiteral("/port"));
        QFile password(m_server + QStringLiteral("/password"));
        if (m_server.isEmpty() || !port.open(QIODevice::ReadOnly)
            || !password.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral(
                "CLAIMDESK_TEST_IMAP must name a running tests/imap/throwaway-dovecot.sh server");
            return false;
        }
        account.server
            = QStringLiteral("imaps://127.0.0.1:") + QString::fromLatin1(port.readAll().trimmed());
        account.user = QStringLiteral("adjuster");
        account.caFile = m_server + QStringLiteral("/cert.pem");
        account.folder = folder;
        this->password = QString::fromLatin1(password.readAll().trimmed());
        // a Maildir++ folder, owned like the server's own (Dovecot finds it when selected)
        struct stat owner
        {
        };
        if (::stat(
                QFile::encodeName(m_server + QStringLiteral("/mail/adjuster/Maildir")).constData(),
                &owner)
            != 0) {
            *why = QStringLiteral("no Maildir in %1").arg(m_server);
            return false;
        }
        m_uid = owner.st_uid;
        m_gid = owner.st_gid;
        const QStringList paths { maildir(), maildir() + QStringLiteral("/cur"),
            maildir() + QStringLiteral("/new"), maildir() + QStringLiteral("/tmp") };
        for (const QString& path : paths) {
            if (!QDir().mkpath(path) || !own(path)) {
                *why = QStringLiteral("cannot make %1").arg(path);
                return false;
            }
        }
        return true;
    }
    QString passwordFile() const { return m_server + QStringLiteral("/password"); }

    // Writes `raw` in tmp/, then moves it to new/.
    bool deliver(const QByteArray& raw) const
    {
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString tmp = maildir() + QStringLiteral("/tmp/") + name;
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly) || f.write(raw) != raw.size())
            return false;
        f.close();
        return own(tmp) && QFile::rename(tmp, maildir() + QStringLiteral("/new/") + name);
    }

    // A message from a Thai sender with a text part and `parts` (MIME parts,
    // each ending in CRLF); `subject` as it goes on the wire.
    static QByteArray message(
        const QByteArray& subject, const QList<QByteArray>& parts, bool withMessageId = true)
    {
        QByteArray m = "From: " + encodedWord(QStringLiteral("สมชาย ใจดี"))
            + " <somchai@example.com>\r\nTo: claims@example.com\r\nSubject: " + subject + "\r\n"
            + (withMessageId
                    ? "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                        + "@example.com>\r\n"
                    : QByteArray())
            + "Date: Thu, 03 Dec 2026 10:00:00 +0700\r\nMIME-Version: 1.0\r\n"
              "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
              "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
              "Content-Transfer-Encoding: 8bit\r\n\r\n"
            + QStringLiteral("ส่งใบเสร็จค่ะ\r\n").toUtf8();
        for (const QByteArray& part : parts)
            m += "--b1\r\n" + part;
        return m + "--b1--\r\n";
    }
    static QByteArray attachment(const QByteArray& disposition, const QByteArray& bytes,
        const QByteArray& type = "image/png")
    {
        const QByteArray all = bytes.toBase64();
        QByteArray lines;
        for (qsizetype i = 0; i < all.size(); i += 76)
            lines += all.mid(i, 76) + "\r\n";
        return "Content-Type: " + type + "\r\nContent-Transfer-Encoding: base64\r\n" + disposition
            + "\r\n\r\n" + lines;
    }
    static QByteArray encodedWord(const QString& text)
    {
        return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
    }

    ImapAccount account;
    QString password;

private:
    QString maildir() const
    {
        return m_server + QStringLiteral("/mail/adjuster/Maildir/.") + account.folder;
    }
    bool own(const QString& path) const
    {
        return ::chown(QFile::encodeName(path).constData(), m_uid, m_gid) == 0;
    }

    QString m_server;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace ClaimDesk::Test
