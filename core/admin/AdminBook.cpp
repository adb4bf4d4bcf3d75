#include "admin/AdminBook.h"

#include "storage/AppLogRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/LlmUsageRepository.h"

namespace ClaimDesk {

namespace {

// Runs `read` on the worker's connection; a book that cannot be opened answers so.
template<typename Answer, typename Read>
void readOn(
    DatabaseWorker& worker, QObject* context, Read read, std::function<void(const Answer&)> done)
{
    worker.submit<Answer>(
        context,
        [read = std::move(read)](const Result<Database>& db) -> Answer {
            if (!db)
                return Answer::failure(db.errorDetail());
            return read(*db);
        },
        std::move(done));
}

// The end of today, local time: the ledger's ranges are half-open.
QDateTime endOfToday()
{
    return QDate::currentDate().addDays(1).startOfDay();
}

} // namespace

AdminBook::AdminBook(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_worker(std::make_unique<DatabaseWorker>(std::move(location)))
{ }

AdminBook::~AdminBook() = default;

Result<int> AdminBook::prepare(const DatabaseLocation& location)
{
    auto db = Database::open(location);
    if (!db)
        return Result<int>::failure(db.errorDetail());
    return db->schemaVersion();
}

void AdminBook::readSchemaVersion(QObject* context, std::function<void(const Result<int>&)> done)
{
    readOn<Result<int>>(
        *m_worker, context, [](const Database& db) { return Result<int>(db.schemaVersion()); },
        std::move(done));
}

void AdminBook::readLog(
    const LogSearch& search, QObject* context, std::function<void(const Result<LogReading>&)> done)
{
    readOn<Result<LogReading>>(
        *m_worker, context,
        [search](const Database& db) -> Result<LogReading> {
            const AppLogRepository log(db);
            auto stats = log.stats(QDateTime::currentDateTimeUtc());
            if (!stats)
                return Result<LogReading>::failure(stats.errorDetail());
            auto lines = log.search(search);
            if (!lines)
                return Result<LogReading>::failure(lines.errorDetail());
            return LogReading { *stats, *lines };
        },
        std::move(done));
}

void AdminBook::clearLog(QObject* context, std::function<void(const Status&)> done)
{
    readOn<Status>(
        *m_worker, context, [](const Database& db) { return AppLogRepository(db).clear(); },
        std::move(done));
}

void AdminBook::readUsage(QObject* context, std::function<void(const Result<UsageReading>&)> done)
{
    readOn<Result<UsageReading>>(
        *m_worker, context,
        [](const Database& db) -> Result<UsageReading> {
            const LlmUsageRepository ledger(db);
            const QDateTime end = endOfToday();
            const QDateTime today = QDate::currentDate().startOfDay();
            const QDateTime month = QDate::currentDate().addDays(-29).startOfDay();
            UsageReading reading;
            for (auto [from, into] :
                { std::pair(today, &reading.today), std::pair(month, &reading.lastThirtyDays),
                    std::pair(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), &reading.allTime) }) {
                auto totals = ledger.totals(from, end);
                if (!totals)
                    return Result<UsageReading>::failure(totals.errorDetail());
                *into = *totals;
            }
            auto byOperation = ledger.byOperation(month, end);
            auto byClaim = ledger.byClaim(month, end);
            if (!byOperation || !byClaim)
                return Result<UsageReading>::failure(
                    (!byOperation ? byOperation.errorDetail() : byClaim.errorDetail()));
            reading.byOperation = *byOperation;
            reading.byClaim = *byClaim;
            return reading;
        },
        std::move(done));
}

void AdminBook::readUsageSeries(UsageBucket bucket, const QDateTime& from, QObject* context,
    std::function<void(const Result<QList<UsageTotals>>&)> done)
{
    readOn<Result<QList<UsageTotals>>>(
        *m_worker, context,
        [bucket, from](const Database& db) {
            return LlmUsageRepository(db).series(
                bucket, from, endOfToday(), QDateTime::currentDateTime().offsetFromUtc());
        },
        std::move(done));
}

void AdminBook::readPolicyDocuments(QObject* context,
    std::function<void(const Result<QList<PolicyLibrary::DocumentVersion>>&)> done)
{
    readOn<Result<QList<PolicyLibrary::DocumentVersion>>>(
        *m_worker, context, [](const Database& db) { return PolicyLibrary(db).documents(); },
        std::move(done));
}

} // namespace ClaimDesk
