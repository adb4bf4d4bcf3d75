#pragma once

#include "decision/DecisionEngine.h"
#include "intake/DocumentImporter.h"
#include "storage/CancellableDatabaseWork.h"

#include <QObject>

namespace ClaimDesk {

// Runs a DocumentImporter on the thread pool with its own database connection,
// so a drop of many large files never blocks the window. Progress and the
// result come back as signals on the owner's thread.
class DocumentImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentImportJob)

public:
    explicit DocumentImportJob(QObject* parent = nullptr);

    void start(const DatabaseLocation& location, const DecisionEngine& engine,
        const QStringList& files, const ImportTarget& target, const QString& actor);
    void cancel() { m_work.cancel(); }
    bool isRunning() const { return m_work.isRunning(); }

Q_SIGNALS:
    void progressChanged(int done, int total, const QString& file);
    void finished(const ClaimDesk::ImportReport& report);
    void failed(const QString& message);

private:
    CancellableDatabaseWork<ImportReport> m_work;
};

} // namespace ClaimDesk
