#include "PolicyVerifier.h"

#include "policylibrary/PolicyLibraryTr.h"
#include "storage/PolicyHolderRepository.h"
#include "util/NationalId.h"

#include <QCoreApplication>

namespace ClaimDesk {

namespace {

PolicyVerification::Status statusOf(const PolicyHolder& p, const QDate& asOf)
{
    using S = PolicyVerification::Status;
    const QString status = p.status.trimmed().toLower();
    if (status == u"expired")
        return S::Expired;
    if (status != u"active")
        return S::Inactive;
    if (asOf < p.startDate || asOf > p.endDate)
        return S::NotInPeriod;
    return S::Active;
}

} // namespace

QString PolicyVerification::statusCode() const
{
    switch (status) {
    case Status::NotFound:
        return {};
    case Status::Active:
        return QStringLiteral("active");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Inactive:
        return QStringLiteral("inactive");
    case Status::NotInPeriod:
        return QStringLiteral("not_in_period");
    }
    return {};
}

QString PolicyVerification::statusLabel() const
{
    switch (status) {
    case Status::NotFound:
        return PolicyLibraryTr::tr("No policy found for this ID");
    case Status::Active:
        return PolicyLibraryTr::tr("Active policy");
    case Status::Expired:
        return PolicyLibraryTr::tr("The policy has expired");
    case Status::Inactive:
        return PolicyLibraryTr::tr("The policy is inactive");
    case Status::NotInPeriod:
        return PolicyLibraryTr::tr("The date is outside the policy period");
    }
    return {};
}

QJsonObject PolicyVerification::toJson() const
{
    QJsonObject o { { QStringLiteral("found"), found() }, { QStringLiteral("id_number"), idNumber },
        { QStringLiteral("check_digit_valid"), checkDigitValid },
        { QStringLiteral("status"), found() ? QJsonValue(statusCode()) : QJsonValue() },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
    if (!policy) {
        o.insert(QStringLiteral("policy"), QJsonValue());
        return o;
    }
    const PolicyHolder& p = *policy;
    QJsonObject po { { QStringLiteral("policy_number"), p.policyNumber },
        { QStringLiteral("type"), claimTypeCode(p.type) }, { QStringLiteral("name_th"), p.nameTh },
        { QStringLiteral("name_en"), p.nameEn }, { QStringLiteral("phone"), p.phone },
        { QStringLiteral("status"), p.status },
        { QStringLiteral("start_date"), p.startDate.toString(Qt::ISODate) },
        { QStringLiteral("end_date"), p.endDate.toString(Qt::ISODate) } };
    if (p.type == ClaimType::Health) {
        po.insert(QStringLiteral("plan"), p.plan);
        po.insert(QStringLiteral("coverage_ipd"), p.coverageIpd.toString());
        po.insert(QStringLiteral("coverage_opd"), p.coverageOpd.toString());
        po.insert(QStringLiteral("room_per_night"), p.roomPerNight.toString());
    } else {
        po.insert(QStringLiteral("vehicle_plate"), p.vehiclePlate);
        po.insert(QStringLiteral("vehicle_brand"), p.vehicleBrand);
        po.insert(QStringLiteral("vehicle_model"), p.vehicleModel);
        po.insert(QStringLiteral("vehicle_year"), p.vehicleYear);
        po.insert(QStringLiteral("vehicle_color"), p.vehicleColor);
        po.insert(QStringLiteral("coverage_type"), p.coverageType);
        po.insert(QStringLiteral("coverage_amount"), p.coverageAmount.toString());
        po.insert(QStringLiteral("deductible"), p.deductible.toString());
    }
    o.insert(QStringLiteral("policy"), po);
    return o;
}

PolicyVerifier::PolicyVerifier(Database db)
    : m_db(std::move(db))
{ }

Result<int> PolicyVerifier::importHolders(const QList<PolicyHolder>& holders)
{
    return PolicyHolderRepository(m_db).upsert(holders);
}

Result<PolicyVerification> PolicyVerifier::verify(
    const QString& idNumber, ClaimType type, const QDate& asOf) const
{
    PolicyVerification v;
    v.idNumber = NationalId::clean(idNumber);
    const bool digits
        = std::all_of(v.idNumber.begin(), v.idNumber.end(), [](QChar c) { return c.isDigit(); });
    if (v.idNumber.size() != 13 || !digits)
        return Result<PolicyVerification>::failure(
            Error::invalid(PolicyLibraryTr::tr("'%1' is not a 13-digit national ID number")
                               .arg(idNumber.trimmed()),
                QStringLiteral("national_id")));
    v.checkDigitValid = NationalId::hasValidCheckDigit(v.idNumber);
    if (!v.checkDigitValid)
        v.warnings << PolicyLibraryTr::tr(
            "The check digit of %1 does not match; check the number was read correctly")
                          .arg(v.idNumber);

    auto policies = PolicyHolderRepository(m_db).findByIdCard(v.idNumber, type);
    if (!policies)
        return Result<PolicyVerification>::failure(policies.errorDetail());
    // Several policies for one person: an active one in period wins, else the latest.
    for (const PolicyHolder& p : *policies) {
        const auto status = statusOf(p, asOf);
        if (!v.policy || (status == PolicyVerification::Status::Active && v.status != status)) {
            v.policy = p;
            v.status = status;
        }
    }
    return v;
}

} // namespace ClaimDesk
