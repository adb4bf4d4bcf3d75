#include "DecideCommand.h"

#include "CliTr.h"
#include "decision/JsonLinesDecider.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace ClaimDesk::Cli {

namespace { } // namespace

QString DecideCommand::summary() const
{
    return CliTr::tr("decide claim records from JSON Lines by the book's rules (without a "
                     "book, the spec's defaults); - reads stdin");
}

int DecideCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption input(QStringLiteral("input"),
        CliTr::tr("JSON Lines file of claim records, or - for stdin."), QStringLiteral("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        CliTr::tr("Evaluation date YYYY-MM-DD (default: today)."), QStringLiteral("DATE"));
    const QCommandLineOption rules(QStringLiteral("rules"),
        CliTr::tr("Rules file to use instead of the active rule set."), QStringLiteral("FILE"));
    parser.addOptions({ input, asOf, rules });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (!parser.isSet(input))
        return context.usage(CliTr::tr("decide needs --input FILE (or - for stdin)"));

    QDate date = QDate::currentDate();
    if (parser.isSet(asOf)) {
        date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid() || parser.value(asOf).size() != 10)
            return context.usage(CliTr::tr("--as-of needs a date as YYYY-MM-DD"));
    }
    auto engine = context.engine(parser.value(rules));
    if (!engine)
        return context.fail(engine.error());

    QFile in;
    const QString path = parser.value(input);
    const bool opened = path == u"-"
        ? in.open(stdin, QIODevice::ReadOnly)
        : (in.setFileName(path), in.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened)
        return context.fail(CliTr::tr("Cannot read %1: %2").arg(path, in.errorString()));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(CliTr::tr("Cannot write to standard output"));

    JsonLinesDecider decider(*engine, date);
    auto stats = decider.run(in, out);
    out.flush();
    if (!stats)
        return context.fail(stats.error());
    if (stats->failed > 0) {
        context.err() << CliTr::tr("claimdesk-cli: %1 of %2 lines could not be decided")
                             .arg(stats->failed)
                             .arg(stats->lines)
                      << Qt::endl;
        return InputFailed;
    }
    return Ok;
}

} // namespace ClaimDesk::Cli
