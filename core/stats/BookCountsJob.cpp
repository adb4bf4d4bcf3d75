#include "BookCountsJob.h"

#include <QtConcurrent>

namespace ClaimDesk {

BookCountsJob::BookCountsJob(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
{
    connect(&m_watcher, &QFutureWatcher<Result<BookCounts>>::finished, this, [this] {
        const Result<BookCounts> r = m_watcher.result();
        if (m_again) {
            m_again = false;
            start();
            return;
        }
        if (r)
            Q_EMIT ready(*r);
        else
            Q_EMIT failed(r.error());
    });
}

BookCountsJob::~BookCountsJob()
{
    m_watcher.waitForFinished();
}

void BookCountsJob::request()
{
    if (m_watcher.isRunning())
        m_again = true;
    else
        start();
}

void BookCountsJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([location = m_location]() -> Result<BookCounts> {
        auto db = Database::open(location);
        if (!db)
            return Result<BookCounts>::failure(db.error());
        return BookCounts::read(*db);
    }));
}

} // namespace ClaimDesk
