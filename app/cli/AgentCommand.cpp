#include "AgentCommand.h"

#include "CliTr.h"
#include "WaitForAnswer.h"
#include "claims/ModelOpinions.h"
#include "llm/LlmDecisionAgent.h"
#include "report/ClaimJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimDesk::Cli {

namespace { } // namespace

QString AgentCommand::summary() const
{
    return CliTr::tr("ask the model for its decision on a claim (recorded beside the rules')");
}

int AgentCommand::run(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ID"), CliTr::tr("The claim ID."));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print JSON."));
    parser.addOption(json);
    if (int code = parse(parser, args, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliTr::tr("agent needs exactly one claim ID"));

    auto opened = context.openClaim(parser.positionalArguments().first());
    if (!opened)
        return context.fail(opened.error());
    ClaimBook& book = opened->book;
    const Claim& claim = opened->found.claim;
    const std::optional<StoredDecision>& decision = opened->found.decision;

    const auto client = context.llmClient();
    if (!client->isConfigured())
        return context.fail(CliTr::tr("agent mode needs a model: configure one in the settings or "
                                      "pass --llm-provider"));
    const auto ledger = context.ledgerFor(client.get(), book.database());
    // The model sees the claim as the rules did, without the claimant's identity.
    const QJsonObject record = ClaimJson::claimWithoutIdentity(claim);

    LlmDecisionAgent agent(client.get());
    const AgentOpinion opinion = waitForAnswer(&agent, &DecisionAgent::opinionReady, [&] {
        agent.requestOpinion(
            claim.id, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented)));
    });

    auto stored = ModelOpinions(book.database()).record(claim.id, opinion);
    if (!stored)
        return context.fail(stored.error());

    const QString ruleDecision
        = decision ? finalDecisionCode(decision->result.finalDecision) : QString();
    if (parser.isSet(json)) {
        QJsonObject o { { QStringLiteral("claim_id"), claim.id },
            { QStringLiteral("opinion_id"), stored.value() },
            { QStringLiteral("model"), opinion.model },
            { QStringLiteral("prompt_version"), opinion.promptVersion },
            { QStringLiteral("agent_decision"),
                opinion.decision ? QJsonValue(finalDecisionCode(*opinion.decision))
                                 : QJsonValue() },
            { QStringLiteral("confidence"),
                opinion.confidence ? QJsonValue(*opinion.confidence) : QJsonValue() },
            { QStringLiteral("reasoning"), opinion.reasoning },
            { QStringLiteral("rule_decision"), ruleDecision } };
        if (!opinion.error.isEmpty())
            o.insert(QStringLiteral("error"), opinion.error);
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (opinion.decision) {
        context.out() << CliTr::tr("%1: the model says %2 (confidence %3); the rules say %4.\n%5")
                             .arg(claim.id, finalDecisionCode(*opinion.decision))
                             .arg(opinion.confidence.value_or(0), 0, 'f', 2)
                             .arg(ruleDecision, opinion.reasoning)
                      << Qt::endl;
    }
    context.out().flush();
    if (!opinion.decision)
        return context.fail(CliTr::tr("no opinion from the model: %1").arg(opinion.error));
    return Ok;
}

} // namespace ClaimDesk::Cli
