#include "StatsCommand.h"

#include "CliTr.h"
#include "RangeOptions.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ClaimDesk::Cli {

namespace {

QString percentText(const std::optional<double>& p)
{
    return p ? QString::number(*p, 'f', 2) + u'%' : CliTr::tr("n/a");
}

} // namespace

QString StatsCommand::summary() const
{
    return CliTr::tr("the manager figures over claims created in a range (default: last 30 days)");
}

int StatsCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const RangeOptions range(30);
    range.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
    parser.addOption(json);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    auto filter = range.filter(parser);
    if (!filter)
        return context.usage(filter.error());
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const auto figures = ManagerFigures::compute(*db, *filter);
    if (!figures)
        return context.fail(figures.error());

    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(
            QJsonDocument(figures->toJson()).toJson(QJsonDocument::Indented));
    } else {
        const ManagerFigures& f = *figures;
        const auto avg = f.averageResponseMs();
        context.out() << CliTr::tr("Claims created %1 to %2: %3\n")
                             .arg(f.filter.from.toString(Qt::ISODate),
                                 f.filter.to.toString(Qt::ISODate))
                             .arg(f.totalClaims)
                      << CliTr::tr("Paid: health %1, car damage %2\n")
                             .arg(f.paidTotal[0].toString(), f.paidTotal[1].toString())
                      << CliTr::tr("Accuracy: %1   Auto-approval: %2   Average response: %3\n")
                             .arg(percentText(f.accuracyRate()), percentText(f.autoApprovalRate()),
                                 avg ? CliTr::tr("%1 ms").arg(*avg) : CliTr::tr("n/a"))
                      << CliTr::tr("Open backlog: %1\n").arg(f.backlog());
    }
    context.out().flush();
    return Ok;
}

} // namespace ClaimDesk::Cli
