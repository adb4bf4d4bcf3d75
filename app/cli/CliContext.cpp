#include "CliContext.h"

#include "CliTr.h"
#include "admin/AppLogSink.h"
#include "llm/ApiKeyStore.h"
#include "llm/LlmEmbeddingProvider.h"
#include "llm/PriceTable.h"
#include "logging/LogCategories.h"
#include "team/BookRuleSet.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ClaimDesk::Cli {

CliContext::CliContext()
{
    m_started.start();
}

CliContext::~CliContext() = default;

void CliContext::startLogging(const Database& book) const
{
    if (m_log || !logToBook)
        return;
    m_log = std::make_unique<AppLogSink>(book.location());
    // CLAIMDESK_LOG_STDERR=1 puts the log's lines on stderr too
    m_log->setEchoOwnMessages(qEnvironmentVariableIntValue("CLAIMDESK_LOG_STDERR") == 1);
    qCInfo(lcSystem).noquote() << QStringLiteral("claimdesk-cli %1 started by %2 (version %3)")
                                      .arg(commandName, book.login(),
                                          QCoreApplication::applicationVersion());
}

void CliContext::stopLogging(int code)
{
    if (!m_log)
        return;
    const QString line = QStringLiteral("claimdesk-cli %1 ended with exit code %2 after %3 s")
                             .arg(commandName)
                             .arg(code)
                             .arg(QString::number(m_started.elapsed() / 1000.0, 'f', 1));
    if (code == Ok)
        qCInfo(lcSystem).noquote() << line;
    else
        qCWarning(lcSystem).noquote() << line;
    m_log.reset(); // writes what is queued
    // back to the command line's quiet stderr (main's filter rules)
    QLoggingCategory::setFilterRules(QStringLiteral("claimdesk.*=false"));
}

QTextStream& CliContext::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& CliContext::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int CliContext::finish(int code)
{
    out().flush();
    const bool failed = out().status() == QTextStream::WriteFailed;
    // std::fflush reports what the stream buffer could not write; ferror what an
    // earlier flush (of a QFile on stdout, say) could not.
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout) || failed) {
        const int error = errno;
        const QString why = error != 0 ? QString::fromLocal8Bit(std::strerror(error))
                                       : CliTr::tr("the output was not all written");
        code = fail(CliTr::tr("cannot write to standard output: %1").arg(why),
            code == Ok ? InputFailed : code);
    }
    stopLogging(code);
    return code;
}

