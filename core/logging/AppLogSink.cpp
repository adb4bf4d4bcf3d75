#include "AppLogSink.h"

#include "logging/LogCategories.h"
#include "storage/AppLogRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <cstdio>

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
template<typename R>
void reportFailure(const R& result)
{
    if (!result.ok())
        std::fprintf(stderr, "claimdesk: the application log could not be written: %s\n",
            qPrintable(result.error()));
}

constexpr int QueueLimit = 10000; // beyond this, lines are dropped until the next write

} // namespace

AppLogSink::AppLogSink(const DatabaseLocation& location, Clock clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    qRegisterMetaType<LogEntry>();
    if (auto db = Database::open(location))
        m_db = std::make_unique<Database>(*db);
    const QSettings settings;
    m_level = logLevelFromCode(settings.value(QStringLiteral("log/level")).toString())
                  .value_or(LogLevel::Info);
    m_dataLogging = settings.value(QStringLiteral("log/data"), false).toBool();
    applyFilterRules();

    connect(&m_flushTimer, &QTimer::timeout, this, [this] { reportFailure(flush()); });
    m_flushTimer.start(1000);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { reportFailure(prune()); });
    m_pruneTimer.start(3600 * 1000);
    reportFailure(prune());
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
    reportFailure(flush());
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
    // Thirteen digits, optionally grouped by spaces or dashes, not part of a
    // longer number (claim IDs such as H-20261121-000001 hold fourteen).
    static const QRegularExpression NationalId(
        QStringLiteral("(?<![0-9])[0-9](?:[ -]?[0-9]){12}(?![0-9])"));
    QString out = message;
    out.replace(NationalId, QStringLiteral("[national ID hidden]"));
    return out;
}

void AppLogSink::handleMessage(
    QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    AppLogSink* sink = s_current.load();
    if (sink && sink->m_previous)
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
    QList<LogEntry> batch;
    {
        const QMutexLocker lock(&m_mutex);
        batch.swap(m_queue);
    }
    if (batch.isEmpty())
        return {};
    if (!m_db)
        return Status::failure(tr("the log has no database"));
    t_busy = true;
    const Status s = AppLogRepository(*m_db).append(batch);
    t_busy = false;
    if (s)
        Q_EMIT written(int(batch.size()));
    return s;
}

Result<qint64> AppLogSink::prune()
{
    if (!m_db)
        return Result<qint64>::failure(tr("the log has no database"));
    t_busy = true;
    auto r = AppLogRepository(*m_db).prune(m_clock(), m_retentionDays, m_maxEntries);
    t_busy = false;
    return r;
}

} // namespace ClaimDesk
