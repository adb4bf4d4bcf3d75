#include "UsageCommand.h"

#include "CliTr.h"
#include "admin/UsageReport.h"
#include "llm/PriceTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimeZone>

namespace ClaimDesk::Cli {

namespace {

QJsonObject toJson(const UsageTotals& t)
{
    QJsonObject o { { QStringLiteral("calls"), t.calls },
        { QStringLiteral("failures"), t.failures }, { QStringLiteral("tokens_in"), t.tokensIn },
        { QStringLiteral("tokens_out"), t.tokensOut },
        { QStringLiteral("cost"), PriceTable::formatMicros(t.costMicros) },
        { QStringLiteral("mean_latency_ms"), t.calls > 0 ? t.latencyMs / t.calls : 0 } };
    if (!t.key.isEmpty())
        o.insert(QStringLiteral("key"), t.key);
    return o;
}

} // namespace

QString UsageCommand::summary() const
{
    return CliTr::tr("model calls, tokens and cost from the ledger");
}

int UsageCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption from(QStringLiteral("from"),
        CliTr::tr("First day (YYYY-MM-DD, default 30 days ago)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
        CliTr::tr("Last day (YYYY-MM-DD, default today)."), QStringLiteral("DATE"));
    const QCommandLineOption by(QStringLiteral("by"),
        CliTr::tr("Rows by operation (default), claim, hour, day, week, month or year."),
        QStringLiteral("KEY"), QStringLiteral("operation"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
    parser.addOptions({ from, to, by, json });
    if (int code = parse(parser, args, context); code >= 0)
        return code;

    const QDate today = QDate::currentDate();
    const QDate first = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate)
                                           : today.addDays(-29);
    const QDate last = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : today;
    if (!first.isValid() || !last.isValid() || last < first)
        return context.usage(CliTr::tr("--from and --to take dates YYYY-MM-DD, --from first"));
    // Whole local days.
    const QDateTime start = first.startOfDay();
    const QDateTime end = last.addDays(1).startOfDay();

    const QString key = parser.value(by);
    static const QHash<QString, UsageBucket> Buckets = { { QStringLiteral("hour"),
                                                             UsageBucket::Hour },
        { QStringLiteral("day"), UsageBucket::Day }, { QStringLiteral("week"), UsageBucket::Week },
        { QStringLiteral("month"), UsageBucket::Month },
        { QStringLiteral("year"), UsageBucket::Year } };
    UsageReport::Grouping grouping = UsageReport::Grouping::Period;
    if (key == u"operation")
        grouping = UsageReport::Grouping::Operation;
    else if (key == u"claim")
        grouping = UsageReport::Grouping::Claim;
    else if (!Buckets.contains(key))
        return context.usage(
            CliTr::tr("--by takes operation, claim, hour, day, week, month or year"));
    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    auto report = UsageReport::read(*db, start, end, grouping, Buckets.value(key));
    if (!report)
        return context.fail(report.error());
    const UsageTotals& total = report->total;
    const QString currency = PriceTable::load(QSettings()).currency();

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const UsageTotals& t : report->rows)
            list.append(toJson(t));
        const QJsonObject o { { QStringLiteral("from"), first.toString(Qt::ISODate) },
            { QStringLiteral("to"), last.toString(Qt::ISODate) },
            { QStringLiteral("currency"), currency }, { QStringLiteral("by"), key },
            { QStringLiteral("total"), toJson(total) }, { QStringLiteral("rows"), list } };
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        context.out() << CliTr::tr("%1 calls (%2 failed), %3 tokens in, %4 out, %5 %6")
                             .arg(total.calls)
                             .arg(total.failures)
                             .arg(total.tokensIn)
                             .arg(total.tokensOut)
                             .arg(PriceTable::formatMicros(total.costMicros), currency)
                      << Qt::endl;
        for (const UsageTotals& t : report->rows)
            context.out() << QStringLiteral("  %1%2 calls  %3 %4\n")
                                 .arg(t.key, -28)
                                 .arg(t.calls, 6)
                                 .arg(PriceTable::formatMicros(t.costMicros), currency);
    }
    context.out().flush();
    return Ok;
}

} // namespace ClaimDesk::Cli
