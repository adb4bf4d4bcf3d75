#include "domain/FieldLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace ClaimDesk {

namespace {

const QHash<QString, const char*>& labels()
{
    static const QHash<QString, const char*> Labels = {
        { QStringLiteral("merchant"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Merchant") },
        { QStringLiteral("date"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Date") },
        { QStringLiteral("total"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Total paid") },
        { QStringLiteral("billing_number"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Billing number") },
        { QStringLiteral("items"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Items") },
        { QStringLiteral("citizen_id"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "National ID") },
        { QStringLiteral("name_th"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Name (Thai)") },
        { QStringLiteral("name_en"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Name (English)") },
        { QStringLiteral("date_of_birth"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Date of birth") },
        { QStringLiteral("issue_date"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Issued") },
        { QStringLiteral("expiry_date"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Expires") },
        { QStringLiteral("license_id"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Licence number") },
        { QStringLiteral("plate_number"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Plate number") },
        { QStringLiteral("province"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Province") },
        { QStringLiteral("vehicle_type"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Vehicle type") },
        { QStringLiteral("registration_date"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Registered") },
        { QStringLiteral("brand"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Brand") },
        { QStringLiteral("chassis_number"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Chassis number") },
        { QStringLiteral("engine_number"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Engine number") },
        { QStringLiteral("model_year"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Model year") },
        { QStringLiteral("patient_name"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Patient") },
        { QStringLiteral("diagnosis"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Diagnosis") },
        { QStringLiteral("treatment"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Treatment") },
        { QStringLiteral("doctor_name"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Doctor") },
        { QStringLiteral("hospital"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Hospital") },
        { QStringLiteral("admission_date"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Admitted") },
        { QStringLiteral("discharge_date"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Discharged") },
        { QStringLiteral("gps_latitude"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Latitude") },
        { QStringLiteral("gps_longitude"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Longitude") },
        { QStringLiteral("taken_at"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Photo taken") },
        // The claim's own details, as its audit trail names them ("edit:amount").
        { QStringLiteral("amount"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Amount") },
        { QStringLiteral("in_network"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "In network") },
        { QStringLiteral("is_emergency"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Emergency") },
        { QStringLiteral("provider_name"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Provider") },
        { QStringLiteral("diagnosis_code"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Diagnosis code") },
        { QStringLiteral("treatment_notes"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Treatment notes") },
        { QStringLiteral("claimant_name"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Claimant") },
        { QStringLiteral("claimant_national_id"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Claimant's national ID") },
        { QStringLiteral("assignee"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Assignee") },
        { QStringLiteral("service_date"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Service date") },
        { QStringLiteral("prior_approval"),
            QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Prior approval") },
        { QStringLiteral("line_items"), QT_TRANSLATE_NOOP("ClaimDesk::FieldLabels", "Line items") },
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
        return QCoreApplication::translate("ClaimDesk::FieldLabels", *it);
    // items.N.item / items.N.amount
    const QStringList parts = name.split(u'.');
    if (parts.size() == 3 && parts[0] == u"items") {
        const int n = parts[1].toInt() + 1;
        return parts[2] == u"amount"
            ? QCoreApplication::translate("ClaimDesk::FieldLabels", "Item %1 amount").arg(n)
            : QCoreApplication::translate("ClaimDesk::FieldLabels", "Item %1").arg(n);
    }
    QString plain = name;
    plain.replace(u'_', u' ');
    return plain;
}

} // namespace ClaimDesk
