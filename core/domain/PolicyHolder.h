#pragma once

#include "domain/ClaimTypes.h"
#include "util/Money.h"

#include <QDate>
#include <QString>

namespace ClaimDesk {

// A policy as the insurer's policy file describes it (../shared/data/policies).
// Health policies fill the coverage_* fields, car policies the vehicle ones.
struct PolicyHolder
{
    ClaimType type = ClaimType::Health;
    QString idCardNumber;
    QString nameTh;
    QString nameEn;
    QString phone;
    QString policyNumber;
    QString status; // active, expired, inactive
    QDate startDate;
    QDate endDate;

    // Health
    QString plan;
    Money coverageIpd;
    Money coverageOpd;
    Money roomPerNight;

    // Car damage
    QString vehiclePlate;
    QString vehicleBrand;
    QString vehicleModel;
    int vehicleYear = 0;
    QString vehicleColor;
    QString coverageType;
    Money coverageAmount;
    Money deductible;
};

} // namespace ClaimDesk
