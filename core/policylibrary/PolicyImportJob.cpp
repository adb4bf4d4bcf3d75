#include "PolicyImportJob.h"

namespace ClaimDesk {

PolicyImportJob::PolicyImportJob(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_work([this](const Result<PolicyLibrary::Imported>& r) {
        if (r)
            Q_EMIT finished(*r);
        else
            Q_EMIT failed(r.error());
    })
{ }

void PolicyImportJob::start(const QString& path, const QString& name)
{
    m_work.start(m_location,
        [this, embeddings = m_embeddings, path, name](
            const Database& db, const std::atomic_bool& cancel) {
            const auto provider = embeddings ? embeddings() : nullptr;
            PolicyLibrary library(db);
            library.setEmbeddingProvider(provider.get());
            return library.importFile(path, name, &cancel, [this](int done, int pages) {
                QMetaObject::invokeMethod(
                    this, [this, done, pages] { Q_EMIT progressChanged(done, pages); });
            });
        });
}

} // namespace ClaimDesk
