#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// usage [--from DATE] [--to DATE] [--by KEY] [--json]: the model cost ledger.
class UsageCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("usage"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
