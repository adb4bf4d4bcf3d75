#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// team init: create or bring up to date a team book's roles, grants and rules
// on the PostgreSQL server named by --db-url; team import-book: move a desk's
// book into it.
class TeamCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("team"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;

private:
    int importBook(const QStringList& args, CliContext& context);
    int rememberPassword(const QStringList& args, CliContext& context);
};

} // namespace ClaimDesk::Cli
