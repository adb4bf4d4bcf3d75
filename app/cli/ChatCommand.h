#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// chat --script FILE.jsonl [--lang th|en]: the intake conversation, headless.
class ChatCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("chat"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
