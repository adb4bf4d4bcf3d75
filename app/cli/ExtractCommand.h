#pragma once

#include "Command.h"

namespace ClaimDesk::Cli {

// extract FILE... [--jobs N] [--lang auto] [--steps SPEC]: OCR, classify and
// extract fields, no database; JSON Lines in input order.
class ExtractCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("extract"); }
    QString summary() const override;
    int run(const QStringList& args, CliContext& context) override;
};

} // namespace ClaimDesk::Cli
