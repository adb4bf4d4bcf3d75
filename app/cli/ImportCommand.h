#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// import FILE... (--claim ID | --new-claim H|CD): store documents on a claim.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
