#include "Database.h"

#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrlQuery>
#include <mutex>
#include <sqlite3.h>

namespace ClaimDesk {

namespace {

// The connection's parameters from a postgresql:// URL.
void setUpServerConnection(QSqlDatabase& db, const QUrl& url)
{
    // libpq's own form for a Unix socket: an empty host and ?host=FOLDER
    const QString socketFolder = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
    db.setHostName(url.host().isEmpty() ? socketFolder : url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    // A server that does not answer is given up in seconds, and a network
    // that drops without a word is noticed, not waited on for minutes.
    db.setConnectOptions(
        QStringLiteral("connect_timeout=10;keepalives=1;keepalives_idle=10;keepalives_interval=5;"
                       "keepalives_count=3"));
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("claimdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// PRAGMA quick_check over a book small enough to check when it opens: the page
// structure of every table and index, without comparing indexes to rows. Once a
// process: the connections opened later (workers, thumbnails, figures) skip it.
Status checkSqliteForDamage(QSqlQuery& q, const QString& path)
{
    static QMutex checkedMutex;
    static QSet<QString> checked;
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0 || info.size() > Database::QuickCheckBytes)
        return {};
    const QString key = info.canonicalFilePath();
    {
        QMutexLocker lock(&checkedMutex);
        if (checked.contains(key))
            return {};
    }
    // A check that could not run (busy, no access to the -shm file, out of
    // memory) says so; only damage gets the damage message.
    auto failedRun = [&path](const QSqlError& e) {
        const Error error = Sql::errorOf(e);
        return Status::failure(error.kind == ErrorKind::Damaged
                ? Error::of(ErrorKind::Damaged, Database::damagedMessage(path, error.message))
                : error);
    };
    if (!q.exec(QStringLiteral("PRAGMA quick_check(3)")))
        return failedRun(q.lastError());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().isValid())
        return failedRun(q.lastError());
    if (problems == QStringList { QStringLiteral("ok") }) {
        QMutexLocker lock(&checkedMutex);
        checked.insert(key);
        return {};
    }
    return Status::failure(Error::of(
        ErrorKind::Damaged, Database::damagedMessage(path, problems.join(QStringLiteral("; ")))));
}

void keepWriteAheadLogOnClose(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (auto* sqlite = *static_cast<sqlite3* const*>(handle.data()))
        sqlite3_db_config(sqlite, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

// Looks at the file before SQLite does, so a file we would refuse is never touched
// (SQLite itself may write a journal or change the header when it opens).
Status precheckSqliteFile(const QString& path)
{
    if (path.isEmpty())
        return Status::failure(StorageTr::tr("no database file was given"));
    const QFileInfo info(path);
    if (!info.exists()) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Status::failure(
                StorageTr::tr("cannot create the folder %1").arg(dir.absolutePath()));
        if (!QFileInfo(dir.absolutePath()).isWritable())
            return Status::failure(
                StorageTr::tr("the folder %1 is not writable").arg(dir.absolutePath()));
        return {};
    }
    if (info.isDir())
        return Status::failure(StorageTr::tr("%1 is a folder, not a database file").arg(path));
    if (!info.isReadable())
        return Status::failure(StorageTr::tr("%1 cannot be read (permission denied)").arg(path));
    if (!info.isWritable())
        return Status::failure(
            StorageTr::tr("%1 is read-only; ClaimDesk needs to write to its database").arg(path));
    if (info.size() == 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            StorageTr::tr("%1 cannot be opened: %2").arg(path, file.errorString()));
    static const QByteArray Magic("SQLite format 3\0", 16);
    if (file.read(16) != Magic)
        return Status::failure(Error::of(ErrorKind::Damaged,
            StorageTr::tr("%1 is damaged or is not a database file").arg(path)));
    return {};
}

// QPSQL frees each prepared statement when its query goes; after a statement
// failed, the transaction refuses everything until the rollback that follows,
// and the driver warns "Unable to free statement" for each. The statement goes
// with the connection; the warning would only bury the real error, so it is dropped.
QtMessageHandler previousHandler = nullptr;
void dropAbortedFreeWarnings(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("Unable to free statement"))
        && text.contains(QLatin1String("current transaction is aborted")))
        return;
    if (previousHandler)
        previousHandler(type, context, text);
    else
        qt_message_output(type, context, text);
}

} // namespace

struct Database::Handle
{
    QString name;
    DatabaseLocation location;
    std::unique_ptr<SqlDialect> dialect;
    int schemaVersion = 0;
    int transactionDepth = 0;
    QString login;

