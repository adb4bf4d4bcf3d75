#pragma once

#include "storage/TeamUserRepository.h"
#include "util/Result.h"

namespace ClaimDesk {

// Setting up a team book and managing its people: what `team init` and
// `claimdesk-cli users` (and Admin > Users) call. Runs on the caller's thread
// with the caller's connection; the server decides who may (TeamSchema), and
// its refusal comes back as ErrorKind::Forbidden with the reason in words.
class TeamAdministration final
{
public:
    explicit TeamAdministration(Database db);

    // Creates or brings up to date the roles, grants and rules of a team book;
    // safe to run again. Invalid on a desk's SQLite file.
    Status init();

    // A login name as the server will know it: a letter or _, then letters,
    // digits or _ (at most 63). Invalid, naming the name, otherwise.
    static Status checkName(const QString& name);

    Status add(const QString& name, TeamRole role, const Money& limit,
        const std::optional<QString>& password = std::nullopt);
    Status change(const QString& name, const TeamUserChange& change);
    Result<QList<TeamUser>> users() const;

private:
    Status requireTeamBook() const;

    Database m_db;
};

} // namespace ClaimDesk
