#include "ClaimExportJob.h"

#include "export/ExportTr.h"
#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ClaimDesk {

ClaimExportJob::ClaimExportJob(QObject* parent)
    : QObject(parent)
    , m_work([this](const Result<qint64>& r) {
        if (r)
            qCInfo(lcSystem).noquote() << QStringLiteral("CSV export: %1 claim(s) written").arg(*r);
        else
            qCWarning(lcSystem).noquote() << QStringLiteral("CSV export failed: %1").arg(r.error());
        Q_EMIT finished(r.ok(), r.ok() ? *r : 0, r.ok() ? QString() : r.error());
    })
{ }

bool ClaimExportJob::start(const DatabaseLocation& location, CsvFormat format,
    const ClaimQuery& query, const QString& path)
{
    return m_work.start(
        location, [this, format, query, path](const Database& db, const std::atomic_bool& cancel) {
            using R = Result<qint64>;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return R::failure(ExportTr::tr("cannot write %1: %2")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()));
            const ClaimCsvExport exporter(db, format, query);
            const auto written = exporter.write(
                &file,
                [this](qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { Q_EMIT progress(done, total); },
                        Qt::QueuedConnection);
                },
                &cancel);
            if (!written)
                return written; // the QSaveFile is discarded: the old file stays
            if (!file.commit())
                return R::failure(ExportTr::tr("cannot write %1: %2")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()));
            return written;
        });
}

} // namespace ClaimDesk
