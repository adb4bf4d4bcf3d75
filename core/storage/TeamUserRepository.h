#pragma once

#include "domain/TeamRole.h"
#include "storage/Database.h"
#include "util/Money.h"
#include "util/Result.h"

#include <QList>
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

// The people of a team book, through the functions TeamSchema installs (which
// check that the caller is an administrator and run as the book's owner): the
// login name is bound as a value and quoted by the server, never spliced into SQL.
// Needs TeamSchema installed; a refusal is ErrorKind::Forbidden.
class TeamUserRepository final
{
public:
    explicit TeamUserRepository(Database db);

    // A password is optional (a login may use the server's other ways in).
    Status add(const QString& name, TeamRole role, const Money& limit,
        const std::optional<QString>& password);
    Status change(const QString& name, const TeamUserChange& change);
    // Everyone in a ClaimDesk group, by name.
    Result<QList<TeamUser>> list() const;

private:
    Database m_db;
};

} // namespace ClaimDesk
