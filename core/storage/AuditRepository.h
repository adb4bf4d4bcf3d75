#pragma once

#include "domain/AuditEntry.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace ClaimDesk {

// The append-only audit trail: who changed what on which claim, and when.
// The table itself refuses UPDATE and DELETE.
class AuditRepository final
{
public:
    explicit AuditRepository(Database db);

    // Appends the entry with the book's login as its actor (Database::login),
    // whatever entry.actor says: who did what comes from the login, never from a
    // name someone typed. On a team book the server enforces the same.
    Status append(const AuditEntry& entry);
    Result<QList<AuditEntry>> forClaim(const QString& claimId) const;

private:
    Database m_db;
};

} // namespace ClaimDesk
