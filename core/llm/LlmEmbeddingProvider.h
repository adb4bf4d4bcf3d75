#pragma once

#include "llm/LlmTypes.h"
#include "llm/ProviderConfig.h"
#include "policy/EmbeddingProvider.h"

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ClaimDesk {

// Embeddings from the configured provider's /embeddings endpoint (OpenAI and
// the OpenAI-compatible servers, or an Azure embedding deployment), for the
// policy library. Blocking, as EmbeddingProvider is: it runs its own event loop,
// so use it on a worker thread (policy imports and reviews are). Texts go in
// batches; 408, 429, 5xx and network errors are tried again with backoff up to
// the configured attempts, within the total timeout. A reply with the wrong
// count or differing lengths is refused. Every check embeds its query, so the
// connection is kept for the provider's life (on the thread that uses it).
class LlmEmbeddingProvider final : public EmbeddingProvider
{
public:
    static constexpr int BatchSize = 64;
    // Told of every request the provider made (one per batch, retries included),
    // as LlmOperation::Embedding, for the cost ledger. Called on the provider's
    // thread.
    using CallRecorder = std::function<void(const LlmRequest&, const LlmOutcome&)>;

    LlmEmbeddingProvider(ProviderConfig config, QString apiKey, CallRecorder recorder = {});
    ~LlmEmbeddingProvider() override;

    QString model() const override { return m_config.embeddingModel; }
    Result<QList<QVector<float>>> embed(const QStringList& texts) override;

private:
    Result<QList<QVector<float>>> embedBatch(const QStringList& texts);

    ProviderConfig m_config;
    QString m_apiKey;
    CallRecorder m_recorder;
    std::unique_ptr<QNetworkAccessManager> m_network; // made on first use, on that thread
};

} // namespace ClaimDesk
