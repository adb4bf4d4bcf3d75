#pragma once

#include "policy/PolicyReasoner.h"

#include <QPointer>

namespace ClaimDesk {

class LlmCall;
class LlmClient;

// The policy review's model part on the configured model: one structured call
// with seed 003's clinical-audit rules and its diagnosis-aware alternatives. The
// claim's diagnosis, items and notes go in as data; the answer is validated
// against the schema and then kept only where it speaks of the claim
// (PolicyReasoning::fromAnswer). Any failure answers with the error: the
// offline checks stand.
class LlmPolicyReasoner final : public PolicyReasoner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmPolicyReasoner)

public:
    static constexpr const char* PromptVersion = "policy-v1";

    explicit LlmPolicyReasoner(LlmClient* client, QObject* parent = nullptr);

    bool isAvailable() const override;
    void requestReasoning(const QString& claimId, const QString& diagnosis,
        const QList<LineItemCheck>& checks, const QString& treatmentNotes) override;

    static QJsonObject answerSchema();

private:
    QPointer<LlmClient> m_client;
    QPointer<LlmCall> m_call;
};

} // namespace ClaimDesk
