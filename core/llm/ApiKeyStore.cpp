#include "ApiKeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ClaimDesk {

namespace {

const QString Service = QStringLiteral("ClaimDesk LLM");

// Whether a D-Bus session bus could be reached, which the keychains of Linux
// desktops (Secret Service, KWallet) need. Without one, QtKeychain only says
// "Cannot autolaunch D-Bus" or "Could not connect"; a headless machine is
// better told that there is no keychain and what to use instead.
bool sessionBusReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty()) { // the default: the bus socket in the user's runtime directory
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
    }
    for (const QString& entry : address.split(u';', Qt::SkipEmptyParts)) {
        if (!entry.startsWith(u"unix:path="))
            return true; // abstract sockets, tcp, ...: cannot be checked from here
        const QString path = entry.mid(10).section(u',', 0, 0);
        if (QFileInfo::exists(path))
            return true;
    }
    return false;
#else
    return true;
#endif
}

QString problemOf(const QKeychain::Job* job)
{
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound
        && !sessionBusReachable())
        return QCoreApplication::translate("ClaimDesk::ApiKeyStore",
            "no keychain service is running (there is no D-Bus session, as on headless "
            "machines); set CLAIMDESK_LLM_API_KEY instead");
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return QCoreApplication::translate(
            "ClaimDesk::ApiKeyStore", "no key is stored in the keychain");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate(
            "ClaimDesk::ApiKeyStore", "no keychain service is running");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("ClaimDesk::ApiKeyStore", "the keychain refused access");
    default:
        return QCoreApplication::translate("ClaimDesk::ApiKeyStore", "the keychain failed: %1")
            .arg(job->errorString());
    }
}

// A job on the provider's entry that never falls back to a plain settings file.
// It has no parent and deletes itself when it finishes: the keychain backends
// (libsecret) call back into the job after an asynchronous D-Bus exchange, so a
// job deleted with its store while that runs would be used after being freed.
// The store's connections use it as context and go with it.
template<typename Job>
Job* keychainJob(ProviderKind provider)
{
    auto* job = new Job(Service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(providerCode(provider));
    return job;
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
    auto* job = keychainJob<QKeychain::ReadPasswordJob>(provider);
    connect(job, &QKeychain::Job::finished, this, [this, provider](QKeychain::Job* j) {
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
        const QString key = read->error() == QKeychain::NoError ? read->textData() : QString();
        if (!key.isEmpty())
            Q_EMIT keyRead(provider, key, Source::Keychain, {});
        else if (const QString env = environmentKey(); !env.isEmpty())
            Q_EMIT keyRead(provider, env, Source::Environment, problemOf(j));
        else
            Q_EMIT keyRead(provider, {}, Source::None, problemOf(j));
    });
    job->start();
}

void ApiKeyStore::write(ProviderKind provider, const QString& key)
{
    auto* job = keychainJob<QKeychain::WritePasswordJob>(provider);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this,
        [this, provider](QKeychain::Job* j) { Q_EMIT written(provider, problemOf(j)); });
    job->start();
}

void ApiKeyStore::remove(ProviderKind provider)
{
    auto* job = keychainJob<QKeychain::DeletePasswordJob>(provider);
    connect(job, &QKeychain::Job::finished, this, [this, provider](QKeychain::Job* j) {
        Q_EMIT written(provider, j->error() == QKeychain::EntryNotFound ? QString() : problemOf(j));
    });
    job->start();
}

QString ApiKeyStore::readNow(ProviderKind provider, Source* source, int timeoutMs)
{
    ApiKeyStore store;
    QEventLoop loop;
    QString result;
    Source from = Source::None;
    bool answered = false;
    connect(&store, &ApiKeyStore::keyRead, &loop,
        [&](ProviderKind, const QString& key, Source s, const QString&) {
            result = key;
            from = s;
            answered = true;
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    store.read(provider);
    if (!answered)
        loop.exec();
    if (!answered) { // the keychain did not answer in time
        result = environmentKey();
        from = result.isEmpty() ? Source::None : Source::Environment;
    }
    if (source)
        *source = from;
    return result;
}

} // namespace ClaimDesk
