#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// export csv [--format detailed|sheets|summary] [--out FILE] [--from --to --type]:
// claims as RFC 4180 CSV in UTF-8, to a file or standard output.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
