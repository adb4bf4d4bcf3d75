#include "BookMoveJob.h"

#include "BookImport.h"
#include "TeamAdministration.h"

namespace ClaimDesk {

BookMoveJob::BookMoveJob(QObject* parent)
    : QObject(parent)
    , m_work([this](const Result<QList<TableCopied>>& r) {
        if (r)
            Q_EMIT finished(*r);
        else if (m_stopped)
            Q_EMIT stopped();
        else
            Q_EMIT failed(r.error(), r.errorKind());
    })
{ }

void BookMoveJob::start(const DatabaseLocation& target, const QString& sqlitePath)
{
    if (isRunning())
        return;
    m_stopped = false;
    m_work.start(target,
        [this, sqlitePath](
            const Database& db, const std::atomic_bool& cancel) -> Result<QList<TableCopied>> {
            if (auto s = TeamAdministration(db).init(); !s)
                return Result<QList<TableCopied>>::failure(s.errorDetail());
            return BookImport::fromFile(db, sqlitePath, [this, &cancel](qint64 done, qint64 all) {
                QMetaObject::invokeMethod(
                    this, [this, done, all] { Q_EMIT progressChanged(done, all); });
                if (cancel.load())
                    m_stopped = true; // BookCopy stops here, and keeps nothing
                return !cancel.load();
            });
        });
}

} // namespace ClaimDesk
