#pragma once

#include "domain/DatabaseLocation.h"
#include "logging/LogEntry.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>

namespace ClaimDesk {

class AppLogWriter;

// The application log. While a sink exists it is the process's Qt message
// handler: every message (qCInfo(lcUpload), qWarning, ...) still goes to the
// previous handler (stderr), and those at or above the chosen level are queued
// from any thread and written to app_log in batches by the sink's own writer
// thread, through its own connection: a busy or locked database never holds up
// the thread that logged, the UI thread included.
//
// The category comes from the Qt category (see LogCategories.h); a claim ID in
// the text is recorded as the line's claim. Unless data logging is switched on,
// national ID numbers are masked before anything is queued; other personal data
// (names, document text) is not written into messages in the first place
// (see personalData()).
class AppLogSink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppLogSink)

public:
    static constexpr int DefaultRetentionDays = 7;
    static constexpr qint64 DefaultMaxEntries = 100000;

    // Level and data logging are read from the settings ("log/level", "log/data").
    explicit AppLogSink(
        const DatabaseLocation& location, Clock clock = systemClock(), QObject* parent = nullptr);
    ~AppLogSink() override; // writes what is queued, restores the previous handler

    // The installed sink, or null.
    static AppLogSink* current();
    // `value` when data logging is on, else a placeholder: for the rare messages
    // that would carry a name or document text.
    static QString personalData(const QString& value);

    LogLevel level() const { return m_level.load(); }
    // Takes effect at once for every category, and is kept in the settings.
    void setLevel(LogLevel level);
    // Whether ClaimDesk's own messages (claimdesk.*) also go to the previous
    // handler (stderr); on by default. The command line turns it off: its stderr
    // carries only the one-line error of its contract. Others' messages always do.
    void setEchoOwnMessages(bool on) { m_echoOwn = on; }
    bool dataLogging() const { return m_dataLogging.load(); }
    void setDataLogging(bool on);
    void setRetention(int days, qint64 maxEntries);

    // Writes the queued lines now (also done every second) and waits for it: for
    // tests and shutdown, not for the UI.
    Status flush();
    // Applies the retention now and waits for it (also done at start and every hour).
    Result<qint64> prune();
    // Masks national ID numbers unless data logging is on.
    QString redacted(const QString& message) const;

Q_SIGNALS:
    // Lines reached the database (delivered in the sink's thread).
    void written(int lines);

private:
    friend class AppLogWriter;
    static void handleMessage(
        QtMsgType type, const QMessageLogContext& context, const QString& text);
    void enqueue(QtMsgType type, const char* category, const QString& text);
    void applyFilterRules() const;
    QList<LogEntry> takeQueued();
    // Lines a write could not keep, back before those queued since.
    void putBack(QList<LogEntry> batch);
    // Runs work on the writer thread and waits for its result.
    template<typename R, typename F>
    R onWriter(F work);

    Clock m_clock;
    std::atomic<LogLevel> m_level = LogLevel::Info;
    std::atomic_bool m_dataLogging = false;
    std::atomic_bool m_echoOwn = true;
    std::atomic_int m_retentionDays = DefaultRetentionDays;
    std::atomic<qint64> m_maxEntries = DefaultMaxEntries;
    QMutex m_mutex;
    QList<LogEntry> m_queue;
    QThread m_thread;
    AppLogWriter* m_writer = nullptr; // lives in m_thread
    QtMessageHandler m_previous = nullptr;
};

} // namespace ClaimDesk
