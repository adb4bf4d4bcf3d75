#pragma once

#include "domain/ClaimTypes.h"

#include <QString>
#include <QStringList>

namespace ClaimDesk::DocumentCategory {

// Seed 004's document categories, stored as these codes.
inline const QString Receipt = QStringLiteral("receipt");
inline const QString ItemizedBill = QStringLiteral("itemized_bill");
inline const QString MedicalCertificate = QStringLiteral("medical_certificate");
inline const QString DischargeSummary = QStringLiteral("discharge_summary");
inline const QString CitizenIdCard = QStringLiteral("citizen_id_card");
inline const QString DrivingLicense = QStringLiteral("driving_license");
inline const QString VehicleRegistration = QStringLiteral("vehicle_registration");
inline const QString VehicleDamagePhoto = QStringLiteral("vehicle_damage_photo");
inline const QString VehicleLocationPhoto = QStringLiteral("vehicle_location_photo");
// Not read from a customer: the page an insurer's portal showed when it took the
// claim, kept as the evidence of the filing.
inline const QString PortalConfirmation = QStringLiteral("portal_confirmation");
inline const QString Unknown = QStringLiteral("unknown");

QStringList all(); // every category a customer's document is read as (not unknown)
// The documents a claim of this type takes (required and optional).
QStringList acceptedFor(ClaimType type);
bool isPhoto(const QString& category);
// Readable name in the interface language ("Receipt", "ใบเสร็จรับเงิน").
QString label(const QString& category);
// The untranslated (English) name, the translation source in the context
// "ClaimDesk::Domain".
const char* labelSource(const QString& category);

} // namespace ClaimDesk::DocumentCategory
