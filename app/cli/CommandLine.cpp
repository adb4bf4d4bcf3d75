#include "CommandLine.h"

#include "AgentCommand.h"
#include "ChatCommand.h"
#include "ClaimsCommand.h"
#include "CliTr.h"
#include "DbCommand.h"
#include "DecideCommand.h"
#include "ExportCommand.h"
#include "ExtractCommand.h"
#include "ImportCommand.h"
#include "InboxCommand.h"
#include "InitCommand.h"
#include "PolicyCommand.h"
#include "PortalCommand.h"
#include "RulesCommand.h"
#include "StatsCommand.h"
#include "SummarizeCommand.h"
#include "TeamCommand.h"
#include "UsageCommand.h"
#include "UsersCommand.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace ClaimDesk::Cli {

namespace {

QString overview(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString text = CliTr::tr(
        "Usage: claimdesk-cli [global options] COMMAND [options]\n\n"
        "ClaimDesk's headless tool: the same core as the desktop app.\n\n"
        "Global options:\n"
        "  --db PATH             SQLite database file (default: in the user's data folder)\n"
        "  --db-url URL          PostgreSQL database (team mode), postgresql://...\n"
        "  --llm-provider NAME   offline, openai, azure, anthropic (default: the settings')\n"
        "  --llm-url URL         model server address\n"
        "  --llm-model NAME      model name\n"
        "  --llm-embedding-model NAME  embedding model for the policy library\n"
        "  --lang th|en          language of messages and explanations\n"
        "  --version             print the version\n"
        "  --help                this text; COMMAND --help for a command\n\n"
        "Commands:\n");
    for (const auto& c : commands)
        text += QStringLiteral("  %1%2\n").arg(c->name(), -22).arg(c->summary());
    text += CliTr::tr(
        "\nExit codes: 0 ok, 1 some inputs failed (the rest were processed), 2 usage error.\n");
    return text;
}

// "claims show" for `claims show H-... --json`: the command, and its second word
// when that is one of the commands' subcommands, never a value (a file, a name).
QString commandName(const QStringList& rest)
{
    static const QStringList Subcommands = { QStringLiteral("add"), QStringLiteral("assign"),
        QStringLiteral("check"), QStringLiteral("csv"), QStringLiteral("dossier"),
        QStringLiteral("edit"), QStringLiteral("folder"), QStringLiteral("holders"),
        QStringLiteral("import"), QStringLiteral("import-book"), QStringLiteral("init"),
        QStringLiteral("list"), QStringLiteral("new"), QStringLiteral("next"),
        QStringLiteral("recover"), QStringLiteral("release"), QStringLiteral("remember-password"),
        QStringLiteral("rescore"), QStringLiteral("reset"), QStringLiteral("set"),
        QStringLiteral("set-status"), QStringLiteral("show"), QStringLiteral("verify") };
    const QString second = rest.value(1);
    return Subcommands.contains(second) ? rest.first() + u' ' + second : rest.first();
}

} // namespace

int run(const QStringList& arguments)
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<ClaimsCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<DecideCommand>());
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<SummarizeCommand>());
    commands.push_back(std::make_unique<AgentCommand>());
    commands.push_back(std::make_unique<UsageCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<PolicyCommand>());
    commands.push_back(std::make_unique<RulesCommand>());
    commands.push_back(std::make_unique<ChatCommand>());
    commands.push_back(std::make_unique<TeamCommand>());
    commands.push_back(std::make_unique<UsersCommand>());
    commands.push_back(std::make_unique<DbCommand>());
    commands.push_back(std::make_unique<InboxCommand>());
    commands.push_back(std::make_unique<PortalCommand>());

    CliContext context;
    QStringList rest;
    QString language = QStringLiteral("en");
    bool help = false;
    const QStringList args = arguments.mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto takeValue = [&](QString& target) -> bool {
            const qsizetype eq = a.indexOf(u'=');
            if (eq > 0) {
                target = a.mid(eq + 1);
                return true;
            }
            if (i + 1 >= args.size())
                return false;
            target = args.at(++i);
            return true;
        };
        const QString key = a.section(u'=', 0, 0);
        bool ok = true;
        if (key == u"--db")
            ok = takeValue(context.dbPath);
        else if (key == u"--db-url")
            ok = takeValue(context.dbUrl);
        else if (key == u"--llm-provider")
            ok = takeValue(context.llmProvider);
        else if (key == u"--llm-url")
            ok = takeValue(context.llmUrl);
        else if (key == u"--llm-model")
            ok = takeValue(context.llmModel);
        else if (key == u"--llm-embedding-model")
            ok = takeValue(context.llmEmbeddingModel);
        else if (key == u"--lang" && rest.isEmpty()) // after the command: extract's OCR languages
            ok = takeValue(language);
        else if (a == u"--version" && rest.isEmpty()) {
            context.out() << "claimdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Ok;
        } else if ((a == u"--help" || a == u"-h") && rest.isEmpty())
            help = true;
        else
            rest << a;
        if (!ok)
            return context.usage(CliTr::tr("%1 needs a value").arg(key));
    }
    Translations::install(language);

    static const QStringList Providers = { QStringLiteral("offline"), QStringLiteral("openai"),
        QStringLiteral("azure"), QStringLiteral("anthropic") };
    if (!context.llmProvider.isEmpty() && !Providers.contains(context.llmProvider))
        return context.usage(
            CliTr::tr("unknown --llm-provider %1 (offline, openai, azure, anthropic)")
                .arg(context.llmProvider));

    if (help) {
        context.out() << overview(commands);
        context.out().flush();
        return Ok;
    }
    if (rest.isEmpty()) {
        context.err() << overview(commands);
        return context.usage(CliTr::tr("no command given"));
    }
    for (const auto& c : commands) {
        if (c->name() == rest.first()) {
            context.commandName = commandName(rest);
            return context.finish(c->run(rest, context));
        }
    }
    return context.usage(CliTr::tr("unknown command '%1'").arg(rest.first()));
}

} // namespace ClaimDesk::Cli
