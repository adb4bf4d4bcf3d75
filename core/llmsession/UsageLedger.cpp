#include "UsageLedger.h"

#include "llm/LlmClient.h"
#include "llm/LlmLog.h"

namespace ClaimDesk {

UsageLedger::UsageLedger(Database db, PriceTable prices, Clock clock, QObject* parent)
    : QObject(parent)
    , m_repository(std::move(db))
    , m_prices(std::move(prices))
    , m_clock(std::move(clock))
{ }

void UsageLedger::watch(LlmClient* client)
{
    connect(client, &LlmClient::callFinished, this, &UsageLedger::record);
}

void UsageLedger::record(const LlmRequest& request, const LlmOutcome& outcome)
{
    if (outcome.failure == LlmFailure::Offline)
        return; // nothing was called
    LlmUsage u;
    u.at = m_clock();
    u.operation = operationCode(request.operation);
    u.claimId = request.claimId;
    u.model = outcome.model;
    u.promptVersion = request.promptVersion;
    u.tokensIn = outcome.tokensIn;
    u.tokensOut = outcome.tokensOut;
    u.costMicros = m_prices.costMicros(outcome.model, outcome.tokensIn, outcome.tokensOut);
    u.latencyMs = outcome.latencyMs;
    u.outcome = failureCode(outcome.failure);
    if (auto id = m_repository.record(u); !id) {
        qCWarning(lcLlm).noquote() << "the cost ledger could not record a call:" << id.error();
        return;
    }
    Q_EMIT recorded(u);
}

} // namespace ClaimDesk
