#include "ProviderConfig.h"

#include "llm/LlmTr.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrlQuery>

namespace ClaimDesk {

namespace {

QUrl withPath(QUrl base, const QString& path)
{
    QString p = base.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    base.setPath(p + path);
    return base;
}

// An OpenAI endpoint under the base URL, the public API without one.
QUrl openAiUrl(const QUrl& baseUrl, const QString& operation)
{
    return withPath(
        baseUrl.isEmpty() ? QUrl(QStringLiteral("https://api.openai.com/v1")) : baseUrl, operation);
}

// An Azure OpenAI deployment's endpoint, with the api-version it speaks.
QUrl azureUrl(const QUrl& baseUrl, const QString& deployment, const QString& operation,
    const QString& apiVersion)
{
    QUrl url = withPath(baseUrl, QStringLiteral("/openai/deployments/") + deployment + operation);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), apiVersion);
    url.setQuery(query);
    return url;
}

} // namespace

QString providerCode(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Offline:
        return QStringLiteral("offline");
    case ProviderKind::OpenAi:
        return QStringLiteral("openai");
    case ProviderKind::Azure:
        return QStringLiteral("azure");
    case ProviderKind::Anthropic:
        return QStringLiteral("anthropic");
    }
    return QStringLiteral("offline");
}

ProviderKind providerFromCode(const QString& code, bool* ok)
{
    for (ProviderKind k : { ProviderKind::Offline, ProviderKind::OpenAi, ProviderKind::Azure,
             ProviderKind::Anthropic }) {
        if (providerCode(k) == code) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return ProviderKind::Offline;
}

QUrl ProviderConfig::chatUrl() const
{
    switch (kind) {
    case ProviderKind::Offline:
        return {};
    case ProviderKind::OpenAi:
        return openAiUrl(baseUrl, QStringLiteral("/chat/completions"));
    case ProviderKind::Azure:
        return azureUrl(baseUrl, model, QStringLiteral("/chat/completions"), apiVersion);
    case ProviderKind::Anthropic:
        return withPath(
            baseUrl.isEmpty() ? QUrl(QStringLiteral("https://api.anthropic.com")) : baseUrl,
            QStringLiteral("/v1/messages"));
    }
    return {};
}

bool ProviderConfig::offersEmbeddings() const
{
    return (kind == ProviderKind::OpenAi || kind == ProviderKind::Azure)
        && !embeddingModel.trimmed().isEmpty()
        && (kind != ProviderKind::Azure || !baseUrl.isEmpty());
}

QUrl ProviderConfig::embeddingsUrl() const
{
    if (!offersEmbeddings())
        return {};
    return kind == ProviderKind::OpenAi
        ? openAiUrl(baseUrl, QStringLiteral("/embeddings"))
        : azureUrl(baseUrl, embeddingModel, QStringLiteral("/embeddings"), apiVersion);
}

QString ProviderConfig::label() const
{
    return isOffline() ? providerCode(kind) : providerCode(kind) + u' ' + model;
}

QString ProviderConfig::problem() const
{
    if (isOffline())
        return {};
    if (model.trimmed().isEmpty())
        return kind == ProviderKind::Azure ? LlmTr::tr("no Azure deployment name is set")
                                           : LlmTr::tr("no model name is set");
    if (kind == ProviderKind::Azure && baseUrl.isEmpty())
        return LlmTr::tr("Azure OpenAI needs the resource URL (https://NAME.openai.azure.com)");
    if (!baseUrl.isEmpty() && (!baseUrl.isValid() || baseUrl.host().isEmpty()))
        return LlmTr::tr("the model server URL %1 is not valid").arg(baseUrl.toString());
    return {};
}

ProviderConfig ProviderConfig::load(QSettings& s)
{
    ProviderConfig c;
    s.beginGroup(QStringLiteral("llm"));
    c.kind = providerFromCode(s.value(QStringLiteral("provider")).toString());
    c.baseUrl = QUrl(s.value(QStringLiteral("url")).toString());
    c.model = s.value(QStringLiteral("model")).toString();
    c.apiVersion = s.value(QStringLiteral("apiVersion"), c.apiVersion).toString();
    c.embeddingModel = s.value(QStringLiteral("embeddingModel")).toString();
    auto number = [&](const char* key, int& target, int min, int max) {
        bool ok = false;
        const int v = s.value(QLatin1String(key)).toInt(&ok);
        if (ok && v >= min && v <= max)
            target = v;
    };
    number("connectTimeoutMs", c.connectTimeoutMs, 100, 600'000);
    number("readTimeoutMs", c.readTimeoutMs, 100, 3'600'000);
    number("totalTimeoutMs", c.totalTimeoutMs, 100, 3'600'000);
    number("maxAttempts", c.maxAttempts, 1, 20);
    number("backoffBaseMs", c.backoffBaseMs, 1, 600'000);
    number("backoffMaxMs", c.backoffMaxMs, 1, 3'600'000);
    number("breakerThreshold", c.breakerThreshold, 1, 1000);
    number("breakerCooldownMs", c.breakerCooldownMs, 100, 3'600'000);
    s.endGroup();
    return c;
}

void ProviderConfig::save(QSettings& s) const
{
    s.beginGroup(QStringLiteral("llm"));
    s.setValue(QStringLiteral("provider"), providerCode(kind));
    s.setValue(QStringLiteral("url"), baseUrl.toString());
    s.setValue(QStringLiteral("model"), model);
    s.setValue(QStringLiteral("apiVersion"), apiVersion);
    s.setValue(QStringLiteral("embeddingModel"), embeddingModel);
    s.setValue(QStringLiteral("connectTimeoutMs"), connectTimeoutMs);
    s.setValue(QStringLiteral("readTimeoutMs"), readTimeoutMs);
    s.setValue(QStringLiteral("totalTimeoutMs"), totalTimeoutMs);
    s.setValue(QStringLiteral("maxAttempts"), maxAttempts);
    s.setValue(QStringLiteral("backoffBaseMs"), backoffBaseMs);
    s.setValue(QStringLiteral("backoffMaxMs"), backoffMaxMs);
    s.setValue(QStringLiteral("breakerThreshold"), breakerThreshold);
    s.setValue(QStringLiteral("breakerCooldownMs"), breakerCooldownMs);
    s.endGroup();
}

} // namespace ClaimDesk
