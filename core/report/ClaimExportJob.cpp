#include "ClaimExportJob.h"

#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QtConcurrent>

/* TRANSLATOR ClaimDesk::ClaimExportJob */
namespace ClaimDesk {

ClaimExportJob::ClaimExportJob(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this] {
        const Result<qint64> r = m_watcher.result();
        if (r)
            qCInfo(lcSystem).noquote() << QStringLiteral("CSV export: %1 claim(s) written").arg(*r);
        else
            qCWarning(lcSystem).noquote() << QStringLiteral("CSV export failed: %1").arg(r.error());
        Q_EMIT finished(r.ok(), r.ok() ? *r : 0, r.ok() ? QString() : r.error());
    });
}

ClaimExportJob::~ClaimExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ClaimExportJob::cancel()
{
    m_cancel = true;
}

bool ClaimExportJob::start(const DatabaseLocation& location, CsvFormat format,
    const ClaimQuery& query, const QString& path)
{
    if (m_watcher.isRunning())
        return false;
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this, location, format, query, path]() {
        using R = Result<qint64>;
        auto db = Database::open(location);
        if (!db)
            return R::failure(db.error());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return R::failure(
                QCoreApplication::translate("ClaimDesk::ClaimExportJob", "cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        const ClaimCsvExport exporter(*db, format, query);
        const auto written = exporter.write(
            &file,
            [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progress(done, total); },
                    Qt::QueuedConnection);
            },
            &m_cancel);
        if (!written)
            return written; // the QSaveFile is discarded: the old file stays
        if (!file.commit())
            return R::failure(
                QCoreApplication::translate("ClaimDesk::ClaimExportJob", "cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        return written;
    }));
    return true;
}

} // namespace ClaimDesk
