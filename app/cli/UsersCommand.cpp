#include "UsersCommand.h"

#include "CliTr.h"
#include "team/TeamAdministration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimDesk::Cli {

namespace {

std::optional<Money> readLimit(const QString& text)
{
    const auto limit = Money::parse(text);
    if (!limit || limit->cents() < 0)
        return std::nullopt;
    return limit;
}

} // namespace

QString UsersCommand::summary() const
{
    return CliTr::tr("the people of a team book: add, list, set (administrators)");
}

int UsersCommand::run(const QStringList& args, CliContext& context)
{
    const QString sub = args.value(1);
    if (sub == u"add")
        return add(args.mid(1), context);
    if (sub == u"list")
        return list(args.mid(1), context);
    if (sub == u"set")
        return set(args.mid(1), context);
    if (sub == u"--help" || sub == u"-h") {
        context.out() << CliTr::tr(
            "Usage: claimdesk-cli --db-url URL users add|list|set\n"
            "  add NAME --role adjuster|manager|admin|auditor [--limit AMOUNT]\n"
            "      [--password-file FILE]              a login in a group\n"
            "  list [--json]                           everyone, with role, limit and access\n"
            "  set NAME [--role R] [--limit AMOUNT] [--disable|--enable]\n");
        context.out().flush();
        return Ok;
    }
    return context.usage(sub.isEmpty() ? CliTr::tr("users needs add, list or set")
                                       : CliTr::tr("unknown users command '%1'").arg(sub));
}

int UsersCommand::add(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Create a login in one of the team's groups."));
    parser.addPositionalArgument(QStringLiteral("NAME"), CliTr::tr("The login."));
    const QCommandLineOption role(QStringLiteral("role"),
        CliTr::tr("adjuster, manager, admin or auditor."), QStringLiteral("R"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        CliTr::tr("Authority limit: the largest amount they may approve or pay (default 0)."),
        QStringLiteral("AMOUNT"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        CliTr::tr("A file whose first line is the password."), QStringLiteral("FILE"));
    parser.addOptions({ role, limit, passwordFile });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliTr::tr("users add needs one login name"));
    const auto group = teamRoleFromCode(parser.value(role));
    if (!group)
        return context.usage(
            CliTr::tr("--role takes %1").arg(allTeamRoleCodes().join(QStringLiteral(", "))));
    Money amount;
    if (parser.isSet(limit)) {
        const auto parsed = readLimit(parser.value(limit));
        if (!parsed)
            return context.usage(CliTr::tr("--limit takes an amount such as 50000.00"));
        amount = *parsed;
    }
    std::optional<QString> password;
    if (parser.isSet(passwordFile)) {
        auto read = CliContext::readPassword(parser.value(passwordFile));
        if (!read)
            return context.fail(read.error());
        password = *read;
    }
    const QString name = parser.positionalArguments().first();
    if (auto s = TeamAdministration::checkName(name); !s)
        return context.usage(s.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    if (auto s = TeamAdministration(*db).add(name, *group, amount, password); !s)
        return context.fail(s.error());
    context.out() << CliTr::tr("%1 added as %2 (limit %3)\n")
                         .arg(name, teamRoleCode(*group), amount.toDisplayString());
    context.out().flush();
    return Ok;
}

int UsersCommand::list(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Everyone in the team's groups."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
    parser.addOption(json);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const auto users = TeamAdministration(*db).users();
    if (!users)
        return context.fail(users.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const TeamUser& u : *users)
            array.append(QJsonObject { { QStringLiteral("name"), u.name },
                { QStringLiteral("role"), teamRoleCode(u.role) },
                { QStringLiteral("limit"), u.limit.toString() },
                { QStringLiteral("active"), u.active } });
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const TeamUser& u : *users)
            context.out() << QStringLiteral("%1  %2  %3  %4\n")
                                 .arg(u.name, -20)
                                 .arg(teamRoleCode(u.role), -9)
                                 .arg(u.limit.toDisplayString(), 14)
                                 .arg(u.active ? CliTr::tr("active") : CliTr::tr("disabled"));
    }
    context.out().flush();
    return Ok;
}

int UsersCommand::set(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Change a person's role, limit or access."));
    parser.addPositionalArgument(QStringLiteral("NAME"), CliTr::tr("The login."));
    const QCommandLineOption role(QStringLiteral("role"),
        CliTr::tr("adjuster, manager, admin or auditor."), QStringLiteral("R"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), CliTr::tr("New authority limit."), QStringLiteral("AMOUNT"));
    const QCommandLineOption disable(
        QStringLiteral("disable"), CliTr::tr("The login can no longer connect."));
    const QCommandLineOption enable(QStringLiteral("enable"), CliTr::tr("The login can connect."));
    parser.addOptions({ role, limit, disable, enable });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliTr::tr("users set needs one login name"));
    if (parser.isSet(disable) && parser.isSet(enable))
        return context.usage(CliTr::tr("--disable and --enable cannot go together"));
    TeamUserChange change;
    if (parser.isSet(role) && !(change.role = teamRoleFromCode(parser.value(role))))
        return context.usage(
            CliTr::tr("--role takes %1").arg(allTeamRoleCodes().join(QStringLiteral(", "))));
    if (parser.isSet(limit) && !(change.limit = readLimit(parser.value(limit))))
        return context.usage(CliTr::tr("--limit takes an amount such as 50000.00"));
    if (parser.isSet(disable) || parser.isSet(enable))
        change.active = parser.isSet(enable);
    if (!change.role && !change.limit && !change.active)
        return context.usage(
            CliTr::tr("say what to change: --role, --limit, --disable or --enable"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const QString name = parser.positionalArguments().first();
    if (auto s = TeamAdministration(*db).change(name, change); !s)
        return context.fail(s.error());
    context.out() << CliTr::tr("%1 changed\n").arg(name);
    context.out().flush();
    return Ok;
}

} // namespace ClaimDesk::Cli
