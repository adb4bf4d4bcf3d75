#include "LogCategories.h"

#include "logging/LoggingTr.h"

#include <QCoreApplication>
#include <QHash>

namespace ClaimDesk {

Q_LOGGING_CATEGORY(lcChat, "claimdesk.chat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUpload, "claimdesk.upload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExtraction, "claimdesk.extraction", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCategorization, "claimdesk.categorization", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSystem, "claimdesk.system", QtInfoMsg)

QString logLevelCode(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("DEBUG");
    case LogLevel::Info:
        return QStringLiteral("INFO");
    case LogLevel::Warning:
        return QStringLiteral("WARNING");
    case LogLevel::Error:
        break;
    }
    return QStringLiteral("ERROR");
}

std::optional<LogLevel> logLevelFromCode(const QString& code)
{
    for (LogLevel l : { LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error }) {
        if (code.compare(logLevelCode(l), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

QString logLevelLabel(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return LoggingTr::tr("Debug");
    case LogLevel::Info:
        return LoggingTr::tr("Information");
    case LogLevel::Warning:
        return LoggingTr::tr("Warning");
    case LogLevel::Error:
        break;
    }
    return LoggingTr::tr("Error");
}

QString LogCategory::label(const QString& code)
{
    static const QHash<QString, const char*> Labels = {
        { Chat, QT_TRANSLATE_NOOP("ClaimDesk::Logging", "Chat") },
        { Upload, QT_TRANSLATE_NOOP("ClaimDesk::Logging", "Upload") },
        { Extraction, QT_TRANSLATE_NOOP("ClaimDesk::Logging", "Document reading") },
        { Categorization, QT_TRANSLATE_NOOP("ClaimDesk::Logging", "Document sorting") },
        { Api, QT_TRANSLATE_NOOP("ClaimDesk::Logging", "Language model") },
        { System, QT_TRANSLATE_NOOP("ClaimDesk::Logging", "System") },
        { Error, QT_TRANSLATE_NOOP("ClaimDesk::Logging", "Error") },
    };
    const char* text = Labels.value(code);
    return text ? LoggingTr::tr(text) : code;
}

QStringList LogCategory::all()
{
    return { Chat, Upload, Extraction, Categorization, Api, System, Error };
}

QString LogCategory::fromQt(const char* qtCategory, LogLevel level)
{
    static const QHash<QByteArray, QString> Ours = {
        { "claimdesk.chat", Chat },
        { "claimdesk.upload", Upload },
        { "claimdesk.extraction", Extraction },
        { "claimdesk.categorization", Categorization },
        { "claimdesk.llm", Api },
        { "claimdesk.system", System },
    };
    const auto it = Ours.constFind(QByteArray(qtCategory ? qtCategory : "default"));
    if (it != Ours.constEnd())
        return *it;
    return level == LogLevel::Error ? Error : System;
}

} // namespace ClaimDesk
