#include "ResponseTimeRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QCoreApplication>

namespace ClaimDesk {

ResponseTimeRepository::ResponseTimeRepository(Database db)
    : m_db(std::move(db))
{ }

Status ResponseTimeRepository::record(
    const QString& claimId, qint64 milliseconds, const QDateTime& at)
{
    QSqlQuery q = m_db.query();
    // The claim's type and creation time are copied for the manager figures.
    if (auto s = Sql::exec(q,
            QStringLiteral("INSERT INTO response_times (claim_id, claim_type, claim_created_at,"
                           " at, ms) SELECT id, claim_type, created_at, ?, ? FROM claims"
                           " WHERE id = ?"),
            { at.toMSecsSinceEpoch(), std::max<qint64>(milliseconds, 0), claimId });
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(StorageTr::tr("there is no claim %1").arg(claimId));
    return {};
}

Result<std::optional<qint64>> ResponseTimeRepository::averageFor(const QString& claimId) const
{
    using R = Result<std::optional<qint64>>;
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(ms), 0) FROM response_times"
                           " WHERE claim_id = ?"),
            { claimId });
        !s)
        return R::failure(s.errorDetail());
    if (!q.next() || q.value(0).toLongLong() == 0)
        return std::optional<qint64>();
    const qint64 n = q.value(0).toLongLong();
    return std::optional<qint64>((q.value(1).toLongLong() * 2 + n) / (2 * n));
}

} // namespace ClaimDesk
