#include "DocumentImportJob.h"

namespace ClaimDesk {

DocumentImportJob::DocumentImportJob(QObject* parent)
    : QObject(parent)
    , m_work([this](const Result<ImportReport>& r) {
        if (r)
            Q_EMIT finished(*r);
        else
            Q_EMIT failed(r.error());
    })
{ }

void DocumentImportJob::start(const DatabaseLocation& location, const DecisionEngine& engine,
    const QStringList& files, const ImportTarget& target, const QString& actor)
{
    m_work.start(location,
        [this, engine, files, target, actor](const Database& db, const std::atomic_bool& cancel) {
            ClaimBook book(db, engine);
            DocumentImporter importer(book);
            importer.setReading(ReadOptions {}); // read each document as it is stored
            return importer.importFiles(
                files, target, actor, &cancel, [this](int done, int total, const QString& file) {
                    QMetaObject::invokeMethod(this,
                        [this, done, total, file] { Q_EMIT progressChanged(done, total, file); });
                });
        });
}

} // namespace ClaimDesk
