#include "AuditRepository.h"

#include "storage/SqlHelpers.h"

namespace ClaimDesk {

AuditRepository::AuditRepository(Database db)
    : m_db(std::move(db))
{ }

Status AuditRepository::append(const AuditEntry& e)
{
    QSqlQuery q = m_db.query();
    return Sql::exec(q,
        QStringLiteral("INSERT INTO audit_log (at, actor, claim_id, action, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { Sql::fromDateTime(e.at), m_db.login(),
            e.claimId.isEmpty() ? Sql::nullString() : QVariant(e.claimId), e.code(), e.oldValue,
            e.newValue });
}

Result<QList<AuditEntry>> AuditRepository::forClaim(const QString& claimId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT id, at, actor, claim_id, action, old_value, new_value "
                           "FROM audit_log WHERE claim_id = ? ORDER BY id"),
            { claimId });
        !s)
        return Result<QList<AuditEntry>>::failure(s.errorDetail());
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = Sql::toDateTime(q.value(1));
        e.actor = q.value(2).toString();
        e.claimId = q.value(3).toString();
        e.setCode(q.value(4).toString());
        e.oldValue = q.value(5).toString();
        e.newValue = q.value(6).toString();
        out << e;
    }
    return out;
}

} // namespace ClaimDesk
