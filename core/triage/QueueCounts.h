#pragma once

#include "domain/ClaimQuery.h"
#include "storage/Database.h"
#include "storage/LatestDatabaseRead.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>

namespace ClaimDesk {

// The counts shown beside the queue's filters. Each facet is counted with the
// other filters applied but not its own, so "Pending (1,204)" says how many
// claims choosing Pending would show. Keys are the enums' values as ints.
struct QueueCounts
{
    qint64 total = 0; // claims the query itself matches
    QHash<int, qint64> byStatus;
    QHash<int, qint64> byType;
    QHash<int, qint64> byRisk;
    QHash<int, qint64> byDecision; // -1: not decided yet

    static Result<QueueCounts> read(const Database& db, const ClaimQuery& query);
};

// Counts a query on the thread pool with its own connection, so the queue of a
// million claims answers its filter at once and the counts follow. A request
// while one runs is queued behind it; only the latest query is answered.
class QueueCountsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueCountsJob)

public:
    explicit QueueCountsJob(DatabaseLocation location, QObject* parent = nullptr);

    void request(const ClaimQuery& query);

Q_SIGNALS:
    void ready(const ClaimDesk::QueueCounts& counts);
    void failed(const QString& message);

private:
    LatestDatabaseRead<ClaimQuery, QueueCounts> m_read;
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::QueueCounts)
