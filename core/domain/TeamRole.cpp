#include "domain/TeamRole.h"

#include "domain/DomainTr.h"

#include <QCoreApplication>
#include <array>

namespace ClaimDesk {

namespace {

struct RoleText
{
    const char* code;
    const char* label;
};

// In the order of TeamRole.
constexpr std::array<RoleText, 4> Roles = { {
    { "adjuster", QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Adjuster") },
    { "manager", QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Manager") },
    { "admin", QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Administrator") },
    { "auditor", QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Auditor") },
} };

} // namespace

QString teamRoleCode(TeamRole role)
{
    return QLatin1String(Roles[static_cast<std::size_t>(role)].code);
}

std::optional<TeamRole> teamRoleFromCode(const QString& code)
{
    for (std::size_t i = 0; i < Roles.size(); ++i) {
        if (code == QLatin1String(Roles[i].code))
            return static_cast<TeamRole>(i);
    }
    return std::nullopt;
}

QStringList allTeamRoleCodes()
{
    QStringList codes;
    for (const RoleText& r : Roles)
        codes << QLatin1String(r.code);
    return codes;
}

QString teamRoleLabel(TeamRole role)
{
    return DomainTr::tr(Roles[static_cast<std::size_t>(role)].label);
}

} // namespace ClaimDesk
