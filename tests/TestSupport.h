#pragma once

#include "decision/ClaimRecord.h"
#include "domain/Document.h"
#include "ocr/OcrTypes.h"
#include "storage/Database.h"
#include "storage/GuiThreadQueries.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>

namespace ClaimDesk::Test {

// The value of the field called `name` among those read; empty when none is.
inline QString value(const QList<ExtractedField>& fields, const char* name)
{
    return fieldValue(fields, name);
}

// A field read by OCR with this name and value, sure enough to be used.
inline ExtractedField field(const char* name, const QString& value)
{
    ExtractedField f;
    f.name = QLatin1String(name);
    f.value = value;
    f.confidence = 0.9;
    return f;
}

// An OCR page built row by row: each row a list of (text, x) words, 20 px high,
// 12 px a letter, read with confidence 0.95 unless told.
struct PageBuilder
{
    OcrPage page;
    int y = 20;
    PageBuilder& row(std::initializer_list<std::pair<const char*, int>> words, int height = 20,
        float confidence = 0.95f)
    {
        for (const auto& [text, x] : words) {
            OcrWord w;
            w.text = QString::fromUtf8(text);
            w.box = QRect(x, y, 12 * int(w.text.size()), height);
            w.confidence = confidence;
            w.line = y;
            page.words.append(w);
        }
        y += height + 10;
        return *this;
    }
};

// An image as the bytes of a PNG file, as a document arrives to be read.
inline QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A claim record as the spec's examples describe them: every required field
// present, in network, not an emergency, no optional field.
inline ClaimRecord record(const char* amount, bool inNetwork = true, bool emergency = false)
{
    ClaimRecord r;
    r.hasClaimId = true;
    r.hasClaimType = true;
    r.amountState = ClaimRecord::Amount::Number;
    r.amount = *Money::parse(std::string_view(amount));
    r.serviceDateState = ClaimRecord::Date::Valid;
    r.serviceDate = QDate(2026, 1, 10);
    r.hasDiagnosisCode = true;
    r.inNetwork = inNetwork;
    r.emergency = emergency;
    return r;
}

// The throwaway PostgreSQL server the suite runs against a second time (its
// socket folder, from tests/postgres/throwaway-server.sh); empty on SQLite runs.
inline QString postgresServer()
{
    return qEnvironmentVariable("CLAIMDESK_TEST_POSTGRES");
}
inline bool onPostgres()
{
    return !postgresServer().isEmpty();
}

// A plain connection to the throwaway server under `login` to `database`, as
// psql would have (this thread's; made once per login and database).
inline QSqlDatabase postgresConnection(const QString& login, const QString& database)
{
    const QString name = QStringLiteral("claimdesk-test-%1-%2").arg(login, database);
    QSqlDatabase db = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(postgresServer());
    db.setUserName(login);
    db.setDatabaseName(database);
    if (!db.isOpen())
        db.open();
    return db;
}

// The throwaway server's administrative connection (this thread's).
inline QSqlDatabase postgresAdmin()
{
    QSqlDatabase server
        = postgresConnection(QStringLiteral("postgres"), QStringLiteral("postgres"));
    if (!server.isOpen())
        qFatal(
            "cannot reach the test PostgreSQL server: %s", qPrintable(server.lastError().text()));
    return server;
}

// Removes the logins whose names end in `suffix` from the throwaway server: they
// belong to the whole server, not to a test's book.
inline void dropLogins(const QString& suffix)
{
    QSqlQuery q(postgresAdmin());
    // exactly this suffix: in LIKE, '_' matches any letter, and "_123" ends "_4123" too
    q.prepare(QStringLiteral("SELECT rolname FROM pg_roles WHERE right(rolname, ?) = ?"));
    q.addBindValue(int(suffix.size()));
    q.addBindValue(suffix);
    q.exec();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString& name : names)
        q.exec(QStringLiteral("DROP ROLE \"%1\"").arg(name));
}

// `bytes` written to `path` (a password file, a rules file); empty if it cannot be.
inline QString writtenFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path : QString();
}

