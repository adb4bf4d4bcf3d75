#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace ClaimDesk {

enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error
};
QString logLevelCode(LogLevel level); // "DEBUG", "INFO", "WARNING", "ERROR"
std::optional<LogLevel> logLevelFromCode(const QString& code); // case-insensitive
QString logLevelLabel(LogLevel level); // translated, for people

// The application log's categories (seed 004's admin pane).
namespace LogCategory {
inline const QString Chat = QStringLiteral("chat");
inline const QString Upload = QStringLiteral("upload");
inline const QString Extraction = QStringLiteral("extraction");
inline const QString Categorization = QStringLiteral("categorization");
inline const QString Api = QStringLiteral("api");
inline const QString System = QStringLiteral("system");
inline const QString Error = QStringLiteral("error");
QStringList all();
// Translated, for people; an unknown code is shown as it is.
QString label(const QString& code);
} // namespace LogCategory

// One line of the application log (table app_log).
struct LogEntry
{
    qint64 id = 0;
    QDateTime at;
    LogLevel level = LogLevel::Info;
    QString category;
    QString claimId; // empty when the line is not about one claim
    QString message;
};

// What the Admin pane searches the log by; empty fields do not filter.
struct LogSearch
{
    QString text; // part of the message
    QString category;
    std::optional<LogLevel> level;
    QString claimId;
    int limit = 500; // newest first
};

struct LogStats
{
    qint64 total = 0;
    QMap<QString, qint64> byLevel; // level code -> lines
    QMap<QString, qint64> byCategory;
    qint64 errorsLastHour = 0;
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::LogEntry)
