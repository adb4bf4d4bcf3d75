#include "PolicyHolderRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QCoreApplication>

namespace ClaimDesk {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT policy_type, id_card_number, name_th, name_en, phone, policy_number, status, "
    "start_date,"
    " end_date, plan, coverage_ipd_cents, coverage_opd_cents, room_per_night_cents, vehicle_plate,"
    " vehicle_brand, vehicle_model, vehicle_year, vehicle_color, coverage_type, "
    "coverage_amount_cents,"
    " deductible_cents FROM policy_holders");

} // namespace

PolicyHolderRepository::PolicyHolderRepository(Database db)
    : m_db(std::move(db))
{ }

Result<int> PolicyHolderRepository::upsert(const QList<PolicyHolder>& policies)
{
    const Status s = m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (!q.prepare(QStringLiteral(
                "INSERT INTO policy_holders (policy_type, id_card_number, name_th, name_en, phone,"
                " policy_number, status, start_date, end_date, plan, coverage_ipd_cents,"
                " coverage_opd_cents, room_per_night_cents, vehicle_plate, vehicle_brand, "
                "vehicle_model,"
                " vehicle_year, vehicle_color, coverage_type, coverage_amount_cents, "
                "deductible_cents)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (policy_number) DO UPDATE SET policy_type = excluded.policy_type,"
                " id_card_number = excluded.id_card_number, name_th = excluded.name_th,"
                " name_en = excluded.name_en, phone = excluded.phone, status = excluded.status,"
                " start_date = excluded.start_date, end_date = excluded.end_date, plan = "
                "excluded.plan,"
                " coverage_ipd_cents = excluded.coverage_ipd_cents,"
                " coverage_opd_cents = excluded.coverage_opd_cents,"
                " room_per_night_cents = excluded.room_per_night_cents,"
                " vehicle_plate = excluded.vehicle_plate, vehicle_brand = excluded.vehicle_brand,"
                " vehicle_model = excluded.vehicle_model, vehicle_year = excluded.vehicle_year,"
                " vehicle_color = excluded.vehicle_color, coverage_type = excluded.coverage_type,"
                " coverage_amount_cents = excluded.coverage_amount_cents,"
                " deductible_cents = excluded.deductible_cents"
                // a policy keeps its type: a car file does not replace a health policy
                " WHERE policy_holders.policy_type = excluded.policy_type")))
            return Status::failure(Sql::describe(q.lastError()));
        for (const PolicyHolder& p : policies) {
            const QVariantList values = { claimTypeCode(p.type), p.idCardNumber, p.nameTh, p.nameEn,
                p.phone, p.policyNumber, p.status, p.startDate.toString(Qt::ISODate),
                p.endDate.toString(Qt::ISODate), p.plan, p.coverageIpd.cents(),
                p.coverageOpd.cents(), p.roomPerNight.cents(), p.vehiclePlate, p.vehicleBrand,
                p.vehicleModel, p.vehicleYear, p.vehicleColor, p.coverageType,
                p.coverageAmount.cents(), p.deductible.cents() };
            Sql::bind(q, values);
            if (auto st = Sql::exec(q); !st)
                return st;
            if (q.numRowsAffected() == 0)
                return Status::failure(Error::invalid(
                    StorageTr::tr("policy %1 is already in the book as a policy of another type")
                        .arg(p.policyNumber),
                    QStringLiteral("policy_number")));
        }
        return Status();
    });
    if (!s)
        return Result<int>::failure(
            StorageTr::tr("Could not import the policies: %1").arg(s.error()));
    return static_cast<int>(policies.size());
}

Result<QList<PolicyHolder>> PolicyHolderRepository::findByIdCard(
    const QString& idCardNumber, ClaimType type) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            SelectColumns
                + QStringLiteral(
                    " WHERE id_card_number = ? AND policy_type = ? ORDER BY end_date DESC"),
            { idCardNumber, claimTypeCode(type) });
        !s)
        return Result<QList<PolicyHolder>>::failure(s.errorDetail());
    QList<PolicyHolder> out;
    while (q.next()) {
        PolicyHolder p;
        p.type = claimTypeFromCode(q.value(0).toString()).value_or(type);
        p.idCardNumber = q.value(1).toString();
        p.nameTh = q.value(2).toString();
        p.nameEn = q.value(3).toString();
        p.phone = q.value(4).toString();
        p.policyNumber = q.value(5).toString();
        p.status = q.value(6).toString();
        p.startDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        p.endDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        p.plan = q.value(9).toString();
        p.coverageIpd = Money::fromCents(q.value(10).toLongLong());
        p.coverageOpd = Money::fromCents(q.value(11).toLongLong());
        p.roomPerNight = Money::fromCents(q.value(12).toLongLong());
        p.vehiclePlate = q.value(13).toString();
        p.vehicleBrand = q.value(14).toString();
        p.vehicleModel = q.value(15).toString();
        p.vehicleYear = q.value(16).toInt();
        p.vehicleColor = q.value(17).toString();
        p.coverageType = q.value(18).toString();
        p.coverageAmount = Money::fromCents(q.value(19).toLongLong());
        p.deductible = Money::fromCents(q.value(20).toLongLong());
        out << p;
    }
    return out;
}

Result<qint64> PolicyHolderRepository::count() const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM policy_holders")); !s)
        return Result<qint64>::failure(s.errorDetail());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ClaimDesk
