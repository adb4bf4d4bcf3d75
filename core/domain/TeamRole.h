#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ClaimDesk {

// What a person on a team book may do; each is a PostgreSQL group role
// (claimdesk_<code>) whose grants and triggers the server enforces.
enum class TeamRole
{
    Adjuster, // works the claims they take or are given, up to their authority limit
    Manager, // all an adjuster may, on every claim; assigns; approves any amount
    Admin, // users, the policy library, the application log; decides no claim
    Auditor, // reads everything, writes nothing
};

QString teamRoleCode(TeamRole role); // "adjuster"
std::optional<TeamRole> teamRoleFromCode(const QString& code);
QStringList allTeamRoleCodes();
QString teamRoleLabel(TeamRole role); // translated

} // namespace ClaimDesk
