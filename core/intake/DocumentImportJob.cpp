#include "DocumentImportJob.h"

#include <QtConcurrent>

namespace ClaimDesk {

DocumentImportJob::DocumentImportJob(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<ImportReport>>::finished, this, [this] {
        const Result<ImportReport> r = m_watcher.result();
        if (r)
            Q_EMIT finished(*r);
        else
            Q_EMIT failed(r.error());
    });
}

DocumentImportJob::~DocumentImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void DocumentImportJob::start(const DatabaseLocation& location, const DecisionEngine& engine,
    const QStringList& files, const ImportTarget& target, const QString& actor)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_watcher.setFuture(
        QtConcurrent::run([this, location, engine, files, target, actor]() -> Result<ImportReport> {
            auto db = Database::open(location);
            if (!db)
                return Result<ImportReport>::failure(db.error());
            ClaimBook book(*db, engine);
            DocumentImporter importer(book);
            importer.setReading(ReadOptions {}); // read each document as it is stored
            return importer.importFiles(
                files, target, actor, &m_cancel, [this](int done, int total, const QString& file) {
                    QMetaObject::invokeMethod(this,
                        [this, done, total, file] { Q_EMIT progressChanged(done, total, file); });
                });
        }));
}

void DocumentImportJob::cancel()
{
    m_cancel = true;
}

bool DocumentImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace ClaimDesk
