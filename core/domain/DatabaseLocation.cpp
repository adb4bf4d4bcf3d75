#include "domain/DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace ClaimDesk {

QString DatabaseLocation::displayName() const
{
    if (isPostgres())
        return postgresUrl.toString(QUrl::RemovePassword | QUrl::RemoveQuery);
    return QDir::toNativeSeparators(sqlitePath);
}

DatabaseLocation DatabaseLocation::sqlite(const QString& path)
{
    DatabaseLocation loc;
    loc.sqlitePath = path;
    return loc;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(dir + QStringLiteral("/claimdesk.sqlite"));
}

} // namespace ClaimDesk
