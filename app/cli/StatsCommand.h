#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// stats [--from DATE] [--to DATE] [--type T] [--json]: the manager figures, the
// same numbers the Manager area's charts show.
class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
