#include "ImportCommand.h"

#include "CliTr.h"
#include "intake/DocumentImporter.h"
#include "report/ClaimJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimDesk::Cli {

namespace { } // namespace

QString ImportCommand::summary() const
{
    return CliTr::tr(
        "store documents (images, PDF) on a claim or a new claim, read them and decide "
        "the claim again");
}

int ImportCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("FILE"),
        CliTr::tr("JPEG, PNG, WebP, TIFF or PDF files."), QStringLiteral("FILE..."));
    const QCommandLineOption claim(
        QStringLiteral("claim"), CliTr::tr("Attach to this claim."), QStringLiteral("ID"));
    const QCommandLineOption newClaim(QStringLiteral("new-claim"),
        CliTr::tr("Open a new claim of this type (H or CD)."), QStringLiteral("TYPE"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON (the default)."));
    const QCommandLineOption noRead(
        QStringLiteral("no-read"), CliTr::tr("Only store the files; do not read them."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        CliTr::tr("OCR languages, or auto: as the page's script asks (default auto)."),
        QStringLiteral("LANGS"), QStringLiteral("auto"));
    parser.addOptions({ claim, newClaim, json, noRead, lang });
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.usage(CliTr::tr("import needs at least one file"));
    if (parser.isSet(claim) == parser.isSet(newClaim))
        return context.usage(CliTr::tr("import needs either --claim ID or --new-claim H|CD"));
    ImportTarget target;
    target.claimId = parser.value(claim);
    if (parser.isSet(newClaim)) {
        target.newClaimType = claimTypeFromCode(parser.value(newClaim));
        if (!target.newClaimType)
            return context.usage(CliTr::tr("--new-claim needs H or CD"));
    }

    auto opened = context.openClaimBook();
    if (!opened)
        return context.fail(opened.error());
    ClaimBook& book = opened.value();
    DocumentImporter importer(book);
    if (!parser.isSet(noRead)) {
        ReadOptions read;
        read.languages = parser.value(lang);
        importer.setReading(read);
    }
    auto report
        = importer.importFiles(files, target, qEnvironmentVariable("USER", QStringLiteral("cli")));
    if (!report)
        return context.fail(report.error());

    QJsonArray items;
    for (const ImportReport::Item& item : report->items) {
        QJsonObject o { { QStringLiteral("file"), item.file },
            { QStringLiteral("stored"), item.stored },
            { QStringLiteral("duplicate"), item.duplicate } };
        if (item.error.isEmpty()) {
            o.insert(QStringLiteral("document_id"), item.document.id);
            o.insert(QStringLiteral("sha256"), item.document.sha256);
            o.insert(QStringLiteral("mime_type"), item.document.mimeType);
            o.insert(QStringLiteral("category"), item.document.category);
            o.insert(QStringLiteral("fields"), ClaimJson::fields(item.fields));
            if (!item.readError.isEmpty())
                o.insert(QStringLiteral("read_error"), item.readError);
            if (!item.notices.isEmpty())
                o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(item.notices));
            if (item.resumed)
                o.insert(QStringLiteral("resumed"), true);
        } else {
            o.insert(QStringLiteral("error"), item.error);
        }
        items.append(o);
    }
    QJsonObject result { { QStringLiteral("claim_id"),
                             report->claimId.isEmpty() ? QJsonValue()
                                                       : QJsonValue(report->claimId) },
        { QStringLiteral("documents"), items }, { QStringLiteral("stored"), report->storedCount() },
        { QStringLiteral("duplicates"), report->duplicateCount() },
        { QStringLiteral("failed"), report->failedCount() },
        { QStringLiteral("claim_updated"), report->claimUpdated } };
    // The claim as it stands now, with its decision: its details may have
    // followed the documents read, and it was decided again if they did.
    if (!report->claimId.isEmpty()) {
        if (auto decided = book.find(report->claimId); decided) {
            result.insert(QStringLiteral("claim"), ClaimJson::listEntry(decided->claim));
            if (decided->decision)
                result.insert(QStringLiteral("decision"),
                    ClaimJson::decision(*decided->decision, book.engine().rules()));
        }
    }
    context.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    context.out().flush();
    if (!report->claimError.isEmpty())
        context.err() << "claimdesk-cli: " << report->claimError << Qt::endl;
    for (const ImportReport::Item& item : report->items) {
        if (!item.error.isEmpty())
            context.err() << "claimdesk-cli: " << item.error << Qt::endl;
        else if (item.readFailed())
            context.err() << "claimdesk-cli: "
                          << CliTr::tr("%1 is stored but could not be read: %2")
                                 .arg(item.file, item.readError)
                          << Qt::endl;
        else if (item.duplicate)
            context.err() << "claimdesk-cli: "
                          << CliTr::tr("%1 is already on claim %2 (same content)")
                                 .arg(item.file, report->claimId)
                          << Qt::endl;
    }
    return report->failedCount() > 0 ? InputFailed : Ok;
}

} // namespace ClaimDesk::Cli
