#include "SummarizeCommand.h"

#include "CliTr.h"
#include "WaitForAnswer.h"
#include "claims/ClaimBook.h"
#include "decision/ClaimSummarizer.h"
#include "i18n/Translations.h"
#include "llm/LlmSummarizer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimDesk::Cli {

namespace { } // namespace

QString SummarizeCommand::summary() const
{
    return CliTr::tr("a 3-4 sentence summary of a claim (model, or factual fallback)");
}

int SummarizeCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The claim ID."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
    parser.addOption(json);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(CliTr::tr("summarize needs exactly one claim ID"));

    auto opened = context.openClaim(positional.first());
    if (!opened)
        return context.fail(opened.error());
    ClaimBook& book = opened->book;
    const Claim& claim = opened->found.claim;

    // The model's summary when one is configured; the factual one otherwise, or
    // when the model fails within its bounded time.
    const auto client = context.llmClient();
    const auto ledger = context.ledgerFor(client.get(), book.database());
    LlmSummarizer summarizer(client.get(), book.engine().rules());
    const ClaimSummary s = waitForAnswer(&summarizer, &LlmSummarizer::summaryReady,
        [&] { summarizer.summarize(claim, opened->found.decision, Translations::current()); });
    if (!s.modelError.isEmpty())
        context.err() << CliTr::tr("claimdesk-cli: the model's summary was not used (%1); "
                                   "the factual summary follows")
                             .arg(s.modelError)
                      << Qt::endl;
    if (parser.isSet(json)) {
        QJsonObject o { { QStringLiteral("claim_id"), claim.id },
            { QStringLiteral("summary"), s.text }, { QStringLiteral("source"), s.source },
            { QStringLiteral("tokens_in"), s.tokensIn },
            { QStringLiteral("tokens_out"), s.tokensOut } };
        if (!s.modelError.isEmpty())
            o.insert(QStringLiteral("model_error"), s.modelError);
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        context.out() << s.text << Qt::endl;
    }
    context.out().flush();
    return Ok;
}

} // namespace ClaimDesk::Cli
