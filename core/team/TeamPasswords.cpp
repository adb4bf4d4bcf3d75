#include "TeamPasswords.h"

#include "storage/Database.h"
#include "team/TeamTr.h"

#include <QCoreApplication>
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

QString store(const DatabaseLocation& location, const QString& password, int timeoutMs)
{
    return KeychainEntry::writeNow(Service, entryKey(location), password, timeoutMs);
}

Status checkAndStore(const DatabaseLocation& location, const QString& password)
{
    DatabaseLocation signedIn = location;
    signedIn.postgresUrl.setPassword(password);
    if (auto s = Database::checkLogin(signedIn); !s)
        return s;
    if (const QString problem = store(location, password); !problem.isEmpty())
        return Status::failure(
            TeamTr::tr("the server took the password, but the keychain did not keep it: %1")
                .arg(problem));
    return {};
}

QString forget(const DatabaseLocation& location, int timeoutMs)
{
    return KeychainEntry::removeNow(Service, entryKey(location), timeoutMs);
}

std::optional<DatabaseLocation> withStoredPassword(const DatabaseLocation& location, int timeoutMs)
{
    if (!location.isPostgres())
        return std::nullopt;
    const auto answer = read(location, timeoutMs);
    if (answer.secret.isEmpty() || answer.secret == location.postgresUrl.password())
        return std::nullopt;
    DatabaseLocation filled = location;
    filled.postgresUrl.setPassword(answer.secret);
    return filled;
}

} // namespace ClaimDesk::TeamPasswords
