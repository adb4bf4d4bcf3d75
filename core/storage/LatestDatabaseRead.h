#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <atomic>
#include <functional>
#include <memory>
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
    ~LatestDatabaseRead()
    {
        // Waiting runs a read not yet started on this thread (Qt takes it back from
        // the pool): told it is abandoned, it returns at once without opening the book.
        *m_abandoned = true;
        m_watcher.waitForFinished();
    }
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
            QtConcurrent::run([location = m_location, read = m_read, abandoned = m_abandoned,
                                  request = std::move(request)]() -> Result<Answer> {
                if (*abandoned)
                    return Result<Answer>::failure(QString());
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
    std::shared_ptr<std::atomic_bool> m_abandoned = std::make_shared<std::atomic_bool>(false);
};

} // namespace ClaimDesk
