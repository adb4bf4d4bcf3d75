#pragma once

#include "domain/TeamRole.h"
#include "util/Money.h"

#include <QString>
#include <optional>

namespace ClaimDesk {

// A person on a team book: their login, group, authority limit and whether
// they may connect.
struct TeamUser
{
    QString name;
    TeamRole role = TeamRole::Adjuster;
    Money limit;
    bool active = true;
};

// What changes about a person; unset parts stay as they are.
struct TeamUserChange
{
    std::optional<TeamRole> role;
    std::optional<Money> limit;
    std::optional<bool> active;
};

} // namespace ClaimDesk
