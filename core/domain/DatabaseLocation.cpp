#include "domain/DatabaseLocation.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <pwd.h>
#include <unistd.h>

namespace ClaimDesk {

QString DatabaseLocation::displayName() const
{
    if (isPostgres())
        return postgresUrl.toString(QUrl::RemovePassword | QUrl::RemoveQuery);
    return QDir::toNativeSeparators(sqlitePath);
}

QString DatabaseLocation::login() const
{
    if (isPostgres()) {
        if (!postgresUrl.userName().isEmpty())
            return postgresUrl.userName();
        if (const QString user = qEnvironmentVariable("PGUSER"); !user.isEmpty())
            return user;
    }
    return systemLogin();
}

QString DatabaseLocation::systemLogin()
{
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(geteuid());
}

DatabaseLocation DatabaseLocation::sqlite(const QString& path)
{
    DatabaseLocation loc;
    loc.sqlitePath = path;
    return loc;
}

DatabaseLocation DatabaseLocation::fromString(const QString& pathOrUrl)
{
    if (!pathOrUrl.startsWith(QLatin1String("postgresql://"))
        && !pathOrUrl.startsWith(QLatin1String("postgres://")))
        return sqlite(pathOrUrl);
    DatabaseLocation location;
    location.postgresUrl = QUrl(pathOrUrl);
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(dir + QStringLiteral("/claimdesk.sqlite"));
}

QString DatabaseLocation::chosenPath()
{
    return QSettings().value(QStringLiteral("database/path")).toString();
}

void DatabaseLocation::setChosenPath(const QString& path)
{
    QSettings().setValue(QStringLiteral("database/path"), path);
}

} // namespace ClaimDesk
