#include "admin/AdminBook.h"

#include "storage/AppLogRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/LlmUsageRepository.h"
#include "team/BookRuleSet.h"
#include "team/TeamPasswords.h"

namespace ClaimDesk {

namespace {

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

Result<Database> AdminBook::open(const DatabaseLocation& location)
{
    auto db = Database::open(location);
    if (db || db.errorKind() != ErrorKind::Unauthenticated)
        return db;
    const auto stored = TeamPasswords::withStoredPassword(location);
    return stored ? Database::open(*stored) : db; // else the keychain has nothing better
}

Result<RuleSet> AdminBook::readRules(const DatabaseLocation& location)
{
    auto db = Database::open(location);
    if (!db)
        return Result<RuleSet>::failure(db.errorDetail());
    return BookRuleSet::active(*db);
}

Result<RuleSet> AdminBook::saveRules(const DatabaseLocation& location, const QByteArray& json)
{
    auto db = Database::open(location);
    if (!db)
        return Result<RuleSet>::failure(db.errorDetail());
    return BookRuleSet::save(*db, json);
}

void AdminBook::readRulesSource(QObject* context, std::function<void(const Result<QString>&)> done)
{
    m_worker->submitOnBook<Result<QString>>(
        context, [](const Database& db) { return BookRuleSet::describeSource(db); },
        std::move(done));
}

void AdminBook::readSchemaVersion(QObject* context, std::function<void(const Result<int>&)> done)
{
    m_worker->submitOnBook<Result<int>>(
        context, [](const Database& db) { return Result<int>(db.schemaVersion()); },
        std::move(done));
}

void AdminBook::readLog(
    const LogSearch& search, QObject* context, std::function<void(const Result<LogReading>&)> done)
{
    m_worker->submitOnBook<Result<LogReading>>(
        context,
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
    m_worker->submitOnBook<Status>(
        context, [](const Database& db) { return AppLogRepository(db).clear(); }, std::move(done));
}

void AdminBook::readUsage(QObject* context, std::function<void(const Result<UsageReading>&)> done)
{
    m_worker->submitOnBook<Result<UsageReading>>(
        context,
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
    m_worker->submitOnBook<Result<QList<UsageTotals>>>(
        context,
        [bucket, from](const Database& db) {
            return LlmUsageRepository(db).series(
                bucket, from, endOfToday(), QDateTime::currentDateTime().offsetFromUtc());
        },
        std::move(done));
}

void AdminBook::readPolicyDocuments(QObject* context,
    std::function<void(const Result<QList<PolicyLibrary::DocumentVersion>>&)> done)
{
    m_worker->submitOnBook<Result<QList<PolicyLibrary::DocumentVersion>>>(
        context, [](const Database& db) { return PolicyLibrary(db).documents(); }, std::move(done));
}

void AdminBook::readTeamPeople(
    QObject* context, std::function<void(const Result<TeamPeople>&)> done)
{
    m_worker->submitOnBook<Result<TeamPeople>>(
        context,
        [](const Database& db) -> Result<TeamPeople> {
            auto users = TeamAdministration(db).users();
            if (!users)
                return Result<TeamPeople>::failure(users.errorDetail());
            return TeamPeople { db.login(), *users };
        },
        std::move(done));
}

void AdminBook::addTeamUser(const QString& name, TeamRole role, const Money& limit,
    const std::optional<QString>& password, QObject* context,
    std::function<void(const Status&)> done)
{
    m_worker->submitOnBook<Status>(
        context,
        [=](const Database& db) { return TeamAdministration(db).add(name, role, limit, password); },
        std::move(done));
}

void AdminBook::changeTeamUser(const QString& name, const TeamUserChange& change, QObject* context,
    std::function<void(const Status&)> done)
{
    m_worker->submitOnBook<Status>(
        context, [=](const Database& db) { return TeamAdministration(db).change(name, change); },
        std::move(done));
}

void AdminBook::readPortals(
    QObject* context, std::function<void(const Result<QList<InsurerPortal>>&)> done)
{
    m_worker->submitOnBook<Result<QList<InsurerPortal>>>(
        context, [](const Database& db) { return PortalDirectory::list(db); }, std::move(done));
}

void AdminBook::addPortal(const PortalSetup& setup, const QString& recipeFile, const QString& actor,
    QObject* context, std::function<void(const Result<InsurerPortal>&)> done)
{
    m_worker->submitOnBook<Result<InsurerPortal>>(
        context,
        [setup, recipeFile, actor](const Database& db) -> Result<InsurerPortal> {
            auto recipe = PortalDirectory::readRecipe(recipeFile);
            if (!recipe)
                return Result<InsurerPortal>::failure(recipe.errorDetail());
            PortalSetup withRecipe = setup;
            withRecipe.recipeJson = *recipe;
            return PortalDirectory::add(db, withRecipe, actor);
        },
        std::move(done));
}

void AdminBook::removePortal(
    const QString& name, QObject* context, std::function<void(const Status&)> done)
{
    m_worker->submitOnBook<Status>(
        context, [name](const Database& db) { return PortalDirectory::remove(db, name); },
        std::move(done));
}

} // namespace ClaimDesk
