#include "InterruptedImportsJob.h"

namespace ClaimDesk {

InterruptedImportsJob::InterruptedImportsJob(QObject* parent)
    : QObject(parent)
    , m_work([this](const Result<QList<ImportReport>>& r) {
        if (r)
            Q_EMIT finished(*r);
        else
            Q_EMIT failed(r.error());
    })
{ }

void InterruptedImportsJob::start(const DatabaseLocation& location, const DecisionEngine& engine,
    const QString& actor, const QDateTime& now)
{
    const QDateTime storedBefore = now.addSecs(-60 * SettledMinutes);
    m_work.start(location,
        [engine, actor, storedBefore](const Database& db, const std::atomic_bool& cancel) {
            ClaimBook book(db, engine);
            DocumentImporter importer(book);
            importer.setReading(ReadOptions {});
            return importer.finishInterrupted(storedBefore, actor, &cancel);
        });
}

} // namespace ClaimDesk
