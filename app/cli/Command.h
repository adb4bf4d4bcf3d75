#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QStringList>

namespace ClaimDesk::Cli {

// One claimdesk-cli command ("init", "claims", ...).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for the overview
    // args: the command's own arguments, starting with its name.
    virtual int run(const QStringList& args, CliContext& context) = 0;

protected:
    // Parses args; prints help and returns 0 for --help, a usage error for bad
    // options; returns -1 when the command should go on.
    static int parse(QCommandLineParser& parser, const QStringList& args, CliContext& context)
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
            QCoreApplication::translate("ClaimDesk::Cli", "Show this help."));
        parser.addOption(help);
        if (!parser.parse(args))
            return context.usage(parser.errorText());
        if (parser.isSet(help)) {
            context.out() << parser.helpText();
            context.out().flush();
            return Ok;
        }
        return -1;
    }
};

} // namespace ClaimDesk::Cli
