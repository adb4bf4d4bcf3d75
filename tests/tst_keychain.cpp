// API keys in the system keychain, for real: ctest runs this once inside a
// private D-Bus session with gnome-keyring's Secret Service (with-keyring.sh,
// CLAIMDESK_TEST_KEYRING=1), where a key makes the round trip; and once with
// no session bus at all, where writing fails with a message that says so and
// reading falls back to CLAIMDESK_LLM_API_KEY.
#include "llm/ApiKeyStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClaimDesk;

class TestKeychain : public QObject
{
    Q_OBJECT

    struct Read
    {
        QString key;
        ApiKeyStore::Source source = ApiKeyStore::Source::None;
        QString problem;
    };

    static Read read(ApiKeyStore& store, ProviderKind provider)
    {
        QSignalSpy spy(&store, &ApiKeyStore::keyRead);
        store.read(provider);
        if (!spy.wait(20'000))
            return { {}, ApiKeyStore::Source::None, QStringLiteral("no answer") };
        return { spy.first().at(1).toString(), spy.first().at(2).value<ApiKeyStore::Source>(),
            spy.first().at(3).toString() };
    }

    // The error of a write (empty on success).
    static QString write(ApiKeyStore& store, ProviderKind provider, const QString& key)
    {
        QSignalSpy spy(&store, &ApiKeyStore::written);
        if (key.isNull())
            store.remove(provider);
        else
            store.write(provider, key);
        if (!spy.wait(20'000))
            return QStringLiteral("no answer");
        return spy.first().at(1).toString();
    }

    static bool withKeyring()
    {
        return qEnvironmentVariableIntValue("CLAIMDESK_TEST_KEYRING") == 1;
    }

private Q_SLOTS:
    void initTestCase() { qunsetenv("CLAIMDESK_LLM_API_KEY"); }

    void keyRoundTrip()
    {
        ApiKeyStore store;
        const QString secret
            = QStringLiteral("sk-round-trip-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString writeError = write(store, ProviderKind::Anthropic, secret);
        if (!withKeyring()) {
            // No session bus: the write says plainly that there is no keychain.
            QVERIFY2(
                writeError.contains(u"no keychain service is running"), qPrintable(writeError));
            const Read r = read(store, ProviderKind::Anthropic);
            QCOMPARE(r.source, ApiKeyStore::Source::None);
            QVERIFY(r.key.isEmpty());
            QVERIFY2(r.problem.contains(u"no keychain service is running"), qPrintable(r.problem));
            return;
        }
        QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
        Read r = read(store, ProviderKind::Anthropic);
        QCOMPARE(r.source, ApiKeyStore::Source::Keychain);
        QCOMPARE(r.key, secret);
        QVERIFY(r.problem.isEmpty());
        // One entry per provider.
        r = read(store, ProviderKind::OpenAi);
        QCOMPARE(r.source, ApiKeyStore::Source::None);
        QVERIFY2(r.problem.contains(u"no key is stored"), qPrintable(r.problem));
        // Blocking read for the command line, the same entry.
        ApiKeyStore::Source source = ApiKeyStore::Source::None;
        QCOMPARE(ApiKeyStore::readNow(ProviderKind::Anthropic, &source, 20'000), secret);
        QCOMPARE(source, ApiKeyStore::Source::Keychain);

        QVERIFY(write(store, ProviderKind::Anthropic, QString()).isEmpty()); // removed
        r = read(store, ProviderKind::Anthropic);
        QCOMPARE(r.source, ApiKeyStore::Source::None);
        QVERIFY(r.key.isEmpty());
    }

    // The variable is used when the keychain has nothing, whichever the reason,
    // and the reason is still told to the settings dialog.
    void environmentFallback()
    {
        qputenv("CLAIMDESK_LLM_API_KEY", " env-key-42 ");
        ApiKeyStore store;
        const Read r = read(store, ProviderKind::Azure);
        qunsetenv("CLAIMDESK_LLM_API_KEY");
        QCOMPARE(r.source, ApiKeyStore::Source::Environment);
        QCOMPARE(r.key, QStringLiteral("env-key-42"));
        QVERIFY2(r.problem.contains(withKeyring() ? u"no key is stored" : u"no keychain service"),
            qPrintable(r.problem));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