// While it lives, the throwaway server asks `login` for its password (the
// others stay trusted); ok() is false when its pg_hba.conf cannot be changed
// from here. The server reads the rule again on both ends.
class PasswordRequired
{
public:
    explicit PasswordRequired(const QString& login)
        : m_hba(postgresServer() + QStringLiteral("/data/pg_hba.conf"))
    {
        if (!m_hba.open(QIODevice::ReadWrite))
            return;
        m_before = m_hba.readAll();
        m_hba.resize(0);
        m_hba.write("local all " + login.toUtf8() + " scram-sha-256\n" + m_before);
        m_hba.flush();
        m_ok = QSqlQuery(postgresAdmin()).exec(QStringLiteral("SELECT pg_reload_conf()"))
            && QTest::qWaitFor([&] { return !signsInWithoutPassword(login); }, 10000);
    }
    ~PasswordRequired()
    {
        if (!m_hba.isOpen())
            return;
        m_hba.resize(0);
        m_hba.write(m_before);
        m_hba.close();
        QSqlQuery(postgresAdmin()).exec(QStringLiteral("SELECT pg_reload_conf()"));
    }
    Q_DISABLE_COPY_MOVE(PasswordRequired)
    bool ok() const { return m_ok; }

    // Whether the server lets `login` in without a password (a reload signals
    // the server and does not wait for it).
    static bool signsInWithoutPassword(const QString& login)
    {
        const QString name = QStringLiteral("claimdesk-test-password-probe");
        bool in = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(postgresServer());
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setUserName(login);
            in = db.open() || !db.lastError().text().contains(QLatin1String("password"));
        }
        QSqlDatabase::removeDatabase(name);
        return in;
    }

private:
    QFile m_hba;
    QByteArray m_before;
    bool m_ok = false;
};

// The PostgreSQL database that stands for the file at `path`.
inline QString postgresNameFor(const QString& path)
{
    const QByteArray key = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("t_")
        + QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(24));
}

// The book a test keeps at `path`: that SQLite file, or on PostgreSQL runs a
// database of its own on the throwaway server, the same one each time the same
// path is asked for (created empty the first time).
inline DatabaseLocation bookAt(const QString& path)
{
    if (!onPostgres())
        return DatabaseLocation::sqlite(path);
    const QString name = postgresNameFor(path);
    {
        QSqlQuery q(postgresAdmin());
        q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        q.addBindValue(name);
        if (!q.exec())
            qFatal("cannot list databases: %s", qPrintable(q.lastError().text()));
        if (!q.next() && !q.exec(QStringLiteral("CREATE DATABASE ") + name))
            qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
    }
    DatabaseLocation location;
    location.postgresUrl = QUrl(QStringLiteral("postgresql://postgres@/%1").arg(name));
    location.postgresUrl.setQuery(QStringLiteral("host=") + postgresServer());
    return location;
}

// Throws the book at `path` away (the file, or its database), so that the next
// bookAt() starts empty. Its connections must be closed.
inline void removeBook(const QString& path)
{
    QFile::remove(path);
    if (!onPostgres())
        return;
    QSqlQuery q(postgresAdmin());
    if (!q.exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(postgresNameFor(path))))
        qFatal("cannot drop a test database: %s", qPrintable(q.lastError().text()));
}

inline DatabaseLocation bookAt(
    const QTemporaryDir& dir, const QString& name = QStringLiteral("test.sqlite"))
{
    return bookAt(dir.filePath(name));
}

// `book` under another login of its server (empty: as it is).
inline DatabaseLocation asLogin(DatabaseLocation book, const QString& login)
{
    if (!login.isEmpty())
        book.postgresUrl.setUserName(login);
    return book;
}

// The command line's options that open `book`.
inline QStringList bookArguments(const DatabaseLocation& book)
{
    if (book.isPostgres())
        return { QStringLiteral("--db-url"), book.postgresUrl.toString() };
    return { QStringLiteral("--db"), book.sqlitePath };
}

// One run of the real claimdesk-cli: its exit code and what it printed.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

#ifdef CLAIMDESK_CLI_PATH
// claimdesk-cli's environment with its settings and data in `home` (never the user's).
inline QProcessEnvironment cliEnvironment(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("HOME"), home.path());
    return env;
}

// Runs claimdesk-cli with `args`, its settings and data in `home` (never the
// user's), `input` on its standard input when given; waits up to two minutes.
inline CliRun runCli(
    const QTemporaryDir& home, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(home));
    p.start(QStringLiteral(CLAIMDESK_CLI_PATH), args);
    if (!p.waitForStarted())
        return {};
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}
#endif

