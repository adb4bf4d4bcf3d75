#include "AppSettings.h"

#include "i18n/Translations.h"

#include <QSettings>

namespace ClaimDesk::AppSettings {

QString language()
{
    return QSettings()
        .value(QStringLiteral("ui/language"), Translations::systemLanguage())
        .toString();
}

void setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString databasePath()
{
    return QSettings().value(QStringLiteral("database/path")).toString();
}

void setDatabasePath(const QString& path)
{
    QSettings().setValue(QStringLiteral("database/path"), path);
}

QString userName()
{
    return QSettings()
        .value(
            QStringLiteral("user/name"), qEnvironmentVariable("USER", QStringLiteral("adjuster")))
        .toString();
}

void setUserName(const QString& name)
{
    QSettings().setValue(QStringLiteral("user/name"), name);
}

} // namespace ClaimDesk::AppSettings
