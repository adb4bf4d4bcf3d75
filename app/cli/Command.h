#pragma once

#include "CliContext.h"
#include "CliTr.h"

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
    // The words that call the command, for its help: "init", "claims new".
    virtual QString usageName(const QStringList& args) const
    {
        return args.first() == name() ? name() : name() + u' ' + args.first();
    }

    // Parses args; prints help and returns 0 for --help, a usage error for bad
    // options; returns -1 when the command should go on.
    int parse(QCommandLineParser& parser, const QStringList& args, CliContext& context) const
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help(
            { QStringLiteral("h"), QStringLiteral("help") }, CliTr::tr("Show this help."));
        parser.addOption(help);
        if (!parser.parse(args))
            return context.usage(parser.errorText());
        if (parser.isSet(help)) {
            // "Usage: /path/to/claimdesk-cli [options]" -> "Usage: claimdesk-cli claims new
            // [options]"
            QString help = parser.helpText();
            const qsizetype start = help.indexOf(u' ') + 1;
            const qsizetype end = help.indexOf(u' ', start);
            if (start > 0 && end > start)
                help.replace(
                    start, end - start, QStringLiteral("claimdesk-cli ") + usageName(args));
            context.out() << help;
            context.out().flush();
            return Ok;
        }
        return -1;
    }
};

} // namespace ClaimDesk::Cli
