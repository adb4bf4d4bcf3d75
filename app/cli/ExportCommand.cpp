#include "ExportCommand.h"

#include "RangeOptions.h"
#include "export/ClaimCsvExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

/* TRANSLATOR ClaimDesk::Cli::ExportCommand */
namespace ClaimDesk::Cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ClaimDesk::Cli::ExportCommand", s);
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("claims as CSV (detailed, Google Sheets or summary)");
}

int ExportCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("csv"), tr("What to export (csv)."));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("detailed (default), sheets or summary."), QStringLiteral("FORMAT"),
        QStringLiteral("detailed"));
    const QCommandLineOption out(QStringLiteral("out"),
        tr("Write to FILE (replaced only once complete) instead of standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("Only claims in this status."), QStringLiteral("S"));
    parser.addOptions({ format, out, status });
    const RangeOptions range(30);
    range.addTo(parser);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList what = parser.positionalArguments();
    if (what != QStringList { QStringLiteral("csv") })
        return context.usage(tr("say what to export: export csv"));
    const auto csvFormat = csvFormatFromName(parser.value(format));
    if (!csvFormat)
        return context.usage(
            tr("--format takes detailed, sheets or summary, not \"%1\"").arg(parser.value(format)));
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
            return context.usage(tr("--status takes one of: %1")
                                     .arg(allClaimStatusCodes().join(QStringLiteral(", "))));
    }

    auto db = context.openDatabase();
    if (!db)
        return context.fail(db.error());
    const ClaimCsvExport exporter(*db, *csvFormat, query);
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        const auto written = exporter.write(&file);
        if (!written)
            return context.fail(written.error());
        if (!file.commit())
            return context.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        context.err() << QCoreApplication::translate(
            "ClaimDesk::Cli::ExportCommand", "%n claim(s) written to %1", nullptr, int(*written))
                             .arg(file.fileName())
                      << Qt::endl;
        return Ok;
    }
    context.out().flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return context.fail(tr("cannot write to standard output"));
    const auto written = exporter.write(&stdoutFile);
    stdoutFile.flush();
    if (!written)
        return context.fail(written.error());
    return Ok;
}

} // namespace ClaimDesk::Cli
