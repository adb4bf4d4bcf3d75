#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace ClaimDesk {

// Which API a provider speaks.
enum class ProviderKind
{
    Offline, // no model: templates and rules only (the default)
    OpenAi, // OpenAI-compatible chat completions: OpenAI, Ollama, llama.cpp, vLLM, ...
    Azure, // Azure OpenAI: a deployment and an api-version
    Anthropic // Anthropic Messages
};
QString providerCode(ProviderKind kind); // "offline", "openai", "azure", "anthropic"
// Unknown codes give Offline and set *ok to false.
ProviderKind providerFromCode(const QString& code, bool* ok = nullptr);

// Everything about the configured model except its key (that lives in the
// keychain, see ApiKeyStore). Stored in QSettings under "llm/".
struct ProviderConfig
{
    ProviderKind kind = ProviderKind::Offline;
    QUrl baseUrl; // empty = the provider's public endpoint
    QString model; // Azure: the deployment name
    QString apiVersion = QStringLiteral("2024-10-21"); // Azure only
    // The embedding model (Azure: its deployment) the policy library ranks
    // clauses with; empty: BM25 alone. Anthropic offers none.
    QString embeddingModel;

    int connectTimeoutMs = 10'000; // until the request is on the wire
    int readTimeoutMs = 60'000; // longest silence while waiting for or reading the answer
    int totalTimeoutMs = 120'000; // whole call, retries included
    int maxAttempts = 4; // first try plus retries
    int backoffBaseMs = 500; // first retry waits about this long, doubling after
    int backoffMaxMs = 20'000;
    int breakerThreshold = 5; // consecutive failures that open the circuit
    int breakerCooldownMs = 30'000; // open this long before one probe is let through

    bool isOffline() const { return kind == ProviderKind::Offline; }
    // The endpoint a chat request goes to.
    QUrl chatUrl() const;
    // Whether the provider and settings give embeddings, and where they are asked.
    bool offersEmbeddings() const;
    QUrl embeddingsUrl() const;
    // A short description for logs and the settings dialog ("anthropic claude-x").
    QString label() const;
    // Empty when usable; otherwise what is missing (a model name, a URL for Azure).
    QString problem() const;

    static ProviderConfig load(QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace ClaimDesk
