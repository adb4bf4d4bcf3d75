#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <functional>
#include <optional>

namespace ClaimDesk {

// A read of the database on the thread pool, each run on its own connection, for
// an owner on the UI thread that only wants the answer to its latest request: a
// request made while one runs waits behind it (replacing any other waiting one),
// and only the latest request's answer is delivered, on the owner's thread. The
// owner turns the answer into its signals. The read must be safe to call from
// any thread (a free function or a lambda that captures nothing shared).
template<typename Request, typename Answer>
class LatestDatabaseRead final
{
public:
    using Read = std::function<Result<Answer>(const Database&, const Request&)>;
    using Deliver = std::function<void(const Result<Answer>&)>;

    LatestDatabaseRead(DatabaseLocation location, Read read, Deliver deliver)
        : m_location(std::move(location))
        , m_read(std::move(read))
        , m_deliver(std::move(deliver))
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, [this] { finished(); });
    }
    ~LatestDatabaseRead() { m_watcher.waitForFinished(); }
    Q_DISABLE_COPY_MOVE(LatestDatabaseRead)

    void request(Request request)
    {
        if (m_watcher.isRunning())
            m_next = std::move(request);
        else
            start(std::move(request));
    }
    bool isRunning() const { return m_watcher.isRunning(); }

private:
    void finished()
    {
        if (m_next) { // a newer request came meanwhile: this answer is stale
            Request next = std::move(*m_next);
            m_next.reset();
            start(std::move(next));
            return;
        }
        m_deliver(m_watcher.result());
    }

    void start(Request request)
    {
        m_watcher.setFuture(
            QtConcurrent::run([location = m_location, read = m_read,
                                  request = std::move(request)]() -> Result<Answer> {
                auto db = Database::open(location);
                if (!db)
                    return Result<Answer>::failure(db.errorDetail());
                return read(*db, request);
            }));
    }

    DatabaseLocation m_location;
    Read m_read;
    Deliver m_deliver;
    QFutureWatcher<Result<Answer>> m_watcher;
    std::optional<Request> m_next;
};

} // namespace ClaimDesk
