#pragma once

#include "export/ClaimCsvExport.h"
#include "storage/CancellableDatabaseWork.h"

#include <QObject>

namespace ClaimDesk {

// Writes a CSV export on the thread pool with its own connection, reporting
// progress by signal. The file is replaced only when the export completes
// (QSaveFile): a cancel or a failure leaves whatever was there before.
class ClaimExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimExportJob)

public:
    explicit ClaimExportJob(QObject* parent = nullptr);

    // False if an export is already running.
    bool start(const DatabaseLocation& location, CsvFormat format, const ClaimQuery& query,
        const QString& path);
    void cancel() { m_work.cancel(); }
    bool isRunning() const { return m_work.isRunning(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok: the file is written with `claims` rows; otherwise message says why.
    void finished(bool ok, qint64 claims, const QString& message);

private:
    CancellableDatabaseWork<qint64> m_work;
};

} // namespace ClaimDesk
