#pragma once

#include "admin/AdminBook.h"
#include "claims/ClaimBook.h"
#include "decision/DecisionEngine.h"
#include "llm/LlmClient.h"
#include "llmsession/UsageLedger.h"
#include "policy/EmbeddingProvider.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <memory>

namespace ClaimDesk {
class AppLogSink;
}

namespace ClaimDesk::Cli {

// Exit codes of the contract.
enum ExitCode
{
    Ok = 0,
    InputFailed = 1,
    UsageError = 2
};

// What every command gets: the global options, the streams, and helpers to open
// the database and load the active rules the same way everywhere.
class CliContext final
{
public:
    CliContext();
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    // The command and its subcommand ("claims show"), for the application log;
    // never its other arguments, which may name people or files.
    QString commandName;
    // Off where the book's own app_log is being written wholesale (team
    // import-book copies a desk's into it): the command's lines would be in the way.
    bool logToBook = true;
    QString dbPath; // --db
    QString dbUrl; // --db-url
    QString llmProvider; // empty: what the settings say, else offline
    QString llmUrl;
    QString llmModel;
    QString llmEmbeddingModel;

    QTextStream& out();
    QTextStream& err();

    // Opens (creating and migrating) the database named by --db/--db-url, or the
    // default one. The error is ready for stderr. The first book opened gets the
    // command's lines in its application log (what ran, by whom, how it ended,
    // and what the services logged meanwhile), as the desktop app's do.
    Result<Database> openDatabase() const;
    // The rule set in force: --rules FILE if given, else that of the book named by
    // --db/--db-url (which must exist: it is not created here), else that of the
    // desk's default book when it exists, else the spec's defaults.
    Result<DecisionEngine> engine(const QString& rulesFile = {}) const;
    // A password: the first line of `path` (empty: standard input), at most 4 KiB,
    // without its line end and with its own spaces. Fails naming the file, or
    // when there is none.
    static Result<QString> readPassword(const QString& path);
    // The rules in force for the open book `db` (BookRuleSet).
    static Result<DecisionEngine> engineFor(const Database& db);
    // The database and the rules in force together, for commands that change claims.
    // The clock is the book's "now" (a replay's day); the system clock by default.
    Result<ClaimBook> openClaimBook(Clock clock = systemClock()) const;
    // The book and one claim in it with its current decision, for the commands
    // about one claim; the error names the claim or the database.
    struct OpenedClaim
    {
        ClaimBook book;
        ClaimWithDecision found;
    };
    Result<OpenedClaim> openClaim(const QString& claimId) const;

    // The model: the settings' provider, with --llm-provider, --llm-url and
    // --llm-model on top; its key from the keychain or CLAIMDESK_LLM_API_KEY.
    ProviderConfig llmConfig() const;
    std::unique_ptr<LlmClient> llmClient() const;
    // Embeddings for the policy library when the provider gives them (an
    // embedding model set), else null: BM25 alone. Their calls go in the cost
    // ledger on `db`.
    std::unique_ptr<EmbeddingProvider> embeddingProvider(const Database& db) const;
    // A ledger on `db` that records every call `client` makes.
    std::unique_ptr<UsageLedger> ledgerFor(LlmClient* client, const Database& db) const;

    // A command's exit code, unless what it wrote to standard output did not all
    // arrive (a full disk): then that error, and a failure code. (A closed pipe
    // ends the program by SIGPIPE, with a failure status, as for any Unix tool.)
    int finish(int code);
    // Prints "claimdesk-cli: <message>" to stderr and returns the exit code.
    int fail(const QString& message, int code = InputFailed);
    int usage(const QString& message);

private:
    void startLogging(const Database& book) const;
    void stopLogging(int code);

    QElapsedTimer m_started;
    mutable std::unique_ptr<AppLogSink> m_log;
};

} // namespace ClaimDesk::Cli
