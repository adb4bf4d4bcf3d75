#include "BookCounts.h"

#include "storage/SqlHelpers.h"

namespace ClaimDesk {

qint64 BookCounts::count(ClaimStatus status) const
{
    return count(status, ClaimType::Health) + count(status, ClaimType::CarDamage);
}

qint64 BookCounts::total() const
{
    qint64 n = 0;
    for (int s = 0; s < Statuses; ++s)
        n += count(static_cast<ClaimStatus>(s));
    return n;
}

qint64 BookCounts::open() const
{
    qint64 n = 0;
    for (int s = 0; s < Statuses; ++s) {
        if (isOpen(static_cast<ClaimStatus>(s)))
            n += count(static_cast<ClaimStatus>(s));
    }
    return n;
}

Result<BookCounts> BookCounts::read(const Database& db)
{
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(q,
            QStringLiteral(
                "SELECT status, claim_type, COUNT(*) FROM claims GROUP BY status, claim_type"));
        !s)
        return Result<BookCounts>::failure(s.errorDetail());
    BookCounts counts;
    while (q.next()) {
        const auto status = claimStatusFromCode(q.value(0).toString());
        const auto type = claimTypeFromCode(q.value(1).toString());
        if (status && type)
            counts
                .byStatusAndType[static_cast<std::size_t>(*status)][static_cast<std::size_t>(*type)]
                = q.value(2).toLongLong();
    }
    if (auto s = Sql::rowsEnded(q); !s)
        return Result<BookCounts>::failure(s.errorDetail());
    if (auto s = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM policy_holders")); !s)
        return Result<BookCounts>::failure(s.errorDetail());
    counts.policyHolders = q.next() ? q.value(0).toLongLong() : 0;
    return counts;
}

} // namespace ClaimDesk
