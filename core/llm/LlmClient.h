#pragma once

#include "llm/CircuitBreaker.h"
#include "llm/LlmTypes.h"
#include "llm/ProviderConfig.h"
#include "llm/RetryPolicy.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace ClaimDesk {

class ApiFormat;
class LlmCall;

// The configured model, behind one asynchronous API for every provider. Sends
// requests with connect, read and total timeouts; retries 408, 409, 429, 5xx
// and network errors with exponential backoff and jitter, honouring
// Retry-After; stops calling a failing server through a circuit breaker; checks
// structured answers against their schema. Lives on one thread (normally the
// UI's: it never blocks, everything comes back by signals).
class LlmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmClient)

public:
    explicit LlmClient(ProviderConfig config, QString apiKey = {}, QObject* parent = nullptr);
    ~LlmClient() override;

    const ProviderConfig& config() const { return m_config; }
    // A provider other than offline, with what it needs. Offline callers use
    // their templates and rules without asking.
    bool isConfigured() const;

    // Starts a call; watch the returned object's signals. Never null: a call that
    // cannot start (offline, no key, circuit open) finishes on the next event-loop turn.
    LlmCall* send(LlmRequest request);

    CircuitBreaker& breaker() { return m_breaker; }
    // Time source (Retry-After dates, the breaker), for tests.
    void setClock(Clock clock);

Q_SIGNALS:
    // Every call, when it ends (the ledger listens).
    void callFinished(const ClaimDesk::LlmRequest& request, const ClaimDesk::LlmOutcome& outcome);

private:
    friend class LlmCall;

    ProviderConfig m_config;
    QString m_apiKey;
    std::unique_ptr<ApiFormat> m_format;
    QNetworkAccessManager* m_network;
    Clock m_clock;
    CircuitBreaker m_breaker;
    RetryPolicy m_retry;
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::LlmRequest)
