#include "ManagerFiguresJob.h"

#include <QtConcurrent>

namespace ClaimDesk {

ManagerFiguresJob::ManagerFiguresJob(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
{
    connect(&m_watcher, &QFutureWatcher<Result<ManagerFigures>>::finished, this, [this] {
        if (m_next) {
            const FigureFilter next = *m_next;
            m_next.reset();
            start(next);
            return;
        }
        const Result<ManagerFigures> r = m_watcher.result();
        if (r)
            Q_EMIT ready(*r);
        else
            Q_EMIT failed(r.error());
    });
}

ManagerFiguresJob::~ManagerFiguresJob()
{
    m_watcher.waitForFinished();
}

void ManagerFiguresJob::request(const FigureFilter& filter)
{
    if (m_watcher.isRunning())
        m_next = filter;
    else
        start(filter);
}

void ManagerFiguresJob::start(const FigureFilter& filter)
{
    m_watcher.setFuture(
        QtConcurrent::run([location = m_location, filter]() -> Result<ManagerFigures> {
            auto db = Database::open(location);
            if (!db)
                return Result<ManagerFigures>::failure(db.error());
            return ManagerFigures::compute(*db, filter);
        }));
}

} // namespace ClaimDesk
