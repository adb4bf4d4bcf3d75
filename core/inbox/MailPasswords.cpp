#include "MailPasswords.h"

#include "inbox/InboxTr.h"

#include <QUrl>

namespace ClaimDesk::MailPasswords {

namespace {

const QString Service = QStringLiteral("ClaimDesk mailbox");

} // namespace

QString entryKey(const ImapAccount& account)
{
    const QUrl url(account.server);
    return QStringLiteral("%1@%2:%3")
        .arg(account.user, url.host())
        .arg(url.port(url.scheme() == u"imap" ? 143 : 993));
}

KeychainEntry::Answer read(const ImapAccount& account, int timeoutMs)
{
    return KeychainEntry::readNow(Service, entryKey(account), timeoutMs);
}

Status checkAndStore(const ImapAccount& account, const QString& password)
{
    ImapMailbox mailbox(account, password);
    if (Status s = mailbox.check(); !s)
        return s;
    return store(account, password);
}

Status store(const ImapAccount& account, const QString& password, int timeoutMs)
{
    if (const QString problem
        = KeychainEntry::writeNow(Service, entryKey(account), password, timeoutMs);
        !problem.isEmpty())
        return Status::failure(
            InboxTr::tr("The mail server took the password, but the keychain did not keep it: %1")
                .arg(problem));
    return {};
}

QString forget(const ImapAccount& account, int timeoutMs)
{
    return KeychainEntry::removeNow(Service, entryKey(account), timeoutMs);
}

} // namespace ClaimDesk::MailPasswords
