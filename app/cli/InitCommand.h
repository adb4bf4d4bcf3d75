#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// init [--demo] [--claims N]: create or migrate the database, add demo data.
class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
