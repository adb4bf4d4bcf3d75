#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// users add|list|set: the people of a team book (an administrator's work).
class UsersCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;

private:
    int add(const QStringList& args, CliContext& context);
    int list(const QStringList& args, CliContext& context);
    int set(const QStringList& args, CliContext& context);
};

} // namespace ClaimDesk::Cli
