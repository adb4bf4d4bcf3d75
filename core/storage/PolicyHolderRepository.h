#pragma once

#include "domain/PolicyHolder.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QList>

namespace ClaimDesk {

// The insurer's policy holders, looked up by national ID and line of business.
class PolicyHolderRepository final
{
public:
    explicit PolicyHolderRepository(Database db);

    // Inserts or replaces each policy by policy number, in one transaction.
    Result<int> upsert(const QList<PolicyHolder>& policies);
    Result<QList<PolicyHolder>> findByIdCard(const QString& idCardNumber, ClaimType type) const;
    Result<qint64> count() const;

private:
    Database m_db;
};

} // namespace ClaimDesk
