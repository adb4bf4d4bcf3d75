#include "DecisionEngine.h"

#include "decision/Plausibility.h"

#include <algorithm>

namespace ClaimDesk {

int DecisionEngine::pointsFor(RuleId implausible) const
{
    switch (implausible) {
    case RuleId::OutsidePolicyPeriod:
        return m_rules.outsidePolicyPeriodPoints;
    case RuleId::NonMedicalMerchant:
        return m_rules.nonMedicalMerchantPoints;
    case RuleId::OutsideClaimWindow:
        return m_rules.outsideClaimWindowPoints;
    case RuleId::DuplicateReceipt:
        return m_rules.duplicateReceiptPoints;
    default:
        return 0;
    }
}

std::vector<RuleId> DecisionEngine::implausibilities(
    const PlausibilityEvidence& e, const QDate& serviceDate) const
{
    bool outsidePolicy = Plausibility::outsidePolicy(serviceDate, e);
    bool nonMedical = false;
    bool outsideWindow = false;
    bool duplicate = false;
    for (const PlausibilityEvidence::Bill& bill : e.bills) {
        outsidePolicy |= Plausibility::outsidePolicy(bill.date, e);
        nonMedical |= Plausibility::fromNonMedicalMerchant(bill, e, m_rules);
        outsideWindow |= Plausibility::outsideClaimWindow(bill, e, m_rules);
        duplicate |= !bill.alsoOnClaim.isEmpty();
    }
    std::vector<RuleId> found;
    if (outsidePolicy)
        found.push_back(RuleId::OutsidePolicyPeriod);
    if (nonMedical)
        found.push_back(RuleId::NonMedicalMerchant);
    if (outsideWindow)
        found.push_back(RuleId::OutsideClaimWindow);
    if (duplicate)
        found.push_back(RuleId::DuplicateReceipt);
    return found;
}

DecisionEngine::DecisionEngine(RuleSet rules)
    : m_rules(std::move(rules))
{ }

DecisionResult DecisionEngine::decide(const ClaimRecord& c, const QDate& asOf) const
{
    const RuleSet& R = m_rules;
    DecisionResult r;
    int issues = 0; // blocking + data
    int blocking = 0;
    int dataIssues = 0;
    int warnings = 0;
    int bonuses = 0;
    auto issue = [&](RuleId id, bool isBlocking) {
        r.fire(id, -R.issuePenalty);
        ++issues;
        (isBlocking ? blocking : dataIssues) += 1;
    };
    const bool hasAmount = c.amountState == ClaimRecord::Amount::Number;

    // Bronze: validation and quality.
    if (!c.hasClaimId)
        issue(RuleId::MissingClaimId, true);
    if (c.amountState == ClaimRecord::Amount::Absent)
        issue(RuleId::MissingAmount, true);
    else if (c.amountState == ClaimRecord::Amount::NotANumber)
        issue(RuleId::AmountNotANumber, true);
    else if (c.amount <= Money())
        issue(RuleId::AmountNotPositive, true);
    if (!c.hasClaimType)
        issue(RuleId::MissingClaimType, false);
    if (c.serviceDateState == ClaimRecord::Date::Absent)
        issue(RuleId::MissingServiceDate, false);
    else if (c.serviceDateState == ClaimRecord::Date::Invalid)
        issue(RuleId::InvalidServiceDate, false);
    if (!c.hasDiagnosisCode)
        issue(RuleId::MissingDiagnosisCode, false);

    auto warn = [&](RuleId id) {
        r.fire(id, -R.warningPenalty);
        ++warnings;
    };
    if (hasAmount && c.amount > R.warningAmountAbove)
        warn(RuleId::AmountAboveWarning);
    if (hasAmount && c.lineItemCount > 0) {
        const Money diff = c.lineItemsTotal - c.amount;
        if (diff > R.lineItemTolerance || Money() - diff > R.lineItemTolerance)
            warn(RuleId::LineItemsMismatch);
    }
    if (c.serviceDateState == ClaimRecord::Date::Valid && c.serviceDate > asOf)
        warn(RuleId::ServiceDateInFuture);

    auto bonus = [&](RuleId id) {
        r.fire(id, R.bonusPoints);
        ++bonuses;
    };
    if (c.hasProviderName)
        bonus(RuleId::ProviderNameBonus);
    if (c.hasTreatmentNotes)
        bonus(RuleId::TreatmentNotesBonus);
    if (c.lineItemCount > 0)
        bonus(RuleId::LineItemsBonus);

    r.qualityScore = std::clamp(R.qualityBase - R.issuePenalty * issues
            - R.warningPenalty * warnings + R.bonusPoints * bonuses,
        0, 100);

    if (blocking > 0 || r.qualityScore < R.quarantineBelow) {
        const bool reject = blocking > 0;
        r.bronze = reject ? BronzeDecision::Reject : BronzeDecision::Quarantine;
        r.finalDecision = reject ? FinalDecision::Reject : FinalDecision::Quarantine;
        r.fire(reject ? RuleId::BronzeRejected : RuleId::BronzeQuarantined);
        return r; // reimbursement 0.00, no priority, no risk score
    }
    r.bronze = BronzeDecision::Accept;

    // Silver: coverage. One rounding, on the combined rate, so 1,355 out of
    // network is 1,105 x 0.64 = 707.20 exactly.
    const Money base = std::max(Money(), c.amount - R.deductible);
    const Money inNetwork = base.scaled(R.reimbursementRate.parts, Rate::Scale);
    r.reimbursement = c.inNetwork
        ? inNetwork
        : base.scaled(
            R.reimbursementRate.parts * R.outOfNetworkFactor.parts, Rate::Scale * Rate::Scale);
    r.networkPenalty = inNetwork - r.reimbursement;
    if (!c.inNetwork)
        r.fire(RuleId::OutOfNetworkReduction);

    if (c.emergency) {
        r.priority = Priority::High;
        r.fire(RuleId::PriorityEmergency);
    } else if (c.amount >= R.priorityHighAtLeast) {
        r.priority = Priority::High;
        r.fire(RuleId::PriorityHighAmount);
    } else if (c.amount > R.priorityMediumAbove) {
        r.priority = Priority::Medium;
        r.fire(RuleId::PriorityMediumAmount);
    } else {
        r.priority = Priority::Low;
        r.fire(RuleId::PriorityLow);
    }

    // Gold: risk factors add up.
    int risk = 0;
    auto factor = [&](RuleId id, int points) {
        r.fire(id, points);
        risk += points;
    };
    if (c.amount >= R.riskHighAmountAtLeast)
        factor(RuleId::RiskHighAmount, R.riskHighAmountPoints);
    else if (c.amount > R.riskElevatedAbove)
        factor(RuleId::RiskElevatedAmount, R.riskElevatedPoints);
    if (!c.inNetwork)
        factor(RuleId::RiskOutOfNetwork, R.riskOutOfNetworkPoints);
    if (std::find(R.roundAmounts.begin(), R.roundAmounts.end(), c.amount) != R.roundAmounts.end())
        factor(RuleId::RiskRoundAmount, R.riskRoundAmountPoints);
    if (c.emergency)
        factor(RuleId::RiskEmergency, R.riskEmergencyPoints);
    if (r.qualityScore < R.riskLowQualityBelow)
        factor(RuleId::RiskLowQuality, R.riskLowQualityPoints);
    if (c.evidence) {
        for (RuleId implausible : implausibilities(*c.evidence, c.serviceDate))
            factor(implausible, pointsFor(implausible));
    }
    r.riskScore = risk;

    if (risk >= R.highRiskAtLeast) {
        r.riskLevel = RiskLevel::High;
        r.finalDecision = FinalDecision::ManualReview;
        r.fire(RuleId::DecisionManualReview);
    } else if (risk >= R.mediumRiskAtLeast) {
        r.riskLevel = RiskLevel::Medium;
        r.finalDecision = FinalDecision::StandardReview;
        r.fire(RuleId::DecisionStandardReview);
    } else {
        r.riskLevel = RiskLevel::Low;
        const bool eligible = c.amount <= R.autoApproveAtMost
            && (c.inNetwork || !R.autoApproveRequiresInNetwork) && dataIssues == 0;
        r.finalDecision = eligible ? FinalDecision::AutoApprove : FinalDecision::StandardReview;
        r.fire(eligible ? RuleId::DecisionAutoApprove : RuleId::DecisionNotAutoApprovable);
    }
    return r;
}

} // namespace ClaimDesk