Result<Database> CliContext::openDatabase() const
{
    DatabaseLocation location = DatabaseLocation::defaultLocation();
    if (!dbUrl.isEmpty()) {
        const QUrl url(dbUrl);
        if (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
            return Result<Database>::failure(CliTr::tr("--db-url must be a postgresql:// URL"));
        location = DatabaseLocation::fromString(dbUrl);
    } else if (!dbPath.isEmpty()) {
        location = DatabaseLocation::sqlite(dbPath);
    }
    auto db = AdminBook::open(location);
    if (db)
        startLogging(*db);
    if (!db && db.errorKind() == ErrorKind::Unauthenticated)
        return Result<Database>::failure(Error::of(ErrorKind::Unauthenticated,
            CliTr::tr("%1. Give it with `claimdesk-cli --db-url URL team remember-password` (the "
                      "system keychain), ~/.pgpass or PGPASSWORD")
                .arg(db.error())));
    return db;
}

Result<QString> CliContext::readPassword(const QString& path)
{
    QFile in(path);
    const bool opened
        = path.isEmpty() ? in.open(stdin, QIODevice::ReadOnly) : in.open(QIODevice::ReadOnly);
    if (!opened)
        return Result<QString>::failure(path.isEmpty()
                ? CliTr::tr("cannot read the password: %1").arg(in.errorString())
                : CliTr::tr("cannot read the password file %1: %2").arg(path, in.errorString()));
    QString password = QString::fromUtf8(in.readLine(4096));
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        return Result<QString>::failure(path.isEmpty()
                ? CliTr::tr("no password was given")
                : CliTr::tr("the password file %1 is empty").arg(path));
    return password;
}

Result<DecisionEngine> CliContext::engineFor(const Database& db)
{
    auto rules = BookRuleSet::active(db);
    if (!rules)
        return Result<DecisionEngine>::failure(rules.errorDetail());
    return DecisionEngine(*rules);
}

Result<DecisionEngine> CliContext::engine(const QString& rulesFile) const
{
    if (rulesFile.isEmpty()) {
        // The rules of the book named, or of the desk's own book when it exists;
        // without a book, the spec's defaults (decide needs no database).
        const bool bookNamed = !dbUrl.isEmpty() || !dbPath.isEmpty();
        if (!bookNamed && !QFileInfo::exists(DatabaseLocation::defaultLocation().sqlitePath))
            return DecisionEngine();
        if (!dbPath.isEmpty() && !QFileInfo::exists(dbPath))
            return Result<DecisionEngine>::failure(
                Error::of(ErrorKind::NotFound, CliTr::tr("there is no book %1").arg(dbPath)));
        auto db = openDatabase();
        if (!db)
            return Result<DecisionEngine>::failure(db.errorDetail());
        return engineFor(*db);
    }
    const auto bytes = BoundedRead::file(rulesFile, InputLimits::RulesFileBytes);
    if (!bytes)
        return Result<DecisionEngine>::failure(bytes.errorDetail());
    auto rules = RuleSet::fromJson(*bytes);
    if (!rules)
        return Result<DecisionEngine>::failure(rulesFile + QStringLiteral(": ") + rules.error());
    return DecisionEngine(*rules);
}

Result<ClaimBook> CliContext::openClaimBook(Clock clock) const
{
    auto db = openDatabase();
    if (!db)
        return Result<ClaimBook>::failure(db.errorDetail());
    auto rules = engineFor(*db);
    if (!rules)
        return Result<ClaimBook>::failure(rules.errorDetail());
    return ClaimBook(*db, *rules, std::move(clock));
}

Result<CliContext::OpenedClaim> CliContext::openClaim(const QString& claimId) const
{
    auto book = openClaimBook();
    if (!book)
        return Result<OpenedClaim>::failure(book.errorDetail());
    auto found = book->find(claimId);
    if (!found)
        return Result<OpenedClaim>::failure(found.errorDetail());
    return OpenedClaim { std::move(book).value(), std::move(found).value() };
}

ProviderConfig CliContext::llmConfig() const
{
    QSettings settings;
    ProviderConfig config = ProviderConfig::load(settings);
    if (!llmProvider.isEmpty()) {
        const ProviderKind kind = providerFromCode(llmProvider);
        if (kind != config.kind) { // another provider: the settings' URL and model are not its
            config.baseUrl.clear();
            config.model.clear();
        }
        config.kind = kind;
    }
    if (!llmUrl.isEmpty())
        config.baseUrl = QUrl(llmUrl);
    if (!llmModel.isEmpty())
        config.model = llmModel;
    if (!llmEmbeddingModel.isEmpty())
        config.embeddingModel = llmEmbeddingModel;
    return config;
}

std::unique_ptr<LlmClient> CliContext::llmClient() const
{
    const ProviderConfig config = llmConfig();
    const QString key = config.isOffline() ? QString() : ApiKeyStore::readNow(config.kind);
    return std::make_unique<LlmClient>(config, key);
}

std::unique_ptr<EmbeddingProvider> CliContext::embeddingProvider(const Database& db) const
{
    const ProviderConfig config = llmConfig();
    if (!config.offersEmbeddings())
        return {};
    // its calls in the cost ledger, written on this thread as they finish
    auto ledger = std::make_shared<UsageLedger>(db, PriceTable::load(QSettings()));
    return std::make_unique<LlmEmbeddingProvider>(config, ApiKeyStore::readNow(config.kind),
        [ledger](const LlmRequest& request, const LlmOutcome& outcome) {
            ledger->record(request, outcome);
        });
}

std::unique_ptr<UsageLedger> CliContext::ledgerFor(LlmClient* client, const Database& db) const
{
    auto ledger = std::make_unique<UsageLedger>(db, PriceTable::load(QSettings()));
    ledger->watch(client);
    return ledger;
}

int CliContext::fail(const QString& message, int code)
{
    QString text = message;
    text.replace(u'\n', QStringLiteral("; "));
    err() << "claimdesk-cli: " << text << Qt::endl;
    if (m_log) {
        // paths name people and their files: the log keeps what went wrong, not where
        static const QRegularExpression Path(QStringLiteral("(?:~|\\.{1,2})?/\\S+"));
        qCWarning(lcSystem).noquote()
            << QStringLiteral("claimdesk-cli %1: %2")
                   .arg(commandName, QString(text).replace(Path, QStringLiteral("[file]")));
    }
    return code;
}

int CliContext::usage(const QString& message)
{
    return fail(message + CliTr::tr(" (see --help)"), UsageError);
}

} // namespace ClaimDesk::Cli
