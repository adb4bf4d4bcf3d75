#pragma once

#include "logging/LogEntry.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QList>
#include <QMap>

namespace ClaimDesk {

// The application log as stored (table app_log): written in batches by
// AppLogSink, searched and summarised by the Admin pane, pruned by age and size.
class AppLogRepository final
{
public:
    explicit AppLogRepository(Database db);

    Status append(const QList<LogEntry>& entries);
    Result<QList<LogEntry>> search(const LogSearch& search) const;
    Result<LogStats> stats(const QDateTime& now) const;
    // Drops lines older than maxAgeDays, then the oldest beyond maxEntries.
    // Returns how many were dropped.
    Result<qint64> prune(const QDateTime& now, int maxAgeDays, qint64 maxEntries);
    Status clear();

private:
    Database m_db;
};

} // namespace ClaimDesk
