#pragma once

#include "decision/ClaimSummarizer.h"
#include "llm/LlmTypes.h"

#include <QObject>
#include <QPointer>

namespace ClaimDesk {

class LlmCall;
class LlmClient;

// The claim summary written by the configured model, with the factual summary
// (ClaimSummarizer) as the answer whenever there is no model, the model fails,
// times out, or answers something that is not a short summary. The model sees
// the claim's facts and its rule decision as data; the claimant's name and
// national ID are left out of the prompt.
class LlmSummarizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmSummarizer)

public:
    static constexpr const char* PromptVersion = "summary-v1";
    static constexpr int TimeoutMs = 30'000; // then the fallback

    // `client` may be null (offline).
    LlmSummarizer(LlmClient* client, RuleSet rules, QObject* parent = nullptr);

    // Asynchronous; always answers with summaryReady. `language` is "th" or "en".
    void summarize(
        const Claim& claim, const std::optional<StoredDecision>& decision, const QString& language);
    void cancel();

    // The request the model gets (public for tests: what goes in, and where).
    LlmRequest request(const Claim& claim, const std::optional<StoredDecision>& decision,
        const QString& language) const;

Q_SIGNALS:
    void textDelta(const QString& claimId, const QString& text);
    void streamRestarted(const QString& claimId);
    void summaryReady(const QString& claimId, const ClaimDesk::ClaimSummary& summary);

private:
    QPointer<LlmClient> m_client;
    RuleSet m_rules;
    QPointer<LlmCall> m_call;
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::ClaimSummary)
