#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// summarize ID [--json]: the 3-4 sentence claim summary.
class SummarizeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("summarize"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
