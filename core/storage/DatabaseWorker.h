#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <optional>

namespace ClaimDesk {

// Work on the book for a front end (its edits, its queue's pages), run one piece
// after another on a worker thread of its own, in the order asked (an undo
// follows the edit it takes back; a page follows the count it belongs to), on one
// connection that lives on that thread. Each answer is delivered on the UI thread
// to `deliver`, unless the context object given with it is gone by then. Owned on
// the UI thread. A book that cannot be opened is handed to each piece as that
// failure.
//
// Destroying it waits for the piece that runs. What is still queued then is run
// too when the worker writes (an edit asked is an edit made), and skipped when it
// only reads (nobody is left to show the answer).
class DatabaseWorker final
{
public:
    enum class Kind
    {
        Writes,
        ReadsOnly
    };
    explicit DatabaseWorker(DatabaseLocation location, Kind kind = Kind::Writes);
    ~DatabaseWorker();
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

    template<typename Answer>
    void submit(QObject* context, std::function<Answer(const Result<Database>&)> work,
        std::function<void(const Answer&)> deliver)
    {
        run([this, context = QPointer<QObject>(context), work = std::move(work),
                deliver = std::move(deliver)] {
            Answer answer = work(connection());
            // Posted to an object of this worker's, so the context is looked at on
            // the UI thread, where it is deleted, and never after the worker is gone.
            QMetaObject::invokeMethod(
                &m_receiver,
                [context, deliver, answer] {
                    if (context)
                        deliver(answer);
                },
                Qt::QueuedConnection);
        });
    }

    // The same for work that needs the book open: a book that cannot be opened
    // answers Answer::failure with the reason, and `work` is not called.
    template<typename Answer>
    void submitOnBook(QObject* context, std::function<Answer(const Database&)> work,
        std::function<void(const Answer&)> deliver)
    {
        submit<Answer>(
            context,
            [work = std::move(work)](const Result<Database>& db) -> Answer {
                return db ? work(*db) : Answer::failure(db.errorDetail());
            },
            std::move(deliver));
    }

private:
    void run(std::function<void()> task);
    // The worker's connection, opened on first use (on the worker thread only).
    const Result<Database>& connection();

    DatabaseLocation m_location;
    Kind m_kind;
    QObject m_receiver; // UI thread; answers are posted to it
    QThreadPool m_pool;
    std::optional<Result<Database>> m_connection; // worker thread only
    std::atomic_bool m_closing { false };
};

} // namespace ClaimDesk
