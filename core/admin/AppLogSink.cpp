#include "AppLogSink.h"

#include "logging/LogCategories.h"
#include "storage/AppLogRepository.h"
#include "storage/Database.h"
#include "util/NationalId.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <cstring>

namespace ClaimDesk {

namespace {

std::atomic<AppLogSink*> s_current = nullptr;
// Set while a thread is inside the handler or writing the log, so the log's own
// SQL warnings cannot feed back into it.
thread_local bool t_busy = false;

LogLevel levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogLevel::Debug;
    case QtInfoMsg:
        return LogLevel::Info;
    case QtWarningMsg:
        return LogLevel::Warning;
    case QtCriticalMsg:
    case QtFatalMsg:
        break;
    }
    return LogLevel::Error;
}

// The log cannot log its own failure: it goes to stderr, as Qt's default would.
// On a team book a role that may not keep the log (an auditor writes nothing, only
// an administrator prunes) is refused by the server; that is no failure to report.
template<typename R>
void reportFailure(const R& result)
{
    if (!result.ok() && result.errorKind() != ErrorKind::Forbidden)
        std::fprintf(stderr, "claimdesk: the application log could not be written: %s\n",
            qPrintable(result.error()));
}

constexpr int QueueLimit = 10000; // beyond this, lines are dropped until the next write

} // namespace

// Writes the sink's queue to app_log from its own thread, with a connection
// opened in that thread; every second, and prunes at start and hourly.
class AppLogWriter final : public QObject
{
public:
    AppLogWriter(DatabaseLocation location, AppLogSink* sink)
        : m_location(std::move(location))
        , m_sink(sink)
    { }

    // In the writer thread.
    void start()
    {
        t_busy = true; // nothing this thread says goes back into the log
        auto* flush = new QTimer(this);
        connect(
            flush, &QTimer::timeout, this, [this] { reportFailure(write(Busy::TryAgainLater)); });
        flush->start(1000);
        auto* prune = new QTimer(this);
        connect(prune, &QTimer::timeout, this, [this] { reportFailure(pruneNow()); });
        prune->start(3600 * 1000);
        if (const auto pruned = pruneNow(); pruned.errorKind() != ErrorKind::Unavailable)
            reportFailure(pruned); // a busy book is pruned at the next hour
    }

    enum class Busy
    {
        TryAgainLater, // the timer's writes: the next second tries again
        Report, // flush() and the last write
    };

    Status write(Busy when)
    {
        const QList<LogEntry> batch = m_sink->takeQueued();
        if (batch.isEmpty())
            return {};
        auto* db = database();
        if (!db)
            return Status::failure(m_openError);
        const Status s = AppLogRepository(*db).append(batch);
        if (s) {
            QMetaObject::invokeMethod(
                m_sink, [sink = m_sink, n = int(batch.size())] { Q_EMIT sink->written(n); },
                Qt::QueuedConnection);
        } else if (s.errorKind() == ErrorKind::Unavailable) {
            // The book is busy (a long import holds its write lock): the lines wait
            // for the next write instead of being lost, and only a write that was
            // asked for (flush, the last one) says so.
            m_sink->putBack(batch);
            if (when == Busy::TryAgainLater)
                return {};
        }
        return s;
    }

    Result<qint64> pruneNow()
    {
        auto* db = database();
        if (!db)
            return Result<qint64>::failure(m_openError);
        return AppLogRepository(*db).prune(
            m_sink->m_clock(), m_sink->m_retentionDays.load(), m_sink->m_maxEntries.load());
    }

    // In the writer thread: the last lines, then back to `home` to be deleted there.
    void stop(QThread* home)
    {
        for (QTimer* t : findChildren<QTimer*>())
            t->stop();
        reportFailure(write(Busy::Report));
        m_db.reset();
        moveToThread(home);
    }

private:
    Database* database()
    {
        if (!m_db && m_openError.isEmpty()) {
            if (auto db = Database::open(m_location))
                m_db = std::make_unique<Database>(*db);
            else
                m_openError = db.error();
        }
        return m_db.get();
    }

    DatabaseLocation m_location;
    AppLogSink* m_sink;
    std::unique_ptr<Database> m_db;
    QString m_openError;
};

