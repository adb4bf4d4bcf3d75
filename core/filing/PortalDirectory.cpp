#include "PortalDirectory.h"

#include "FilingTr.h"
#include "portal/PortalRecipe.h"
#include "storage/PortalRepository.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace ClaimDesk {

namespace PortalDirectory {

namespace {

Status checkSetup(const PortalSetup& setup)
{
    static const QRegularExpression name(
        QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}$"));
    if (!name.match(setup.name).hasMatch())
        return Status::failure(Error::invalid(
            FilingTr::tr("A portal's name is 1 to 64 letters, digits, spaces, '.', '_' or '-'"),
            QStringLiteral("name")));
    const QUrl url(setup.baseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.host().isEmpty())
        return Status::failure(Error::invalid(
            FilingTr::tr("\"%1\" is not a portal address (https://host/...)").arg(setup.baseUrl),
            QStringLiteral("url")));
    // The password goes over it: in clear only to this machine.
    const bool loopback
        = url.host() == u"127.0.0.1" || url.host() == u"localhost" || url.host() == u"::1";
    if (url.scheme() == u"http" && !loopback)
        return Status::failure(
            Error::invalid(FilingTr::tr("\"%1\" is not encrypted: a portal is reached over https")
                               .arg(setup.baseUrl),
                QStringLiteral("url")));
    if (setup.login.trimmed().isEmpty())
        return Status::failure(
            Error::invalid(FilingTr::tr("The portal's login is missing"), QStringLiteral("user")));
    if (auto recipe = PortalRecipe::parse(setup.recipeJson); !recipe)
        return Status::failure(
            Error::invalid(FilingTr::tr("The recipe is refused: %1").arg(recipe.error()),
                recipe.errorDetail().field));
    return {};
}

} // namespace

Result<InsurerPortal> add(const Database& db, const PortalSetup& setup, const QString& actor)
{
    if (auto s = checkSetup(setup); !s)
        return Result<InsurerPortal>::failure(s.errorDetail());
    InsurerPortal portal { setup.name, setup.baseUrl, setup.login.trimmed(), setup.recipeJson,
        setup.statusAfter, actor, QDateTime::currentDateTimeUtc() };
    if (auto s = PortalRepository(db).savePortal(portal); !s)
        return Result<InsurerPortal>::failure(s.errorDetail());
    return portal;
}

Result<QByteArray> readRecipe(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(Error::invalid(
            FilingTr::tr("The recipe %1 cannot be read: %2").arg(path, file.errorString()),
            QStringLiteral("recipe")));
    return file.read(PortalRecipe::MaxBytes + 1);
}

Result<QList<InsurerPortal>> list(const Database& db)
{
    return PortalRepository(db).portals();
}

Result<InsurerPortal> find(const Database& db, const QString& name)
{
    return PortalRepository(db).portal(name);
}

Status remove(const Database& db, const QString& name)
{
    return PortalRepository(db).removePortal(name);
}

} // namespace PortalDirectory

namespace PortalPasswords {

namespace {

const QString Service = QStringLiteral("ClaimDesk insurer portal");

QString entryKey(const InsurerPortal& portal)
{
    return portal.login + u'@' + QUrl(portal.baseUrl).host() + u'/' + portal.name;
}

} // namespace

KeychainEntry::Answer read(const InsurerPortal& portal, int timeoutMs)
{
    return KeychainEntry::readNow(Service, entryKey(portal), timeoutMs);
}

KeychainEntry* entry(const InsurerPortal& portal, QObject* parent)
{
    return new KeychainEntry(Service, entryKey(portal), parent);
}

QString store(const InsurerPortal& portal, const QString& password, int timeoutMs)
{
    return KeychainEntry::writeNow(Service, entryKey(portal), password, timeoutMs);
}

QString forget(const InsurerPortal& portal, int timeoutMs)
{
    return KeychainEntry::removeNow(Service, entryKey(portal), timeoutMs);
}

} // namespace PortalPasswords

} // namespace ClaimDesk
