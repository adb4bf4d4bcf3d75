#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <limits>

namespace ClaimDesk {

// Where a mailbox is and whose it is (the password is not part of it: it lives in
// the keychain and is handed to ImapMailbox).
struct ImapAccount
{
    QString server; // "imaps://mail.example.com" or "imaps://mail.example.com:993"
    QString user;
    QString folder = QStringLiteral("INBOX");
    // A certificate authority of one's own (a company's, a test server's), else
    // the system's.
    QString caFile;

    // "imap:somchai@mail.example.com:993/INBOX": what the inbox names it by.
    QString source() const;
    // Empty when usable, else why not (the field at fault in the message).
    QString problem() const;
};

// One IMAP mailbox folder over TLS (imaps://, or imap:// that must go to TLS),
// spoken through libcurl. The messages waiting to be taken are those that are
// unseen or that a take left half done, and that are neither taken nor put aside:
// ClaimDesk marks them with its own keywords (flags), so the mailbox itself
// records what was taken, and a person reading the mail still sees it.
//
// libcurl fetches a message with BODY[], which marks it seen: a message is
// therefore marked Taking before it is fetched, and only marked Taken (and seen)
// once its import committed; a take cut short leaves it Taking, and so waiting.
//
// Each call is one request on a connection kept open between calls, bounded in
// time (a server that stops answering fails it after LowSpeedSeconds) and in
// size. Failures are Unauthenticated (the login was refused), Unavailable (the
// server cannot be reached, or dropped the connection), NotFound (no such
// folder), Invalid (a message larger than asked), Failed otherwise; the
// password is never in a message. Not thread-safe; any one thread.
class ImapMailbox final
{
public:
    static constexpr int ConnectSeconds = 15;
    // A request that moves less than LowSpeedBytes a second for LowSpeedSeconds,
    // or whose answer does not begin within AnswerSeconds, has failed.
    static constexpr int LowSpeedSeconds = 30;
    static constexpr int LowSpeedBytes = 1024;
    static constexpr int AnswerSeconds = 30;
    // libcurl's buffer; an answer's line may be half of it (a UID search over a
    // window of SearchWindow messages, 11 characters a UID at most, is well within).
    static constexpr int BufferBytes = 1024 * 1024;
    static constexpr qint64 SearchWindow = 20000;

    static const QString Taking;
    static const QString Taken;
    static const QString SetAside; // refused for good (too large, nothing to take)
    // A take that began again after one that stopped part way (the program
    // stopped): the second and third begin; after the third, the message is set aside.
    static const QString SecondTry;
    static const QString ThirdTry;

    struct MessageInfo
    {
        qint64 size = 0;
        QStringList flags; // "\\Seen", "ClaimDeskTaking", ...
    };

    ImapMailbox(ImapAccount account, QString password);
    ~ImapMailbox();
    ImapMailbox(const ImapMailbox&) = delete;
    ImapMailbox& operator=(const ImapMailbox&) = delete;

    const ImapAccount& account() const { return m_account; }
    // Checked between bytes: a request stops soon after it is set.
    void setCancel(const std::atomic_bool* cancel) { m_cancel = cancel; }

    // Logs in, opens the folder and checks that the server keeps ClaimDesk's
    // keywords on its messages (PERMANENTFLAGS holds \*): without them what was
    // taken cannot be recorded (Failed, saying so).
    Status check();
    // The UIDs of the messages waiting, oldest first, at most `limit`; asked
    // SearchWindow messages at a time.
    Result<QList<qint64>> waiting(int limit = std::numeric_limits<int>::max());
    // Its size and flags; NotFound when it is no longer there.
    Result<MessageInfo> infoOf(qint64 uid);
    // The message's flags and keywords ("\\Seen", "ClaimDeskTaken").
    Result<QStringList> flagsOf(qint64 uid);
    // The whole message; fails (Invalid) beyond maxBytes, having read no more.
    Result<QByteArray> fetch(qint64 uid, qint64 maxBytes);
    Status setFlags(qint64 uid, const QStringList& add, const QStringList& remove = {});

private:
    struct Transfer;
    Result<QByteArray> perform(const QString& path, const QString& command,
        qint64 maxBytes = 1024 * 1024, int timeoutSeconds = 120);
    Error errorOf(int code, const Transfer& transfer) const;
    QString folderUrl() const;

    ImapAccount m_account;
    QByteArray m_password;
    void* m_curl = nullptr; // CURL*, kept so its connection is used again
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace ClaimDesk
