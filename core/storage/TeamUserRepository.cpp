#include "TeamUserRepository.h"

#include "storage/SqlHelpers.h"

namespace ClaimDesk {

TeamUserRepository::TeamUserRepository(Database db)
    : m_db(std::move(db))
{ }

Status TeamUserRepository::add(
    const QString& name, TeamRole role, const Money& limit, const std::optional<QString>& password)
{
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        return Sql::exec(q, QStringLiteral("SELECT claimdesk_add_user(?, ?, ?, ?)"),
            { name, teamRoleCode(role), limit.cents(),
                password ? QVariant(*password) : Sql::nullString() });
    });
}

Status TeamUserRepository::change(const QString& name, const TeamUserChange& change)
{
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        return Sql::exec(q, QStringLiteral("SELECT claimdesk_set_user(?, ?, ?, ?)"),
            { name, change.role ? QVariant(teamRoleCode(*change.role)) : Sql::nullString(),
                change.limit ? QVariant(change.limit->cents()) : Sql::nullInt(),
                change.active ? QVariant(*change.active) : QVariant(QMetaType(QMetaType::Bool)) });
    });
}

Result<QList<TeamUser>> TeamUserRepository::list() const
{
    using R = Result<QList<TeamUser>>;
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT name, role, limit_cents, active FROM claimdesk_users"
                           " ORDER BY name, role"));
        !s)
        return R::failure(s.errorDetail());
    QList<TeamUser> users;
    while (q.next()) {
        const auto role = teamRoleFromCode(q.value(1).toString());
        if (!role)
            continue; // a group this version does not know
        users.append({ q.value(0).toString(), *role, Money::fromCents(q.value(2).toLongLong()),
            q.value(3).toBool() });
    }
    return users;
}

} // namespace ClaimDesk
