#include "TeamPasswords.h"

#include <QUrlQuery>

namespace ClaimDesk::TeamPasswords {

namespace {

const QString Service = QStringLiteral("ClaimDesk team book");

} // namespace

QString entryKey(const DatabaseLocation& location)
{
    const QUrl& url = location.postgresUrl;
    // a Unix socket is named by its folder (libpq's ?host=)
    const QString host
        = url.host().isEmpty() ? QUrlQuery(url).queryItemValue(QStringLiteral("host")) : url.host();
    return QStringLiteral("%1@%2:%3%4")
        .arg(location.login(), host)
        .arg(url.port(5432))
        .arg(url.path());
}

KeychainEntry::Answer read(const DatabaseLocation& location, int timeoutMs)
{
    return KeychainEntry::readNow(Service, entryKey(location), timeoutMs);
}

QString store(const DatabaseLocation& location, const QString& password)
{
    return KeychainEntry::writeNow(Service, entryKey(location), password);
}

QString forget(const DatabaseLocation& location)
{
    return KeychainEntry::removeNow(Service, entryKey(location));
}

DatabaseLocation withStoredPassword(const DatabaseLocation& location, int timeoutMs)
{
    if (!location.isPostgres() || !location.postgresUrl.password().isEmpty())
        return location;
    const auto answer = read(location, timeoutMs);
    if (answer.secret.isEmpty())
        return location;
    DatabaseLocation filled = location;
    filled.postgresUrl.setPassword(answer.secret);
    return filled;
}

} // namespace ClaimDesk::TeamPasswords
