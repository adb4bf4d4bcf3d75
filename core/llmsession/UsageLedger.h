#pragma once

#include "llm/LlmTypes.h"
#include "llm/PriceTable.h"
#include "storage/LlmUsageRepository.h"
#include "util/Clock.h"

#include <QObject>
#include <memory>
#include <optional>

namespace ClaimDesk {

class DatabaseWorker;
class LlmClient;

// Writes a ledger row for every call a client finishes: operation, claim,
// model, prompt version, tokens, latency, cost from the price table, outcome.
// A ledger write that fails is logged and never fails the call. Made on a
// connection, it writes on the caller's thread (the command line, a worker); made
// on a location, on a worker of its own (the desktop, whose UI thread runs no
// query), and `recorded` follows each write.
class UsageLedger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageLedger)

public:
    UsageLedger(
        Database db, PriceTable prices, Clock clock = systemClock(), QObject* parent = nullptr);
    UsageLedger(DatabaseLocation location, PriceTable prices, Clock clock = systemClock(),
        QObject* parent = nullptr);
    ~UsageLedger() override;

    void watch(LlmClient* client);
    void record(const LlmRequest& request, const LlmOutcome& outcome);

    const PriceTable& prices() const { return m_prices; }

Q_SIGNALS:
    void recorded(const ClaimDesk::LlmUsage& usage);

private:
    std::optional<LlmUsageRepository> m_repository; // or:
    std::unique_ptr<DatabaseWorker> m_worker;
    PriceTable m_prices;
    Clock m_clock;
};

} // namespace ClaimDesk
