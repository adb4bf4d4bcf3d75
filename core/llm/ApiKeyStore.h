#pragma once

#include "llm/ProviderConfig.h"

#include <QObject>
#include <QString>

namespace ClaimDesk {

// Where a provider's API key lives: the system keychain (Secret Service,
// KWallet, macOS Keychain, Windows Credential Store, through QtKeychain), one
// entry per provider. Where no keychain service runs (headless machines, CI)
// the key comes from the CLAIMDESK_LLM_API_KEY environment variable instead.
// A key is never written anywhere else: QtKeychain's insecure QSettings
// fallback is off.
class ApiKeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    enum class Source
    {
        None,
        Keychain,
        Environment
    };

    explicit ApiKeyStore(QObject* parent = nullptr);

    static QString environmentKey(); // CLAIMDESK_LLM_API_KEY, or empty

    // Asynchronous; answers with keyRead. `keychainProblem` says why the keychain
    // gave nothing (no service running, no entry) for the settings dialog.
    void read(ProviderKind provider);
    void write(ProviderKind provider, const QString& key);
    void remove(ProviderKind provider);

    // For command-line tools: waits (event loop) at most `timeoutMs` for the keychain.
    static QString readNow(ProviderKind provider, Source* source = nullptr, int timeoutMs = 3000);

Q_SIGNALS:
    void keyRead(ClaimDesk::ProviderKind provider, const QString& key,
        ClaimDesk::ApiKeyStore::Source source, const QString& keychainProblem);
    // Empty error on success.
    void written(ClaimDesk::ProviderKind provider, const QString& error);
};

} // namespace ClaimDesk
