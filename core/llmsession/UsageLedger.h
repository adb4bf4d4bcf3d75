#pragma once

#include "llm/LlmTypes.h"
#include "llm/PriceTable.h"
#include "storage/LlmUsageRepository.h"
#include "util/Clock.h"

#include <QObject>

namespace ClaimDesk {

class LlmClient;

// Writes a ledger row for every call a client finishes: operation, claim,
// model, prompt version, tokens, latency, cost from the price table, outcome.
// A ledger write that fails is logged and never fails the call.
class UsageLedger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageLedger)

public:
    UsageLedger(
        Database db, PriceTable prices, Clock clock = systemClock(), QObject* parent = nullptr);

    void watch(LlmClient* client);
    void record(const LlmRequest& request, const LlmOutcome& outcome);

    const PriceTable& prices() const { return m_prices; }

Q_SIGNALS:
    void recorded(const ClaimDesk::LlmUsage& usage);

private:
    LlmUsageRepository m_repository;
    PriceTable m_prices;
    Clock m_clock;
};

} // namespace ClaimDesk
