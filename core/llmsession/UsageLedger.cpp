#include "UsageLedger.h"

#include "llm/LlmClient.h"
#include "llm/LlmLog.h"
#include "storage/DatabaseWorker.h"

namespace ClaimDesk {

UsageLedger::UsageLedger(Database db, PriceTable prices, Clock clock, QObject* parent)
    : QObject(parent)
    , m_repository(std::in_place, std::move(db))
    , m_prices(std::move(prices))
    , m_clock(std::move(clock))
{ }

UsageLedger::UsageLedger(DatabaseLocation location, PriceTable prices, Clock clock, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<DatabaseWorker>(std::move(location)))
    , m_prices(std::move(prices))
    , m_clock(std::move(clock))
{ }

UsageLedger::~UsageLedger() = default;

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
    auto noted = [this, u](const Result<qint64>& id) {
        if (!id) {
            qCWarning(lcLlm).noquote() << "the cost ledger could not record a call:" << id.error();
            return;
        }
        Q_EMIT recorded(u);
    };
    if (m_repository) {
        noted(m_repository->record(u));
        return;
    }
    m_worker->submitOnBook<Result<qint64>>(
        this, [u](const Database& db) { return LlmUsageRepository(db).record(u); }, noted);
}

} // namespace ClaimDesk
