#include "ExportCommand.h"

#include "CliTr.h"
#include "RangeOptions.h"
#include "export/ClaimCsvExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace ClaimDesk::Cli {

namespace { } // namespace

QString ExportCommand::summary() const
{
    return CliTr::tr("claims as CSV (detailed, Google Sheets or summary)");
}

int ExportCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("csv"), CliTr::tr("What to export (csv)."));
    const QCommandLineOption format(QStringLiteral("format"),
        CliTr::tr("detailed (default), sheets or summary."), QStringLiteral("FORMAT"),
        QStringLiteral("detailed"));
    const QCommandLineOption out(QStringLiteral("out"),
        CliTr::tr("Write to FILE (replaced only once complete) instead of standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption status(
        QStringLiteral("status"), CliTr::tr("Only claims in this status."), QStringLiteral("S"));
    parser.addOptions({ format, out, status });
    const RangeOptions range(30);
    range.addTo(parser);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList what = parser.positionalArguments();
    if (what != QStringList { QStringLiteral("csv") })
        return context.usage(CliTr::tr("say what to export: export csv"));
    const auto csvFormat = csvFormatFromName(parser.value(format));
    if (!csvFormat)
        return context.usage(CliTr::tr("--format takes detailed, sheets or summary, not \"%1\"")
                                 .arg(parser.value(format)));
    auto filter = range.filter(parser);
    if (!filter)
        return context.usage(filter.error());
    // Without --from or --to the whole book is exported.
    ClaimQuery query;
    if (range.isRangeSet(parser))
        query = filter->claimQuery();
    query.type = filter->type;
    if (parser.isSet(status)) {
        query.status = claimStatusFromCode(parser.value(status));
        if (!query.status)
            return context.usage(CliTr::tr("--status takes one of: %1")
                                     .arg(allClaimStatusCodes().join(QStringLiteral(", "))));
    }

    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const ClaimCsvExport exporter(*db, *csvFormat, query);
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(
                CliTr::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        const auto written = exporter.write(&file);
        if (!written)
            return context.fail(written.error());
        if (!file.commit())
            return context.fail(
                CliTr::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        context.err()
            << CliTr::tr("%n claim(s) written to %1", nullptr, int(*written)).arg(file.fileName())
            << Qt::endl;
        return Ok;
    }
    context.out().flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return context.fail(CliTr::tr("cannot write to standard output"));
    const auto written = exporter.write(&stdoutFile);
    stdoutFile.flush();
    if (!written)
        return context.fail(written.error());
    return Ok;
}

} // namespace ClaimDesk::Cli
