#include "SummarizeCommand.h"

#include "decision/ClaimBook.h"
#include "decision/ClaimSummarizer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

/* TRANSLATOR ClaimDesk::Cli::SummarizeCommand */
namespace ClaimDesk::Cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ClaimDesk::Cli::SummarizeCommand", s);
}

} // namespace

QString SummarizeCommand::summary() const
{
    return tr("a 3-4 sentence summary of a claim (model, or factual fallback)");
}

int SummarizeCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The claim ID."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(tr("summarize needs exactly one claim ID"));

    auto opened = context.openClaimBook();
    if (!opened)
        return context.fail(opened.error());
    ClaimBook& book = opened.value();
    auto claim = book.claims().find(positional.first());
    if (!claim)
        return context.fail(claim.error());
    auto decision = book.decisions().current(claim->id);
    if (!decision)
        return context.fail(decision.error());

    // The offline provider is the only one so far: the factual summary is the answer.
    const ClaimSummary s = ClaimSummarizer(book.engine().rules()).fallback(*claim, *decision);
    if (parser.isSet(json)) {
        const QJsonObject o { { QStringLiteral("claim_id"), claim->id },
            { QStringLiteral("summary"), s.text }, { QStringLiteral("source"), s.source },
            { QStringLiteral("tokens_in"), s.tokensIn },
            { QStringLiteral("tokens_out"), s.tokensOut } };
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        context.out() << s.text << Qt::endl;
    }
    context.out().flush();
    return Ok;
}

} // namespace ClaimDesk::Cli
