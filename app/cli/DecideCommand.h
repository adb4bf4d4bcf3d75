#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// decide --input FILE.jsonl [--as-of DATE] [--rules FILE]: the decision engine on
// JSON Lines, no database.
class DecideCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("decide"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
