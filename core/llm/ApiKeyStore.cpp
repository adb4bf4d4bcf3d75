#include "ApiKeyStore.h"

#include "llm/LlmTr.h"
#include "secrets/KeychainEntry.h"

#include <QCoreApplication>

namespace ClaimDesk {

namespace {

const QString Service = QStringLiteral("ClaimDesk LLM");

// The keychain's answer in a model key's words: where else a key may come from.
QString problemOf(const KeychainEntry::Answer& answer)
{
    switch (answer.problem) {
    case KeychainEntry::Problem::None:
        return {};
    case KeychainEntry::Problem::NotFound:
        return LlmTr::tr("no key is stored in the keychain");
    case KeychainEntry::Problem::NoSessionBus:
        return LlmTr::tr("%1; set %2 instead")
            .arg(answer.message, QStringLiteral("CLAIMDESK_LLM_API_KEY"));
    default:
        return answer.message;
    }
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject* parent)
    : QObject(parent)
{ }

QString ApiKeyStore::environmentKey()
{
    return qEnvironmentVariable("CLAIMDESK_LLM_API_KEY").trimmed();
}

void ApiKeyStore::read(ProviderKind provider)
{
    auto* entry = new KeychainEntry(Service, providerCode(provider), this);
    connect(entry, &KeychainEntry::readDone, this,
        [this, entry, provider](const KeychainEntry::Answer& answer) {
            entry->deleteLater();
            if (!answer.secret.isEmpty())
                Q_EMIT keyRead(provider, answer.secret, Source::Keychain, {});
            else if (const QString env = environmentKey(); !env.isEmpty())
                Q_EMIT keyRead(provider, env, Source::Environment, problemOf(answer));
            else
                Q_EMIT keyRead(provider, {}, Source::None, problemOf(answer));
        });
    entry->read();
}

void ApiKeyStore::write(ProviderKind provider, const QString& key)
{
    auto* entry = new KeychainEntry(Service, providerCode(provider), this);
    connect(entry, &KeychainEntry::writeDone, this, [this, entry, provider](const QString& p) {
        entry->deleteLater();
        Q_EMIT written(provider, p);
    });
    entry->write(key);
}

void ApiKeyStore::remove(ProviderKind provider)
{
    auto* entry = new KeychainEntry(Service, providerCode(provider), this);
    connect(entry, &KeychainEntry::writeDone, this, [this, entry, provider](const QString& p) {
        entry->deleteLater();
        Q_EMIT written(provider, p);
    });
    entry->remove();
}

QString ApiKeyStore::readNow(ProviderKind provider, Source* source, int timeoutMs)
{
    const auto answer = KeychainEntry::readNow(Service, providerCode(provider), timeoutMs);
    QString key = answer.secret;
    Source from = Source::Keychain;
    if (key.isEmpty()) {
        key = environmentKey();
        from = key.isEmpty() ? Source::None : Source::Environment;
    }
    if (source)
        *source = from;
    return key;
}

} // namespace ClaimDesk
