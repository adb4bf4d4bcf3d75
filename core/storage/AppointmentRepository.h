#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace ClaimDesk {

// Inspection appointments agreed with a customer.
class AppointmentRepository final
{
public:
    explicit AppointmentRepository(Database db);

    // Books the appointment and writes an audit line on the claim, in one transaction.
    Status book(const QString& claimId, const QDateTime& at, const QString& actor,
        const QDateTime& bookedAt);
    Result<QList<QDateTime>> forClaim(const QString& claimId) const;

private:
    Database m_db;
};

} // namespace ClaimDesk
