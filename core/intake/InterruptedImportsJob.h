#pragma once

#include "decision/DecisionEngine.h"
#include "intake/DocumentImporter.h"
#include "storage/CancellableDatabaseWork.h"

#include <QObject>

namespace ClaimDesk {

// Finishes, on the thread pool with its own connection, the imports that a
// crash, a kill or a power cut left with documents stored but never read
// (DocumentImporter::finishInterrupted), for the desktop at start-up. A claim
// with a document stored in the last ten minutes is left alone: it may be an
// import still running. The result comes back as a signal on the owner's thread.
class InterruptedImportsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptedImportsJob)

public:
    static constexpr int SettledMinutes = 10;

    explicit InterruptedImportsJob(QObject* parent = nullptr);

    void start(const DatabaseLocation& location, const DecisionEngine& engine, const QString& actor,
        const QDateTime& now);
    void cancel() { m_work.cancel(); }
    bool isRunning() const { return m_work.isRunning(); }

Q_SIGNALS:
    // One report per claim that had documents waiting (none: nothing was waiting).
    void finished(const QList<ClaimDesk::ImportReport>& reports);
    void failed(const QString& message);

private:
    CancellableDatabaseWork<QList<ImportReport>> m_work;
};

} // namespace ClaimDesk
