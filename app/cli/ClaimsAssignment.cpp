// claims next, assign and release: who holds which claim (ClaimAssignment).
#include "ClaimsCommand.h"
#include "CliTr.h"
#include "claims/ClaimAssignment.h"
#include "report/ClaimJson.h"

#include <QJsonDocument>

namespace ClaimDesk::Cli {

int ClaimsCommand::next(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Take the first open claim in queue order that nobody holds, and hold it yourself."));
    const QCommandLineOption type(QStringLiteral("type"),
        CliTr::tr("Only claims of this type: H or CD."), QStringLiteral("T"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
    parser.addOptions({ type, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    std::optional<ClaimType> only;
    if (parser.isSet(type) && !(only = claimTypeFromCode(parser.value(type))))
        return context.usage(
            CliTr::tr("unknown claim type '%1' (H or CD)").arg(parser.value(type)));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const auto taken = ClaimAssignment(*db).takeNext(only);
    if (!taken)
        return context.fail(taken.error());
    if (parser.isSet(json)) {
        const QByteArray text = *taken
            ? QJsonDocument(ClaimJson::listEntry(**taken)).toJson(QJsonDocument::Compact)
            : QByteArray("null");
        context.out() << QString::fromUtf8(text) << '\n';
    } else if (*taken) {
        context.out() << CliTr::tr("%1 is yours (%2, %3)\n")
                             .arg((*taken)->id, claimStatusCode((*taken)->status),
                                 (*taken)->amount ? (*taken)->amount->toDisplayString()
                                                  : QStringLiteral("-"));
    } else {
        context.out() << CliTr::tr("No open claim is free.\n");
    }
    context.out().flush();
    return Ok;
}

int ClaimsCommand::assign(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Hand a claim to someone (a manager's act)."));
    parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The claim ID."));
    const QCommandLineOption to(
        QStringLiteral("to"), CliTr::tr("The login who takes the claim."), QStringLiteral("NAME"));
    parser.addOption(to);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || parser.value(to).isEmpty())
        return context.usage(CliTr::tr("claims assign needs a claim ID and --to NAME"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const QString id = parser.positionalArguments().first();
    const auto assigned = ClaimAssignment(*db).assign(id, parser.value(to));
    if (!assigned)
        return context.fail(assigned.error());
    context.out() << CliTr::tr("%1 is held by %2\n").arg(assigned->id, assigned->assignee);
    context.out().flush();
    return Ok;
}

int ClaimsCommand::release(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr("Give a claim back to the queue."));
    parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The claim ID."));
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliTr::tr("claims release needs a claim ID"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const auto released = ClaimAssignment(*db).release(parser.positionalArguments().first());
    if (!released)
        return context.fail(released.error());
    context.out() << CliTr::tr("%1 is back in the queue\n").arg(released->id);
    context.out().flush();
    return Ok;
}

} // namespace ClaimDesk::Cli
