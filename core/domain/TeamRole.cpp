#include "domain/TeamRole.h"

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
    { "adjuster", QT_TRANSLATE_NOOP("ClaimDesk::TeamRole", "Adjuster") },
    { "manager", QT_TRANSLATE_NOOP("ClaimDesk::TeamRole", "Manager") },
    { "admin", QT_TRANSLATE_NOOP("ClaimDesk::TeamRole", "Administrator") },
    { "auditor", QT_TRANSLATE_NOOP("ClaimDesk::TeamRole", "Auditor") },
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
    return QCoreApplication::translate(
        "ClaimDesk::TeamRole", Roles[static_cast<std::size_t>(role)].label);
}

} // namespace ClaimDesk
