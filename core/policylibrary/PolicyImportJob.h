#pragma once

#include "policy/EmbeddingProvider.h"
#include "policylibrary/PolicyLibrary.h"
#include "storage/CancellableDatabaseWork.h"

#include <QObject>

namespace ClaimDesk {

// Imports one policy document on the thread pool with its own database
// connection: a scanned PDF is read by OCR page by page, which takes seconds a
// page, so the window stays responsive, shows the pages done and can cancel
// (nothing is stored then). Results come back by signal on the owner's thread.
class PolicyImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyImportJob)

public:
    explicit PolicyImportJob(DatabaseLocation location, QObject* parent = nullptr);

    // Ignored while an import runs. An empty name takes the file's.
    void start(const QString& path, const QString& name = {});
    void cancel() { m_work.cancel(); }
    bool isRunning() const { return m_work.isRunning(); }
    // Imported clauses get embeddings, from the next import on.
    void setEmbeddingFactory(EmbeddingFactory factory) { m_embeddings = std::move(factory); }

Q_SIGNALS:
    void progressChanged(int pagesDone, int pages);
    void finished(const ClaimDesk::PolicyLibrary::Imported& imported);
    void failed(const QString& message);

private:
    DatabaseLocation m_location;
    EmbeddingFactory m_embeddings;
    CancellableDatabaseWork<PolicyLibrary::Imported> m_work;
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::PolicyLibrary::Imported)
