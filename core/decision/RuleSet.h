#pragma once

#include "util/Money.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace ClaimDesk {

// Every threshold, weight and rate of the decision rules (spec/decision-rules.md).
// The defaults are the spec; an administrator edits a copy as a JSON file.
struct RuleSet
{
    QString version = QStringLiteral("spec-1");

    // bronze
    int qualityBase = 100;
    int issuePenalty = 20; // per blocking or data issue
    int warningPenalty = 5;
    int bonusPoints = 5;
    int quarantineBelow = 60;
    Money warningAmountAbove = Money::fromUnits(50000);
    Money lineItemTolerance = Money::fromCents(1);

    // silver
    Money deductible = Money::fromUnits(250);
    Rate reimbursementRate { 8000 };
    Rate outOfNetworkFactor { 8000 };
    Money priorityHighAtLeast = Money::fromUnits(10000);
    Money priorityMediumAbove = Money::fromUnits(1000);

    // gold
    Money riskHighAmountAtLeast = Money::fromUnits(10000);
    int riskHighAmountPoints = 30;
    Money riskElevatedAbove = Money::fromUnits(5000);
    int riskElevatedPoints = 15;
    int riskOutOfNetworkPoints = 20;
    std::vector<Money> roundAmounts = { Money::fromUnits(1000), Money::fromUnits(2000),
        Money::fromUnits(5000), Money::fromUnits(10000) };
    int riskRoundAmountPoints = 10;
    int riskEmergencyPoints = 5;
    int riskLowQualityBelow = 70;
    int riskLowQualityPoints = 15;
    int highRiskAtLeast = 50;
    int mediumRiskAtLeast = 25;
    Money autoApproveAtMost = Money::fromUnits(500);
    bool autoApproveRequiresInNetwork = true;

    // plausibility: what a claim's documents and policy say (risk points; the
    // spec's rules alone decide a claim without documents)
    int outsidePolicyPeriodPoints = 30;
    int nonMedicalMerchantPoints = 25;
    int claimWindowDays = 365; // a receipt older than this when the claim is filed
    int outsideClaimWindowPoints = 25;
    int duplicateReceiptPoints = 50;
    // A merchant is a medical provider when its name holds one of these words or
    // names (compared ignoring case); the administrator adds the local providers.
    QStringList medicalWords = defaultMedicalWords();
    QStringList medicalProviders;

    static QStringList defaultMedicalWords();
    // Whether `merchant` reads as a medical provider by these rules.
    bool isMedicalProvider(const QString& merchant) const;

    static RuleSet defaults() { return {}; }

    // Reads a rules file. Keys left out keep their defaults; a key that is
    // unknown, of the wrong type or out of range is an error, and the message
    // names every such key ("risk.emergency_points: must be a whole number").
    static Result<RuleSet> fromJson(const QByteArray& json);
    QByteArray toJson() const;
};

} // namespace ClaimDesk