#ifdef CLAIMDESK_CLI_PATH
// Runs claimdesk-cli with `args` and kills it (SIGKILL) at a random moment of the
// `runMs` a whole run takes: the moment in `*at`; true when the kill came
// before the run ended. The kill tests' one step.
inline bool killedAtRandom(
    const QTemporaryDir& home, const QStringList& args, qint64 runMs, int* at)
{
    QProcess run;
    run.setProcessEnvironment(cliEnvironment(home));
    run.start(QStringLiteral(CLAIMDESK_CLI_PATH), args);
    if (!run.waitForStarted())
        qFatal("claimdesk-cli did not start");
    *at = int(QRandomGenerator::global()->bounded(runMs + 1));
    if (run.waitForFinished(*at))
        return false;
    run.kill();
    run.waitForFinished();
    return true;
}

// The number of kills a kill test makes: CLAIMDESK_KILLS, else `byDefault`.
inline int killCount(int byDefault)
{
    const int asked = qEnvironmentVariableIntValue("CLAIMDESK_KILLS");
    return asked > 0 ? asked : byDefault;
}

// Each claim of the desk book `db` as `claimdesk-cli claims show` tells it:
// "TYPE: sha256 category read|unread, ..." (its documents sorted), followed by
// what `extra` says of the claim ID; sorted. What a run must leave whatever
// happened on the way (the kill tests compare it with one uninterrupted run).
inline QStringList claimDocumentLines(const QTemporaryDir& home, const QString& db,
    const std::function<QString(const QString&)>& extra = {})
{
    const auto cli = [&](const QStringList& args) {
        return runCli(home, QStringList { QStringLiteral("--db"), db } + args);
    };
    const auto listed
        = cli({ QStringLiteral("claims"), QStringLiteral("list"), QStringLiteral("--json") });
    QStringList claims;
    for (const QJsonValue& c : QJsonDocument::fromJson(listed.out).array()) {
        const QString id = c.toObject().value(u"claim_id").toString();
        const auto shown = cli(
            { QStringLiteral("claims"), QStringLiteral("show"), id, QStringLiteral("--json") });
        const QJsonObject claim = QJsonDocument::fromJson(shown.out).object();
        QStringList documents;
        for (const QJsonValue& v : claim.value(u"documents").toArray()) {
            const QJsonObject d = v.toObject();
            documents << QStringLiteral("%1 %2 %3")
                             .arg(d.value(u"sha256").toString().left(12),
                                 d.value(u"category").toString(),
                                 d.value(u"fields").toObject().isEmpty() ? QStringLiteral("unread")
                                                                         : QStringLiteral("read"));
        }
        documents.sort();
        claims << QStringLiteral("%1: %2").arg(
                      claim.value(u"claim_type").toString(), documents.join(QStringLiteral(", ")))
                + (extra ? extra(id) : QString());
    }
    claims.sort();
    return claims;
}
#endif

// Sets the last change of a file or folder `seconds` back: to an inbox it has
// settled. False if it could not be set.
inline bool changedAgo(const QString& path, int seconds)
{
    const timespec then { std::time(nullptr) - seconds, 0 };
    const timespec times[2] = { then, then };
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

inline Database openTempDatabase(
    const QTemporaryDir& dir, const QString& name = QStringLiteral("test.sqlite"))
{
    auto db = Database::open(bookAt(dir, name));
    if (!db)
        qFatal("cannot open the test database: %s", qPrintable(db.error()));
    return *db;
}

// Makes the book refuse `event` ("INSERT", "UPDATE OF state") on `table` with
// "disk full" wherever `when` holds (a condition on NEW; empty: always), as a full
// disk would; allowWrites() with the same name and table takes the refusal away.
inline bool refuseWrites(const Database& db, const QString& name, const QString& event,
    const QString& table, const QString& when = {})
{
    QSqlQuery q = db.query();
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        const QString condition = when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + when;
        return q.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3%4 BEGIN"
                                     " SELECT RAISE(ABORT, 'disk full'); END")
                          .arg(name, event, table, condition));
    }
    const QString condition = when.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(when);
    return q.exec(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger AS $$ BEGIN"
                                 " RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql")
                      .arg(name))
        && q.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW%4"
                                 " EXECUTE FUNCTION %1()")
                      .arg(name, event, table, condition));
}
inline bool allowWrites(const Database& db, const QString& name, const QString& table)
{
    QSqlQuery q = db.query();
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite)
        return q.exec(QStringLiteral("DROP TRIGGER ") + name);
    return q.exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table))
        && q.exec(QStringLiteral("DROP FUNCTION %1()").arg(name));
}

