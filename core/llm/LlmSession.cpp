#include "LlmSession.h"

#include "llm/ApiKeyStore.h"
#include "llm/LlmClient.h"
#include "llm/LlmEmbeddingProvider.h"
#include "llm/UsageLedger.h"

#include <QSettings>

namespace ClaimDesk {

LlmSession::LlmSession(Database db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_keys(new ApiKeyStore(this))
{
    connect(m_keys, &ApiKeyStore::keyRead, this,
        [this](ProviderKind kind, const QString& key, ApiKeyStore::Source, const QString&) {
            // A late answer for a provider no longer configured is dropped.
            if (kind == m_config.kind)
                useKey(key);
        });
    reload();
}

LlmSession::~LlmSession() = default;

void LlmSession::reload()
{
    QSettings settings;
    m_config = ProviderConfig::load(settings);
    delete m_client;
    delete m_ledger;
    m_ledger = nullptr;
    if (m_config.isOffline()) {
        Q_EMIT changed();
        return;
    }
    m_keys->read(m_config.kind);
}

EmbeddingFactory LlmSession::embeddingFactory() const
{
    if (!m_client || !m_config.offersEmbeddings())
        return {};
    return [config = m_config, key = m_key]() -> std::unique_ptr<EmbeddingProvider> {
        return std::make_unique<LlmEmbeddingProvider>(config, key);
    };
}

void LlmSession::useKey(const QString& key)
{
    m_key = key;
    delete m_client;
    delete m_ledger;
    m_client = new LlmClient(m_config, key, this);
    m_ledger = new UsageLedger(m_db, PriceTable::load(QSettings()), systemClock(), this);
    m_ledger->watch(m_client);
    Q_EMIT changed();
}

} // namespace ClaimDesk
