#include "ClaimChangeFeed.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <memory>

namespace ClaimDesk {

namespace {

// On the feed's thread: holds the listening connection, and opens it again
// after a loss.
class Listener final : public QObject
{
public:
    Listener(DatabaseLocation location, ClaimChangeFeed* feed)
        : m_location(std::move(location))
        , m_feed(feed)
    { }

    void start()
    {
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &Listener::connectNow);
        m_check = new QTimer(this);
        connect(m_check, &QTimer::timeout, this, &Listener::checkAlive);
        connectNow();
    }

private:
    void connectNow()
    {
        m_db.reset();
        auto db = Database::open(m_location);
        if (!db
            || !db->connection().driver()->subscribeToNotification(ClaimChangeFeed::channel())) {
            lost(db ? db->connection().driver()->lastError().text() : db.error());
            return;
        }
        m_db = std::make_unique<Database>(*db);
        // The check below answers in seconds or counts as a loss.
        QSqlQuery(m_db->connection()).exec(QStringLiteral("SET statement_timeout = 5000"));
        connect(m_db->connection().driver(), &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                if (name == ClaimChangeFeed::channel())
                    announce(payload.toString());
            });
        m_check->start(5000); // a server gone quiet is noticed by asking it
        const bool back = std::exchange(m_wasLost, false);
        QMetaObject::invokeMethod(
            m_feed,
            [feed = m_feed, back] {
                Q_EMIT feed->listening();
                if (back)
                    Q_EMIT feed->serverBack();
            },
            Qt::QueuedConnection);
        m_pause = 1000;
    }

    void checkAlive()
    {
        if (!m_db)
            return;
        QSqlQuery q = m_db->query();
        if (!q.exec(QStringLiteral("SELECT 1")))
            lost(q.lastError().text());
    }

    void lost(const QString& why)
    {
        m_db.reset();
        m_check->stop();
        m_wasLost = true;
        QMetaObject::invokeMethod(
            m_feed, [feed = m_feed, why] { Q_EMIT feed->serverLost(why); }, Qt::QueuedConnection);
        m_retry->start(m_pause);
        m_pause = std::min(m_pause * 2, 30000);
    }

    // "LOGIN\nID ID ..." or "LOGIN\n*"
    void announce(const QString& payload)
    {
        const QString by = payload.section(u'\n', 0, 0);
        const QString ids = payload.section(u'\n', 1);
        const QStringList claims
            = ids == u"*" ? QStringList() : ids.split(u' ', Qt::SkipEmptyParts);
        QMetaObject::invokeMethod(
            m_feed, [feed = m_feed, claims, by] { Q_EMIT feed->claimsChanged(claims, by); },
            Qt::QueuedConnection);
    }

    DatabaseLocation m_location;
    ClaimChangeFeed* m_feed;
    std::unique_ptr<Database> m_db;
    QTimer* m_retry = nullptr;
    QTimer* m_check = nullptr;
    int m_pause = 1000;
    bool m_wasLost = false;
};

} // namespace

ClaimChangeFeed::ClaimChangeFeed(DatabaseLocation location, QObject* parent)
    : QObject(parent)
{
    if (!location.isPostgres())
        return; // a desk's own file: nobody else writes
    m_thread.setObjectName(QStringLiteral("claimdesk-changes"));
    auto* listener = new Listener(std::move(location), this);
    listener->moveToThread(&m_thread);
    m_listener = listener;
    connect(&m_thread, &QThread::finished, listener, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        listener, [listener] { listener->start(); }, Qt::QueuedConnection);
}

ClaimChangeFeed::~ClaimChangeFeed()
{
    if (!m_listener)
        return;
    m_thread.quit(); // the listener goes with its thread, closing its connection there
    m_thread.wait();
}

QString ClaimChangeFeed::channel()
{
    return QStringLiteral("claimdesk_claims");
}

} // namespace ClaimDesk
