#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// agent ID [--json]: agent mode on one claim. The model's opinion is recorded
// beside the rule decision, which stays the decision of record.
class AgentCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("agent"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
