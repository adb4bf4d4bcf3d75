#pragma once

#include "decision/DecisionAgent.h"
#include "llm/LlmTypes.h"

#include <QJsonObject>
#include <QPointer>

namespace ClaimDesk {

class LlmCall;
class LlmClient;

// Agent mode (seed 002) on the configured model: the claim goes through the
// bronze (validate, quality), silver (coverage) and gold (risk, final decision)
// prompts in turn, each answer checked against its schema and handed to the next
// layer as data. The gold answer becomes the opinion. Any failure gives an
// opinion with an error and no decision: the rule decision stands, the claim
// is never blocked.
class LlmDecisionAgent final : public DecisionAgent
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmDecisionAgent)

public:
    static constexpr const char* PromptVersion = "agent-v1";

    explicit LlmDecisionAgent(LlmClient* client, QObject* parent = nullptr);

    bool isAvailable() const override;
    // One claim at a time; a new request cancels the one in flight.
    void requestOpinion(const QString& claimId, const QString& claimJson) override;

    // The three layers' answer schemas.
    static QJsonObject bronzeSchema();
    static QJsonObject silverSchema();
    static QJsonObject goldSchema();

private:
    enum class Layer
    {
        Bronze,
        Silver,
        Gold
    };
    struct LayerPrompt;
    static const LayerPrompt& prompt(Layer layer);
    void ask(Layer layer);
    void answered(Layer layer, const LlmOutcome& outcome);
    // An opinion naming the model and prompt version, to be filled in.
    AgentOpinion opinion() const;
    void give(AgentOpinion opinion);

    QPointer<LlmClient> m_client;
    QPointer<LlmCall> m_call;
    QString m_claimId;
    QString m_claimJson;
    QJsonObject m_bronze;
    QJsonObject m_silver;
    QString m_model;
};

} // namespace ClaimDesk
