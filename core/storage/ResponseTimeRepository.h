#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>

namespace ClaimDesk {

// How long each reply to a customer took, per claim (seed 004's claim metrics);
// the manager area's average response time is computed from these.
class ResponseTimeRepository final
{
public:
    explicit ResponseTimeRepository(Database db);

    Status record(const QString& claimId, qint64 milliseconds, const QDateTime& at);
    // The mean over the claim's replies, rounded; nothing before the first reply.
    Result<std::optional<qint64>> averageFor(const QString& claimId) const;

private:
    Database m_db;
};

} // namespace ClaimDesk
