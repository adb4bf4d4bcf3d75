#pragma once

#include "domain/TeamUser.h"
#include "storage/Database.h"
#include "util/Money.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ClaimDesk {

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