AppLogSink::AppLogSink(const DatabaseLocation& location, Clock clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    qRegisterMetaType<LogEntry>();
    const QSettings settings;
    m_level = logLevelFromCode(settings.value(QStringLiteral("log/level")).toString())
                  .value_or(LogLevel::Info);
    m_dataLogging = settings.value(QStringLiteral("log/data"), false).toBool();
    applyFilterRules();

    m_thread.setObjectName(QStringLiteral("claimdesk-log"));
    m_writer = new AppLogWriter(location, this);
    m_writer->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer] { w->start(); }, Qt::QueuedConnection);
    AppLogSink* expected = nullptr;
    if (s_current.compare_exchange_strong(expected, this))
        m_previous = qInstallMessageHandler(&AppLogSink::handleMessage);
}

AppLogSink::~AppLogSink()
{
    if (s_current.load() == this) {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    QThread* home = thread();
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, home] { w->stop(home); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_writer;
}

template<typename R, typename F>
R AppLogSink::onWriter(F work)
{
    R result = R::failure(QString());
    QMetaObject::invokeMethod(
        m_writer, [&result, &work] { result = work(); }, Qt::BlockingQueuedConnection);
    return result;
}

QList<LogEntry> AppLogSink::takeQueued()
{
    QList<LogEntry> batch;
    const QMutexLocker lock(&m_mutex);
    batch.swap(m_queue);
    return batch;
}

void AppLogSink::putBack(QList<LogEntry> batch)
{
    const QMutexLocker lock(&m_mutex);
    batch.append(m_queue);
    // Still bounded: the oldest lines go first.
    if (batch.size() > QueueLimit)
        batch.remove(0, batch.size() - QueueLimit);
    m_queue.swap(batch);
}

AppLogSink* AppLogSink::current()
{
    return s_current.load();
}

QString AppLogSink::personalData(const QString& value)
{
    const AppLogSink* sink = current();
    return sink && sink->dataLogging() ? value : QStringLiteral("[personal data hidden]");
}

void AppLogSink::setLevel(LogLevel level)
{
    m_level = level;
    QSettings().setValue(QStringLiteral("log/level"), logLevelCode(level));
    applyFilterRules();
}

void AppLogSink::setDataLogging(bool on)
{
    m_dataLogging = on;
    QSettings().setValue(QStringLiteral("log/data"), on);
}

void AppLogSink::setRetention(int days, qint64 maxEntries)
{
    m_retentionDays = std::max(days, 1);
    m_maxEntries = std::max<qint64>(maxEntries, 100);
}

void AppLogSink::applyFilterRules() const
{
    // Our categories print DEBUG only when the log is at DEBUG.
    QLoggingCategory::setFilterRules(m_level.load() == LogLevel::Debug
            ? QStringLiteral("claimdesk.*.debug=true")
            : QStringLiteral("claimdesk.*.debug=false"));
}

QString AppLogSink::redacted(const QString& message) const
{
    if (m_dataLogging.load())
        return message;
    return NationalId::hiddenIn(message, QStringLiteral("[national ID hidden]"));
}

void AppLogSink::handleMessage(
    QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    AppLogSink* sink = s_current.load();
    const bool own = context.category && std::strncmp(context.category, "claimdesk.", 10) == 0;
    if (sink && sink->m_previous && (!own || sink->m_echoOwn.load()))
        sink->m_previous(type, context, text);
    if (!sink || t_busy)
        return;
    t_busy = true;
    sink->enqueue(type, context.category, text);
    t_busy = false;
}

void AppLogSink::enqueue(QtMsgType type, const char* category, const QString& text)
{
    const LogLevel level = levelOf(type);
    if (level < m_level.load())
        return;
    static const QRegularExpression ClaimId(QStringLiteral("\\b(?:H|CD)-[0-9]{8}-[0-9]{6}\\b"));
    LogEntry e;
    e.at = m_clock();
    e.level = level;
    e.category = LogCategory::fromQt(category, level);
    e.claimId = ClaimId.match(text).captured();
    e.message = redacted(text);
    const QMutexLocker lock(&m_mutex);
    if (m_queue.size() < QueueLimit)
        m_queue.append(e);
}

Status AppLogSink::flush()
{
    return onWriter<Status>([this] { return m_writer->write(AppLogWriter::Busy::Report); });
}

Result<qint64> AppLogSink::prune()
{
    return onWriter<Result<qint64>>([this] { return m_writer->pruneNow(); });
}

} // namespace ClaimDesk
