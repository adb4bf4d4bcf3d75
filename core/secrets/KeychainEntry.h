#pragma once

#include <QObject>
#include <QString>

namespace ClaimDesk {

// One secret in the system keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store, through QtKeychain), named by a service and a key:
// a model provider's API key, a team login's password. Never written anywhere
// else: QtKeychain's insecure plain-file fallback is off.
//
// Asynchronous on the thread it lives in (the keychain answers over D-Bus):
// read(), write() and remove() answer once each by signal. The *Now() forms
// wait in a local event loop at most `timeoutMs`, for a front end that cannot
// go on without the answer (a command line, opening a book). A job that has not
// answered in time goes on (QtKeychain runs one job at a time, so a locked
// keyring's unlock prompt holds up the next): a read counts as nothing found, a
// write or removal says it has not answered yet.
class KeychainEntry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainEntry)

public:
    // Why no secret came back, for the person to act on.
    enum class Problem
    {
        None,
        NotFound, // nothing stored under this key
        NoSessionBus, // no D-Bus session (headless machines, CI): no keychain can run
        NoService, // a session, but no keychain service on it
        Denied, // the keychain refused (locked, the user said no)
        Failed, // anything else; the detail is in the message
    };
    struct Answer
    {
        QString secret; // empty unless found
        Problem problem = Problem::None;
        QString message; // translated, empty when found; for NoSessionBus the caller adds where
                         // else to look
    };

    KeychainEntry(QString service, QString key, QObject* parent = nullptr);

    void read();
    void write(const QString& secret);
    void remove(); // removing what is not there succeeds

    static Answer readNow(const QString& service, const QString& key, int timeoutMs = 3000);
    // Empty on success, else why not.
    static QString writeNow(
        const QString& service, const QString& key, const QString& secret, int timeoutMs = 30000);
    static QString removeNow(const QString& service, const QString& key, int timeoutMs = 30000);

Q_SIGNALS:
    void readDone(const ClaimDesk::KeychainEntry::Answer& answer);
    // Empty on success.
    void writeDone(const QString& problem);

private:
    QString m_service;
    QString m_key;
};

} // namespace ClaimDesk
