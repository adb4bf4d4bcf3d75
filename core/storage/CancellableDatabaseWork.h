#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <atomic>
#include <functional>

namespace ClaimDesk {

// One long piece of work on the database (an import, an export, a re-score) on
// the thread pool with its own connection, for an owner on the UI thread that
// shows its progress and lets the user cancel it. One at a time: start() refuses
// while it runs. The answer is delivered on the owner's thread; the owner turns
// it into its signals (and reports progress itself, by queued calls from the
// work). Destroying it cancels the work and waits for it.
template<typename Answer>
class CancellableDatabaseWork final
{
public:
    using Work = std::function<Result<Answer>(const Database&, const std::atomic_bool& cancel)>;
    using Deliver = std::function<void(const Result<Answer>&)>;

    explicit CancellableDatabaseWork(Deliver deliver)
        : m_deliver(std::move(deliver))
    {
        QObject::connect(
            &m_watcher, &QFutureWatcherBase::finished, [this] { m_deliver(m_watcher.result()); });
    }
    ~CancellableDatabaseWork()
    {
        // Waiting runs work not yet started on this thread (Qt takes it back from
        // the pool): abandoned, it returns at once without opening the book.
        m_abandoned = true;
        cancel();
        m_watcher.waitForFinished();
    }
    Q_DISABLE_COPY_MOVE(CancellableDatabaseWork)

    // False, and nothing started, while earlier work still runs.
    bool start(DatabaseLocation location, Work work)
    {
        if (isRunning())
            return false;
        m_cancel = false;
        m_watcher.setFuture(QtConcurrent::run(
            [this, location = std::move(location), work = std::move(work)]() -> Result<Answer> {
                if (m_abandoned) // run by the destructor's wait: nobody wants the answer
                    return Result<Answer>::failure(QString());
                auto db = Database::open(location);
                if (!db)
                    return Result<Answer>::failure(db.errorDetail());
                return work(*db, m_cancel);
            }));
        return true;
    }
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel.load(); }
    bool isRunning() const { return m_watcher.isRunning(); }

private:
    Deliver m_deliver;
    QFutureWatcher<Result<Answer>> m_watcher;
    std::atomic_bool m_cancel { false };
    std::atomic_bool m_abandoned { false };
};

} // namespace ClaimDesk
