#include "ClaimAssignment.h"

#include "claims/ClaimsTr.h"
#include "storage/ClaimRepository.h"
#include "storage/TeamSchema.h"
#include "storage/TeamUserRepository.h"

#include <QCoreApplication>

namespace ClaimDesk {

ClaimAssignment::ClaimAssignment(Database db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<std::optional<Claim>> ClaimAssignment::takeNext(std::optional<ClaimType> type)
{
    return ClaimRepository(m_db, m_clock).takeNext(type);
}

Result<Claim> ClaimAssignment::assign(const QString& claimId, const QString& login)
{
    const auto team = TeamSchema::isInstalled(m_db);
    if (!team)
        return Result<Claim>::failure(team.errorDetail());
    if (*team) {
        const auto people = TeamUserRepository(m_db).list();
        if (!people)
            return Result<Claim>::failure(people.errorDetail());
        const bool known = std::any_of(people->begin(), people->end(),
            [&](const TeamUser& u) { return u.name == login && u.active; });
        if (!known)
            return Result<Claim>::failure(Error::of(ErrorKind::Invalid,
                ClaimsTr::tr("%1 is not an active person of this team").arg(login)));
    }
    return ClaimRepository(m_db, m_clock).setAssignee(claimId, login);
}

Result<Claim> ClaimAssignment::release(const QString& claimId)
{
    return ClaimRepository(m_db, m_clock).setAssignee(claimId, QString());
}

} // namespace ClaimDesk
