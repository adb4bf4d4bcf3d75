#include "PolicyImportJob.h"

#include <QtConcurrent>

namespace ClaimDesk {

PolicyImportJob::PolicyImportJob(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
{
    connect(&m_watcher, &QFutureWatcher<Result<PolicyLibrary::Imported>>::finished, this, [this] {
        const Result<PolicyLibrary::Imported> r = m_watcher.result();
        if (r)
            Q_EMIT finished(*r);
        else
            Q_EMIT failed(r.error());
    });
}

PolicyImportJob::~PolicyImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void PolicyImportJob::start(const QString& path, const QString& name)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this, location = m_location, embeddings = m_embeddings,
                                              path, name]() -> Result<PolicyLibrary::Imported> {
        auto db = Database::open(location);
        if (!db)
            return Result<PolicyLibrary::Imported>::failure(db.error());
        const auto provider = embeddings ? embeddings() : nullptr;
        PolicyLibrary library(*db);
        library.setEmbeddingProvider(provider.get());
        return library.importFile(path, name, &m_cancel, [this](int done, int pages) {
            QMetaObject::invokeMethod(
                this, [this, done, pages] { Q_EMIT progressChanged(done, pages); });
        });
    }));
}

void PolicyImportJob::cancel()
{
    m_cancel = true;
}

bool PolicyImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace ClaimDesk
