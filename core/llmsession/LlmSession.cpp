#include "LlmSession.h"

#include "llm/ApiKeyStore.h"
#include "llm/LlmClient.h"
#include "llm/LlmEmbeddingProvider.h"
#include "llm/LlmLog.h"
#include "llmsession/UsageLedger.h"

#include <QSettings>

namespace ClaimDesk {

LlmSession::LlmSession(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
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
    return [config = m_config, key = m_key, location = m_location,
               prices = PriceTable::load(QSettings())]() -> std::unique_ptr<EmbeddingProvider> {
        return std::make_unique<LlmEmbeddingProvider>(
            config, key, embeddingLedger(location, prices));
    };
}

LlmEmbeddingProvider::CallRecorder LlmSession::embeddingLedger(
    const DatabaseLocation& location, const PriceTable& prices)
{
    // The provider runs on a policy job's worker thread, where a database
    // connection must be opened: the ledger is made there on the first call.
    struct Ledger
    {
        std::unique_ptr<UsageLedger> ledger;
        bool unavailable = false;
    };
    auto state = std::make_shared<Ledger>();
    return [state, location, prices](const LlmRequest& request, const LlmOutcome& outcome) {
        if (!state->ledger && !state->unavailable) {
            auto db = Database::open(location);
            if (!db) {
                state->unavailable = true;
                qCWarning(lcLlm).noquote()
                    << "the cost ledger could not record embeddings:" << db.error();
                return;
            }
            state->ledger = std::make_unique<UsageLedger>(*db, prices);
        }
        if (state->ledger)
            state->ledger->record(request, outcome);
    };
}

void LlmSession::useKey(const QString& key)
{
    m_key = key;
    delete m_client;
    delete m_ledger;
    m_client = new LlmClient(m_config, key, this);
    m_ledger = new UsageLedger(m_location, PriceTable::load(QSettings()), systemClock(), this);
    m_ledger->watch(m_client);
    Q_EMIT changed();
}

} // namespace ClaimDesk
