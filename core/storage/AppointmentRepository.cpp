#include "AppointmentRepository.h"

#include "storage/AuditRepository.h"
#include "storage/SqlHelpers.h"

namespace ClaimDesk {

AppointmentRepository::AppointmentRepository(Database db)
    : m_db(std::move(db))
{ }

Status AppointmentRepository::book(
    const QString& claimId, const QDateTime& at, const QString& actor, const QDateTime& bookedAt)
{
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto s = Sql::exec(q,
                QStringLiteral("INSERT INTO inspection_appointments (claim_id, at, booked_at,"
                               " actor) VALUES (?, ?, ?, ?)"),
                { claimId, Sql::fromDateTime(at), Sql::fromDateTime(bookedAt), actor });
            !s)
            return s;
        return AuditRepository(m_db).append({ 0, bookedAt, actor, claimId, AuditAction::Appointment,
            QString(), at.toString(Qt::ISODate), {} });
    });
}

Result<QList<QDateTime>> AppointmentRepository::forClaim(const QString& claimId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT at FROM inspection_appointments WHERE claim_id = ? ORDER BY at"),
            { claimId });
        !s)
        return Result<QList<QDateTime>>::failure(s.errorDetail());
    QList<QDateTime> out;
    while (q.next())
        out << Sql::toDateTime(q.value(0));
    return out;
}

} // namespace ClaimDesk
