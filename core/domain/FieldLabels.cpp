#include "domain/FieldLabels.h"

#include "domain/DomainTr.h"

#include <QCoreApplication>
#include <QHash>

namespace ClaimDesk {

namespace {

const QHash<QString, const char*>& labels()
{
    static const QHash<QString, const char*> Labels = {
        { QStringLiteral("merchant"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Merchant") },
        { QStringLiteral("date"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Date") },
        { QStringLiteral("total"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Total paid") },
        { QStringLiteral("billing_number"),
            QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Billing number") },
        { QStringLiteral("items"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Items") },
        { QStringLiteral("citizen_id"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "National ID") },
        { QStringLiteral("name_th"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Name (Thai)") },
        { QStringLiteral("name_en"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Name (English)") },
        { QStringLiteral("date_of_birth"),
            QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Date of birth") },
        { QStringLiteral("issue_date"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Issued") },
        { QStringLiteral("expiry_date"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Expires") },
        { QStringLiteral("license_id"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Licence number") },
        { QStringLiteral("plate_number"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Plate number") },
        { QStringLiteral("province"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Province") },
        { QStringLiteral("vehicle_type"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Vehicle type") },
        { QStringLiteral("registration_date"),
            QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Registered") },
        { QStringLiteral("brand"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Brand") },
        { QStringLiteral("chassis_number"),
            QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Chassis number") },
        { QStringLiteral("engine_number"),
            QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Engine number") },
        { QStringLiteral("model_year"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Model year") },
        { QStringLiteral("patient_name"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Patient") },
        { QStringLiteral("diagnosis"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Diagnosis") },
        { QStringLiteral("treatment"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Treatment") },
        { QStringLiteral("doctor_name"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Doctor") },
        { QStringLiteral("hospital"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Hospital") },
        { QStringLiteral("admission_date"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Admitted") },
        { QStringLiteral("discharge_date"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Discharged") },
        { QStringLiteral("gps_latitude"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Latitude") },
        { QStringLiteral("gps_longitude"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Longitude") },
        { QStringLiteral("taken_at"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Photo taken") },
        // The claim's own details, as its audit trail names them ("edit:amount").
        { QStringLiteral("amount"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Amount") },
        { QStringLiteral("in_network"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "In network") },
        { QStringLiteral("is_emergency"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Emergency") },
        { QStringLiteral("provider_name"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Provider") },
        { QStringLiteral("diagnosis_code"),
            QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Diagnosis code") },
        { QStringLiteral("treatment_notes"),
            QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Treatment notes") },
        { QStringLiteral("claimant_name"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Claimant") },
        { QStringLiteral("claimant_national_id"),
            QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Claimant's national ID") },
        { QStringLiteral("assignee"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Assignee") },
        { QStringLiteral("service_date"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Service date") },
        { QStringLiteral("prior_approval"),
            QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Prior approval") },
        { QStringLiteral("line_items"), QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Line items") },
    };
    return Labels;
}

} // namespace

const char* fieldLabelSource(const QString& name)
{
    const auto it = labels().constFind(name);
    return it != labels().constEnd() ? *it : nullptr;
}

QString fieldLabel(const QString& name)
{
    if (const auto it = labels().constFind(name); it != labels().constEnd())
        return DomainTr::tr(*it);
    // items.N.item / items.N.amount
    const QStringList parts = name.split(u'.');
    if (parts.size() == 3 && parts[0] == u"items") {
        const int n = parts[1].toInt() + 1;
        return parts[2] == u"amount" ? DomainTr::tr("Item %1 amount").arg(n)
                                     : DomainTr::tr("Item %1").arg(n);
    }
    QString plain = name;
    plain.replace(u'_', u' ');
    return plain;
}

} // namespace ClaimDesk
