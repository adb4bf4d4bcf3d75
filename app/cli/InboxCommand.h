#pragma once

#include "Command.h"
#include "mail/ImapMailbox.h"

namespace ClaimDesk::Cli {

// inbox folder DIR [--once] [--json]: take in what arrives in a watched folder
// (FolderInbox); inbox imap URL --user USER [--folder F] [--once]: the waiting
// messages of a mailbox (MailInbox), its password from the keychain or
// --password-file. One JSON line per item; without --once it keeps watching until
// SIGINT or SIGTERM, and stops between two steps, leaving nothing half done.
class InboxCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("inbox"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;

private:
    int watchFolder(const QString& folder, bool once, CliContext& context);
    int watchMailbox(
        const ImapAccount& account, const QString& password, bool once, CliContext& context);
    static Result<QString> passwordFor(const ImapAccount& account, const QString& file);
};

} // namespace ClaimDesk::Cli
