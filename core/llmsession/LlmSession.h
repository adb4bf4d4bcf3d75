#pragma once

#include "domain/DatabaseLocation.h"
#include "llm/LlmClient.h"
#include "llm/LlmEmbeddingProvider.h"
#include "llm/PriceTable.h"
#include "llm/ProviderConfig.h"
#include "policy/EmbeddingProvider.h"

#include <QObject>
#include <QPointer>

namespace ClaimDesk {

class ApiKeyStore;
class UsageLedger;

// The desktop app's model: the provider from the settings, its key read from the
// keychain (or CLAIMDESK_LLM_API_KEY) without blocking, one client for every use,
// and the ledger recording each call. Offline (the default) there is no client,
// and every use answers with its offline result.
class LlmSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmSession)

public:
    explicit LlmSession(DatabaseLocation location, QObject* parent = nullptr);
    ~LlmSession() override;

    // Reads the settings again (after Settings > Model) and replaces the client.
    void reload();
    // Null while offline or until the key has been read.
    LlmClient* client() const { return m_client; }
    const ProviderConfig& config() const { return m_config; }
    // Embeddings for the policy library, when the provider gives them and the
    // key has been read; empty otherwise. Their calls go in the cost ledger too.
    EmbeddingFactory embeddingFactory() const;

    // What records an embedding provider's calls in the cost ledger of the
    // database at `location`, from whatever thread the provider runs on.
    static LlmEmbeddingProvider::CallRecorder embeddingLedger(
        const DatabaseLocation& location, const PriceTable& prices);

Q_SIGNALS:
    // The client appeared, went away or was replaced.
    void changed();

private:
    void useKey(const QString& key);

    DatabaseLocation m_location;
    ProviderConfig m_config;
    ApiKeyStore* m_keys = nullptr;
    QPointer<LlmClient> m_client;
    QString m_key; // for the embedding providers the policy jobs make
    UsageLedger* m_ledger = nullptr;
};

} // namespace ClaimDesk
