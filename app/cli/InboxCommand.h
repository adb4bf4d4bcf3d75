#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// inbox folder DIR [--once] [--json]: take in what arrives in a watched folder
// (FolderInbox), one JSON line per item; without --once it keeps watching until
// SIGINT or SIGTERM, and stops between two files' steps, leaving nothing half done.
class InboxCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("inbox"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;

private:
    int watchFolder(const QString& folder, bool once, CliContext& context);
};

} // namespace ClaimDesk::Cli
