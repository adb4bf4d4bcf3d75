#include "domain/DocumentCategory.h"

#include "domain/DomainTr.h"

#include <QCoreApplication>

namespace ClaimDesk::DocumentCategory {

QStringList all()
{
    return { Receipt, ItemizedBill, MedicalCertificate, DischargeSummary, CitizenIdCard,
        DrivingLicense, VehicleRegistration, VehicleDamagePhoto, VehicleLocationPhoto };
}

QStringList acceptedFor(ClaimType type)
{
    if (type == ClaimType::CarDamage)
        return { DrivingLicense, VehicleRegistration, VehicleDamagePhoto, VehicleLocationPhoto };
    return { MedicalCertificate, DischargeSummary, ItemizedBill, Receipt, CitizenIdCard };
}

bool isPhoto(const QString& category)
{
    return category == VehicleDamagePhoto || category == VehicleLocationPhoto;
}

const char* labelSource(const QString& c)
{
    const char* text = "Unknown document";
    if (c == Receipt)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Receipt");
    else if (c == ItemizedBill)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Itemized bill");
    else if (c == MedicalCertificate)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Medical certificate");
    else if (c == DischargeSummary)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Discharge summary");
    else if (c == CitizenIdCard)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Citizen ID card");
    else if (c == DrivingLicense)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Driving licence");
    else if (c == VehicleRegistration)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Vehicle registration");
    else if (c == VehicleDamagePhoto)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Vehicle damage photo");
    else if (c == VehicleLocationPhoto)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Accident location photo");
    else if (c == PortalConfirmation)
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Portal confirmation");
    else
        text = QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Unknown document");
    return text;
}

QString label(const QString& c)
{
    return DomainTr::tr(labelSource(c));
}

} // namespace ClaimDesk::DocumentCategory
