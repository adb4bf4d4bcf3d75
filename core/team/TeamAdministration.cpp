#include "TeamAdministration.h"

#include "storage/TeamSchema.h"
#include "team/TeamTr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ClaimDesk {

namespace {

// The server refuses a login outside claimdesk_admin by its own words
// ("permission denied for function ..."); the person is told which role it takes.
Status namingTheRoleNeeded(Status status)
{
    if (status || status.errorKind() != ErrorKind::Forbidden)
        return status;
    return Status::failure(Error::of(ErrorKind::Forbidden,
        TeamTr::tr(
            "only a team administrator (the claimdesk_admin role) adds or changes people: %1")
            .arg(status.error())));
}

} // namespace

TeamAdministration::TeamAdministration(Database db)
    : m_db(std::move(db))
{ }

Status TeamAdministration::init()
{
    return TeamSchema::install(m_db);
}

Status TeamAdministration::checkName(const QString& name)
{
    static const QRegularExpression Login(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (Login.match(name).hasMatch() && !name.startsWith(QStringLiteral("claimdesk_"))
        && !name.startsWith(QStringLiteral("pg_")))
        return {};
    return Status::failure(Error::of(ErrorKind::Invalid,
        TeamTr::tr(
            "'%1' cannot be a login: use a letter or _, then letters, digits or _ (at most 63), "
            "not beginning with claimdesk_ or pg_")
            .arg(name)));
}

Status TeamAdministration::requireTeamBook() const
{
    const auto installed = TeamSchema::isInstalled(m_db);
    if (!installed)
        return Status::failure(installed.errorDetail());
    if (*installed)
        return {};
    if (m_db.dialect().kind() != SqlDialect::Kind::Postgres)
        return Status::failure(Error::of(ErrorKind::Invalid,
            TeamTr::tr("people and roles belong to a team book on a PostgreSQL server (--db-url); "
                       "a desk's own file has only its login")));
    return Status::failure(Error::of(ErrorKind::Invalid,
        TeamTr::tr("this book is not set up for a team yet: run `claimdesk-cli team init` first")));
}

Status TeamAdministration::add(
    const QString& name, TeamRole role, const Money& limit, const std::optional<QString>& password)
{
    if (auto s = checkName(name); !s)
        return s;
    if (limit.cents() < 0)
        return Status::failure(
            Error::of(ErrorKind::Invalid, TeamTr::tr("an authority limit cannot be negative")));
    if (auto s = requireTeamBook(); !s)
        return s;
    return namingTheRoleNeeded(TeamUserRepository(m_db).add(name, role, limit, password));
}

Status TeamAdministration::change(const QString& name, const TeamUserChange& change)
{
    if (change.limit && change.limit->cents() < 0)
        return Status::failure(
            Error::of(ErrorKind::Invalid, TeamTr::tr("an authority limit cannot be negative")));
    if (auto s = requireTeamBook(); !s)
        return s;
    return namingTheRoleNeeded(TeamUserRepository(m_db).change(name, change));
}

Result<QList<TeamUser>> TeamAdministration::users() const
{
    if (auto s = requireTeamBook(); !s)
        return Result<QList<TeamUser>>::failure(s.errorDetail());
    return TeamUserRepository(m_db).list();
}

} // namespace ClaimDesk
