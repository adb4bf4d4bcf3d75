#include "TeamCommand.h"

#include "CliTr.h"
#include "team/TeamAdministration.h"

/* TRANSLATOR ClaimDesk::Cli::TeamCommand */
namespace ClaimDesk::Cli {

QString TeamCommand::summary() const
{
    return CliTr::tr("set up a team book on PostgreSQL (init)");
}

int TeamCommand::run(const QStringList& args, CliContext& context)
{
    const QString sub = args.value(1);
    if (sub == u"--help" || sub == u"-h") {
        context.out() << CliTr::tr(
            "Usage: claimdesk-cli --db-url URL team init\n"
            "  init    create or migrate the team schema and the four group roles\n"
            "          (claimdesk_adjuster, _manager, _admin, _auditor); run by a login\n"
            "          that may create roles; safe to run again\n");
        context.out().flush();
        return Ok;
    }
    if (sub != u"init")
        return context.usage(sub.isEmpty() ? CliTr::tr("team needs init")
                                           : CliTr::tr("unknown team command '%1'").arg(sub));
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    if (int code = parse(parser, args.mid(1), context); code >= 0)
        return code;
    if (context.dbUrl.isEmpty())
        return context.usage(CliTr::tr("team init needs the team book's --db-url"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    if (auto s = TeamAdministration(*db).init(); !s)
        return context.fail(s.error());
    context.out() << CliTr::tr("Team book ready: %1 (roles claimdesk_adjuster, "
                               "claimdesk_manager, claimdesk_admin, claimdesk_auditor)\n")
                         .arg(db->location().displayName());
    context.out().flush();
    return Ok;
}

} // namespace ClaimDesk::Cli
