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

    Status append(const AuditEntry& entry);
    Result<QList<AuditEntry>> forClaim(const QString& claimId) const;

private:
    Database m_db;
};

} // namespace ClaimDesk