// Records every statement the code under test runs on the GUI thread, from its
// creation to its destruction; the test's own connection (its setup and its
// checks) is left out. GUI tests make one in init() and check it in cleanup().
class GuiThreadQueryWatch final
{
public:
    explicit GuiThreadQueryWatch(const Database& testsOwn)
        : GuiThreadQueryWatch(testsOwn.connection().driver())
    { }
    // For a test with no connection of its own open.
    GuiThreadQueryWatch()
        : GuiThreadQueryWatch(nullptr)
    { }
    ~GuiThreadQueryWatch() { GuiThreadQueries::setWatcher(m_previous); }
    Q_DISABLE_COPY_MOVE(GuiThreadQueryWatch)

    // The statements, one a line (empty when there were none).
    QString statements() const { return m_statements.join(u'\n'); }

private:
    explicit GuiThreadQueryWatch(const QSqlDriver* testsOwn)
        : m_testsOwn(testsOwn)
    {
        m_previous = GuiThreadQueries::setWatcher([this](const QString& sql, const QSqlDriver* d) {
            if (d != m_testsOwn)
                m_statements << sql.simplified().left(80);
        });
    }

    const QSqlDriver* m_testsOwn;
    QStringList m_statements;
    GuiThreadQueries::Watcher m_previous;
};

// What a GUI test's cleanup() checks: no statement ran on the GUI thread while
// its watch was on (the watch ends here).
inline void verifyNoGuiThreadQueries(std::optional<GuiThreadQueryWatch>& watch)
{
    const QString statements = watch ? watch->statements() : QString();
    watch.reset();
    QVERIFY2(statements.isEmpty(), qPrintable(statements));
}

// A receipt drawn as lines of printed text on a white page, saved as PNG at
// `path` (for tests that send a document through the real OCR pipeline).
inline bool drawReceipt(const QString& path, const QStringList& lines)
{
    QImage page(1240, 1000, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(30);
    p.setFont(font);
    int y = 150;
    for (const QString& line : lines) {
        p.drawText(120, y, line);
        y += 60;
    }
    p.end();
    return page.save(path);
}

// A scanned policy page: the text drawn onto an A4 page at 300 DPI (bullets as
// "•", lines starting with two spaces indented), rotated by `rotation` degrees
// and sprinkled with grey specks, as a scanner makes it.
inline QImage drawPolicyPage(const QString& text, double rotation)
{
    QImage page(2480, 3508, QImage::Format_RGB32); // A4 at 300 DPI
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(page.width() / 2.0, page.height() / 2.0);
    painter.rotate(rotation);
    painter.translate(-page.width() / 2.0, -page.height() / 2.0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(34); // 8 pt at 300 DPI
    painter.setFont(font);
    painter.setPen(Qt::black);
    const int lineHeight = 56;
    int y = 180;
    for (QString line : text.split(u'\n')) {
        int x = 150;
        if (line.startsWith(QStringLiteral("  "))) {
            x += 120;
            line = line.trimmed();
        }
        if (line.startsWith(QStringLiteral("- ")))
            line = QStringLiteral("\u2022 ") + line.mid(2);
        const QRect box(x, y, page.width() - x - 150, 4 * lineHeight);
        QRect used;
        painter.drawText(box, Qt::TextWordWrap, line, &used);
        y += std::max(lineHeight, used.height() + 14);
    }
    painter.end();
    // Scanner noise: a sprinkle of grey specks.
    quint32 seed = 7;
    for (int i = 0; i < 4000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        const int px = int(seed % quint32(page.width()));
        seed = seed * 1664525u + 1013904223u;
        const int py = int(seed % quint32(page.height()));
        page.setPixel(px, py, qRgb(150, 150, 150));
    }
    return page;
}

} // namespace ClaimDesk::Test
