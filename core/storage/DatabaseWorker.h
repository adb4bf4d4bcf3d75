#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace ClaimDesk {

// Work on the book for a front end (its edits, its queue's pages), run one piece
// after another on a worker thread of its own, in the order asked (an undo
// follows the edit it takes back; a page follows the count it belongs to), on one
// connection that lives on that thread. Each answer is delivered on
// the thread of the context object given with it, and dropped when that object is
// gone. Owned on the UI thread; destroying it waits for the work already asked.
// A book that cannot be opened is handed to each piece as that failure.
class DatabaseWorker final
{
public:
    explicit DatabaseWorker(DatabaseLocation location);
    ~DatabaseWorker();
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

    template<typename Answer>
    void submit(QObject* context, std::function<Answer(const Result<Database>&)> work,
        std::function<void(const Answer&)> deliver)
    {
        run([this, context = QPointer<QObject>(context), work = std::move(work),
                deliver = std::move(deliver)] {
            Answer answer = work(connection());
            if (context)
                QMetaObject::invokeMethod(
                    context, [deliver, answer] { deliver(answer); }, Qt::QueuedConnection);
        });
    }

    // Work asked and not yet answered (for a busy indicator and tests).
    int pending() const { return m_pending.loadAcquire(); }

private:
    void run(std::function<void()> task);
    // The worker's connection, opened on first use (on the worker thread only).
    const Result<Database>& connection();

    DatabaseLocation m_location;
    QThreadPool m_pool;
    std::optional<Result<Database>> m_connection; // worker thread only
    QAtomicInt m_pending;
};

} // namespace ClaimDesk
