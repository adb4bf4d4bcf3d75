#include "LlmClient.h"

#include "llm/ApiFormat.h"
#include "llm/LlmCall.h"

#include <QNetworkAccessManager>

namespace ClaimDesk {

LlmClient::LlmClient(ProviderConfig config, QString apiKey, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_apiKey(std::move(apiKey))
    , m_format(ApiFormat::create(m_config.kind))
    , m_network(new QNetworkAccessManager(this))
    , m_clock(systemClock())
    , m_breaker(m_config.breakerThreshold, m_config.breakerCooldownMs, m_clock)
    , m_retry(m_config.backoffBaseMs, m_config.backoffMaxMs)
{
    qRegisterMetaType<LlmOutcome>();
    qRegisterMetaType<LlmRequest>();
}

LlmClient::~LlmClient() = default;

bool LlmClient::isConfigured() const
{
    return !m_config.isOffline() && m_config.problem().isEmpty();
}

LlmCall* LlmClient::send(LlmRequest request)
{
    auto* call = new LlmCall(this, std::move(request));
    QMetaObject::invokeMethod(call, &LlmCall::start, Qt::QueuedConnection);
    return call;
}

void LlmClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_breaker = CircuitBreaker(m_config.breakerThreshold, m_config.breakerCooldownMs, m_clock);
}

} // namespace ClaimDesk
