#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// claims list|show|set-status|new: the claim book from the command line.
class ClaimsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("claims"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;

private:
    int list(const QStringList& args, CliContext& context);
    int show(const QStringList& args, CliContext& context);
    int dossier(const QStringList& args, CliContext& context);
    int setStatus(const QStringList& args, CliContext& context);
    int create(const QStringList& args, CliContext& context);
    int edit(const QStringList& args, CliContext& context);
    // in ClaimsAssignment.cpp
    int next(const QStringList& args, CliContext& context);
    int assign(const QStringList& args, CliContext& context);
    int release(const QStringList& args, CliContext& context);
};

} // namespace ClaimDesk::Cli
