#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// db check | db recover --out FILE: a damaged desk book (the --db file), which
// every other command refuses, looked at and saved into a new book.
class DbCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;

private:
    int check(const QStringList& args, CliContext& context);
    int recover(const QStringList& args, CliContext& context);
};

} // namespace ClaimDesk::Cli
