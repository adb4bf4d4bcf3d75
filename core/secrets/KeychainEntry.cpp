#include "KeychainEntry.h"

#include "secrets/SecretsTr.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ClaimDesk {

namespace {

// Whether a D-Bus session bus could be reached, which the keychains of Linux
// desktops (Secret Service, KWallet) need. Without one, QtKeychain only says
// "Cannot autolaunch D-Bus" or "Could not connect"; a headless machine is
// better told that there is no keychain.
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

KeychainEntry::Answer answerOf(const QKeychain::Job* job, QString secret)
{
    using P = KeychainEntry::Problem;
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound
        && !sessionBusReachable())
        return { {}, P::NoSessionBus,
            SecretsTr::tr(
                "no keychain service is running (there is no D-Bus session, as on headless "
                "machines)") };
    switch (job->error()) {
    case QKeychain::NoError:
        return { std::move(secret), P::None, {} };
    case QKeychain::EntryNotFound:
        return { {}, P::NotFound, SecretsTr::tr("nothing is stored in the keychain") };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return { {}, P::NoService, SecretsTr::tr("no keychain service is running") };
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return { {}, P::Denied, SecretsTr::tr("the keychain refused access") };
    default:
        return { {}, P::Failed, SecretsTr::tr("the keychain failed: %1").arg(job->errorString()) };
    }
}

// A job on the entry that never falls back to a plain settings file. It has no
// parent and deletes itself when it finishes: the keychain backends (libsecret)
// call back into the job after an asynchronous D-Bus exchange, so a job deleted
// with its entry while that runs would be used after being freed. The entry's
// connections use it as context and go with it.
template<typename Job>
Job* keychainJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

// Runs `start` and waits for `done` to be emitted by `entry`, at most `timeoutMs`.
template<typename Signal, typename Slot>
bool waitFor(
    KeychainEntry& entry, Signal done, Slot take, int timeoutMs, const std::function<void()>& start)
{
    QEventLoop loop;
    bool answered = false;
    QObject::connect(&entry, done, &loop, [&](const auto& answer) {
        take(answer);
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start();
    if (!answered)
        loop.exec();
    return answered;
}

} // namespace

KeychainEntry::KeychainEntry(QString service, QString key, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_key(std::move(key))
{ }

void KeychainEntry::read()
{
    auto* job = keychainJob<QKeychain::ReadPasswordJob>(m_service, m_key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* j) {
        Q_EMIT readDone(answerOf(j, static_cast<QKeychain::ReadPasswordJob*>(j)->textData()));
    });
    job->start();
}

void KeychainEntry::write(const QString& secret)
{
    auto* job = keychainJob<QKeychain::WritePasswordJob>(m_service, m_key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
        [this](QKeychain::Job* j) { Q_EMIT writeDone(answerOf(j, {}).message); });
    job->start();
}

void KeychainEntry::remove()
{
    auto* job = keychainJob<QKeychain::DeletePasswordJob>(m_service, m_key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* j) {
        Q_EMIT writeDone(
            j->error() == QKeychain::EntryNotFound ? QString() : answerOf(j, {}).message);
    });
    job->start();
}

KeychainEntry::Answer KeychainEntry::readNow(
    const QString& service, const QString& key, int timeoutMs)
{
    KeychainEntry entry(service, key);
    Answer answer;
    if (!waitFor(
            entry, &KeychainEntry::readDone, [&](const Answer& a) { answer = a; }, timeoutMs,
            [&] { entry.read(); }))
        return { {}, Problem::NoService, SecretsTr::tr("the keychain did not answer") };
    return answer;
}

QString KeychainEntry::writeNow(
    const QString& service, const QString& key, const QString& secret, int timeoutMs)
{
    KeychainEntry entry(service, key);
    QString problem = SecretsTr::tr("the keychain has not answered yet (it may still keep it)");
    waitFor(
        entry, &KeychainEntry::writeDone, [&](const QString& p) { problem = p; }, timeoutMs,
        [&] { entry.write(secret); });
    return problem;
}

QString KeychainEntry::removeNow(const QString& service, const QString& key, int timeoutMs)
{
    KeychainEntry entry(service, key);
    QString problem = SecretsTr::tr("the keychain has not answered yet (it may still remove it)");
    waitFor(
        entry, &KeychainEntry::writeDone, [&](const QString& p) { problem = p; }, timeoutMs,
        [&] { entry.remove(); });
    return problem;
}

} // namespace ClaimDesk