    ~Handle()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QSqlDatabase connection() const { return QSqlDatabase::database(name, false); }
};

Database::Database(std::shared_ptr<Handle> handle)
    : d(std::move(handle))
{ }

Status Database::checkLogin(const DatabaseLocation& location)
{
    const QString name = uniqueConnectionName();
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        setUpServerConnection(db, location.postgresUrl);
        if (!db.open()) {
            const Error e = Sql::errorOf(db.lastError());
            status = Status::failure(Error::of(e.kind,
                StorageTr::tr("Cannot sign in to %1: %2").arg(location.displayName(), e.message)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

QString Database::damagedMessage(const QString& path, const QString& detail)
{
    return StorageTr::tr("The book %1 is damaged (%2); nothing more is written into it. See what "
                         "is wrong with `claimdesk-cli --db \"%1\" db check`, and save what can "
                         "be read into a new book with `claimdesk-cli --db \"%1\" db recover "
                         "--out NEW.sqlite`.")
        .arg(path, detail.left(300));
}

Result<Database> Database::open(const DatabaseLocation& location)
{
    return open(location, Options {});
}

Result<Database> Database::open(const DatabaseLocation& location, const Options& options)
{
    const QString where = location.displayName();
    auto fail = [&](const QString& why, ErrorKind kind = ErrorKind::Failed) {
        return Result<Database>::failure(
            Error::of(kind, StorageTr::tr("Cannot open the database %1: %2").arg(where, why)));
    };

    if (location.isPostgres()) {
        static std::once_flag installed;
        std::call_once(
            installed, [] { previousHandler = qInstallMessageHandler(&dropAbortedFreeWarnings); });
    } else {
        if (auto s = precheckSqliteFile(location.sqlitePath); !s)
            return Result<Database>::failure(Error::of(
                s.errorKind(), StorageTr::tr("Cannot open the database: %1").arg(s.error())));
    }

    auto handle = std::make_shared<Handle>();
    handle->name = uniqueConnectionName();
    handle->location = location;
    handle->dialect = SqlDialect::create(
        location.isPostgres() ? SqlDialect::Kind::Postgres : SqlDialect::Kind::Sqlite);
    if (!QSqlDatabase::isDriverAvailable(handle->dialect->driverName()))
        return fail(StorageTr::tr("the Qt SQL driver %1 is not installed")
                        .arg(handle->dialect->driverName()));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(handle->dialect->driverName(), handle->name);
        if (location.isPostgres()) {
            setUpServerConnection(db, location.postgresUrl);
        } else {
            db.setDatabaseName(location.sqlitePath);
            db.setConnectOptions(
                QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(location.busyTimeoutMs));
        }
        if (!db.open()) {
            const Error e = Sql::errorOf(db.lastError());
            return fail(e.message, e.kind);
        }
        QSqlQuery q(db);
        for (const QString& statement : handle->dialect->connectionSetup()) {
            if (auto s = Sql::exec(q, statement); !s)
                return fail(s.error(), s.errorKind());
        }
        if (!location.isPostgres()) {
            if (auto s = checkSqliteForDamage(q, location.sqlitePath); !s) {
                // closing would copy a crash's write-ahead log into the damaged file
                keepWriteAheadLogOnClose(db);
                return Result<Database>::failure(s.errorDetail());
            }
        }

        if (location.isPostgres()) {
            if (auto s = Sql::exec(q, QStringLiteral("SELECT session_user")); !s || !q.next())
                return fail(
                    s ? StorageTr::tr("the server did not say who is logged in") : s.error());
            handle->login = q.value(0).toString();
        } else {
            handle->login = location.login();
        }

        // Read the version before anything writes: a newer or foreign file stays untouched.
        auto version = Migrations::currentVersion(db, *handle->dialect);
        if (!version)
            return fail(version.error(), version.errorKind());
        const int latest = Migrations::latestVersion();
        if (*version > latest) {
            return fail(StorageTr::tr(
                            "it was written by a newer ClaimDesk (schema version %1; this version "
                            "knows up to %2). The file was not changed; open it with a newer "
                            "ClaimDesk or choose another file.")
                            .arg(*version)
                            .arg(latest),
                ErrorKind::Damaged);
        }
        for (const QString& statement : handle->dialect->writableSetup()) {
            if (auto s = Sql::exec(q, statement); !s)
                return fail(s.error());
        }
        const int target = options.migrateTo > 0 ? std::min(options.migrateTo, latest) : latest;
        if (*version > 0 && *version < target && location.isPostgres()) {
            // Only the team book's owner may change its tables: the others are told
            // what to ask for, instead of a refusal in the middle of an upgrade.
            if (auto s = Sql::exec(q,
                    QStringLiteral(
                        "SELECT pg_has_role(session_user, (SELECT relowner FROM"
                        " pg_class WHERE oid = to_regclass('public.claims')), 'MEMBER')"));
                !s || !q.next())
                return fail(
                    s ? StorageTr::tr("the server did not say who owns the book") : s.error());
            if (!q.value(0).toBool())
                return fail(StorageTr::tr("this team book is at schema version %1 and this "
                                          "ClaimDesk needs %2; its owner brings it up to date "
                                          "(claimdesk-cli --db-url ... team init, as the owner)")
                                .arg(*version)
                                .arg(target),
                    ErrorKind::Unavailable);
        }
        if (*version < target) {
            if (auto s = Migrations::migrate(db, *handle->dialect, *version, target); !s)
                return fail(s.error());
        }
        handle->schemaVersion = std::max(*version, target);
    }
    return Database(std::move(handle));
}

const DatabaseLocation& Database::location() const
{
    return d->location;
}

const SqlDialect& Database::dialect() const
{
    return *d->dialect;
}

QSqlDatabase Database::connection() const
{
    return d->connection();
}

int Database::schemaVersion() const
{
    return d->schemaVersion;
}

QString Database::login() const
{
    return d->login;
}

Status Database::readTransaction(const std::function<Status()>& body) const
{
    if (d->transactionDepth > 0)
        return body();
    QSqlQuery q(connection());
    if (auto s = Sql::exec(q, d->dialect->beginReadTransaction()); !s)
        return s;
    ++d->transactionDepth;
    const Status result = body();
    --d->transactionDepth;
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK")); // nothing was written
    return result;
}

Status Database::writeTransaction(const std::function<Status()>& body) const
{
    if (d->transactionDepth > 0) {
        // Nested: a savepoint, so a failed inner step leaves nothing behind even
        // when the outer body goes on (and, on PostgreSQL, the outer transaction
        // is not left aborted by it).
        QSqlQuery q(connection());
        const QString savepoint = QStringLiteral("claimdesk_%1").arg(d->transactionDepth);
        if (auto s = Sql::exec(q, QStringLiteral("SAVEPOINT ") + savepoint); !s)
            return s;
        ++d->transactionDepth;
        Status s = body();
        --d->transactionDepth;
        if (!s)
            QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
        if (auto released = Sql::exec(q, QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
            s && !released)
            return released;
        return s;
    }
    QSqlQuery q(connection());
    if (auto s = Sql::exec(q, d->dialect->beginWriteTransaction()); !s)
        return s;
    ++d->transactionDepth;
    Status result = body();
    --d->transactionDepth;
    if (result)
        result = Sql::exec(q, QStringLiteral("COMMIT"));
    if (!result)
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
    return result;
}

} // namespace ClaimDesk
