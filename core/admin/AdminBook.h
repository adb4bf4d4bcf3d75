#pragma once

#include "decision/RuleSet.h"
#include "domain/DatabaseLocation.h"
#include "domain/LlmUsage.h"
#include "filing/PortalDirectory.h"
#include "logging/LogEntry.h"
#include "policylibrary/PolicyLibrary.h"
#include "storage/Database.h"
#include "team/TeamAdministration.h"
#include "util/Result.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ClaimDesk {

class DatabaseWorker;

// The application log as Admin shows it: its figures and the lines found.
struct LogReading
{
    LogStats stats;
    QList<LogEntry> lines;
};

// What the model calls cost: today, the last 30 days and all time, and the last
// 30 days by operation and by claim. Days end at local midnight.
struct UsageReading
{
    UsageTotals today;
    UsageTotals lastThirtyDays;
    UsageTotals allTime;
    QList<UsageTotals> byOperation;
    QList<UsageTotals> byClaim;
};

// The people of a team book as Admin > Users shows them, and who is looking.
struct TeamPeople
{
    QString login; // the book's login of this desk (Database::login)
    QList<TeamUser> users;
};

// The Admin area's reads and writes of the book: the schema version, the
// application log, the model-cost ledger, the policy library's documents and a
// team book's people (TeamAdministration; the server refuses what the login may
// not do, and the refusal comes back in words). Each
// runs on a worker of its own (DatabaseWorker), in the order asked, and answers to
// `done` on the context's thread; a read that fails answers with the reason.
class AdminBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminBook)

public:
    explicit AdminBook(DatabaseLocation location, QObject* parent = nullptr);
    ~AdminBook() override;

    const DatabaseLocation& location() const { return m_location; }

    // Opens, checks and upgrades the book at `location` once, for a front end
    // about to work on it: the schema version it is now at, or why it cannot be
    // used (locked, damaged, not ClaimDesk's, newer). Any thread; an upgrade of a
    // large book takes seconds, so not the UI thread.
    static Result<int> prepare(const DatabaseLocation& location);
    // Opens (checks and upgrades) the book for a front end that works on the
    // calling thread, the command line: a connection for the services it calls on
    // that thread, never handed to another. When a team server wants a password
    // that neither the address nor libpq's ways give, the keychain's is tried
    // (TeamPasswords), with the calling thread's event loop running meanwhile.
    static Result<Database> open(const DatabaseLocation& location);
    // The decision rules in force for the book at `location` (kept in the book;
    // BookRuleSet), and saving new ones there. Any thread
    // but the UI's: on a team book each is a round trip to the server.
    static Result<RuleSet> readRules(const DatabaseLocation& location);
    static Result<RuleSet> saveRules(const DatabaseLocation& location, const QByteArray& json);

    void readSchemaVersion(QObject* context, std::function<void(const Result<int>&)> done);
    // Where the rules in force come from (BookRuleSet::describeSource).
    void readRulesSource(QObject* context, std::function<void(const Result<QString>&)> done);
    void readLog(const LogSearch& search, QObject* context,
        std::function<void(const Result<LogReading>&)> done);
    // Deletes every line of the log.
    void clearLog(QObject* context, std::function<void(const Status&)> done);
    void readUsage(QObject* context, std::function<void(const Result<UsageReading>&)> done);
    // Tokens per period from `from` (local time) to today.
    void readUsageSeries(UsageBucket bucket, const QDateTime& from, QObject* context,
        std::function<void(const Result<QList<UsageTotals>>&)> done);
    void readPolicyDocuments(QObject* context,
        std::function<void(const Result<QList<PolicyLibrary::DocumentVersion>>&)> done);

    // Fails, saying why, on a desk's own file or a book not set up for a team.
    void readTeamPeople(QObject* context, std::function<void(const Result<TeamPeople>&)> done);
    void addTeamUser(const QString& name, TeamRole role, const Money& limit,
        const std::optional<QString>& password, QObject* context,
        std::function<void(const Status&)> done);
    void changeTeamUser(const QString& name, const TeamUserChange& change, QObject* context,
        std::function<void(const Status&)> done);

    // The insurer portals (PortalDirectory): a recipe refused says the key and why.
    void readPortals(
        QObject* context, std::function<void(const Result<QList<InsurerPortal>>&)> done);
    // The recipe is read from `recipeFile` on the worker.
    void addPortal(const PortalSetup& setup, const QString& recipeFile, const QString& actor,
        QObject* context, std::function<void(const Result<InsurerPortal>&)> done);
    void removePortal(
        const QString& name, QObject* context, std::function<void(const Status&)> done);

private:
    DatabaseLocation m_location;
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace ClaimDesk
