#pragma once

#include "Command.h"

#include <optional>

namespace ClaimDesk::Cli {

// rules show|check FILE|set FILE|reset|rescore: the decision rule set in force.
class RulesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;

private:
    // With `rules`, or (none) the open book's rules in force.
    int rescore(CliContext& context, std::optional<DecisionEngine> rules, bool all,
        bool teamRulesJustSet = false);
    static int leaveRescoreToTheDesks(CliContext& context);
};

} // namespace ClaimDesk::Cli
