#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// policy verify|check|import: policy holders and the policy library.
class PolicyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("policy"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;

private:
    int verify(const QStringList& args, CliContext& context);
    int check(const QStringList& args, CliContext& context);
    int checkClaim(const QString& claimId, CliContext& context);
    int import(const QStringList& args, CliContext& context);
    int holders(const QStringList& args, CliContext& context);
};

} // namespace ClaimDesk::Cli
