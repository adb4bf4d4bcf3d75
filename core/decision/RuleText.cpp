#include "RuleText.h"

#include "decision/DecisionTr.h"
#include "decision/Plausibility.h"

#include <QCoreApplication>

namespace ClaimDesk::RuleText {

namespace {

QString points(int p, bool risk)
{
    const QString signedPoints = (p > 0 ? QStringLiteral("+") : QString()) + QString::number(p);
    return risk ? DecisionTr::tr("%1 risk points").arg(signedPoints)
                : DecisionTr::tr("%1 quality points").arg(signedPoints);
}

} // namespace

QString layer(RuleId rule)
{
    if (rule < RuleId::OutOfNetworkReduction)
        return QStringLiteral("bronze");
    if (rule < RuleId::RiskHighAmount)
        return QStringLiteral("silver");
    return QStringLiteral("gold");
}

bool carriesPoints(RuleId rule)
{
    return rule <= RuleId::LineItemsBonus
        || (rule >= RuleId::RiskHighAmount && rule <= RuleId::DuplicateReceipt);
}

QString describe(const FiredRule& f, const RuleSet& R)
{
    const QString what = condition(f.rule, R);
    if (!carriesPoints(f.rule))
        return what;
    return what + QStringLiteral(": ") + points(f.points, f.rule >= RuleId::RiskHighAmount);
}

QString condition(RuleId rule, const RuleSet& R)
{
    QString what;
    switch (rule) {
    case RuleId::MissingClaimId:
        what = DecisionTr::tr("Claim ID is missing (blocking)");
        break;
    case RuleId::MissingAmount:
        what = DecisionTr::tr("Claim amount is missing (blocking)");
        break;
    case RuleId::AmountNotANumber:
        what = DecisionTr::tr("Claim amount is not a number (blocking)");
        break;
    case RuleId::AmountNotPositive:
        what = DecisionTr::tr("Claim amount is zero or negative (blocking)");
        break;
    case RuleId::MissingClaimType:
        what = DecisionTr::tr("Claim type is missing");
        break;
    case RuleId::MissingServiceDate:
        what = DecisionTr::tr("Service date is missing");
        break;
    case RuleId::InvalidServiceDate:
        what = DecisionTr::tr("Service date is not a valid YYYY-MM-DD date");
        break;
    case RuleId::MissingDiagnosisCode:
        what = DecisionTr::tr("Diagnosis code is missing");
        break;
    case RuleId::AmountAboveWarning:
        what = DecisionTr::tr("Amount is above %1").arg(R.warningAmountAbove.toDisplayString());
        break;
    case RuleId::LineItemsMismatch:
        what = DecisionTr::tr("Line items do not add up to the claim amount (off by more than %1)")
                   .arg(R.lineItemTolerance.toDisplayString());
        break;
    case RuleId::ServiceDateInFuture:
        what = DecisionTr::tr("Service date is after the evaluation date");
        break;
    case RuleId::ProviderNameBonus:
        what = DecisionTr::tr("Provider name given");
        break;
    case RuleId::TreatmentNotesBonus:
        what = DecisionTr::tr("Treatment notes given");
        break;
    case RuleId::LineItemsBonus:
        what = DecisionTr::tr("Line items given");
        break;
    case RuleId::BronzeRejected:
        return DecisionTr::tr("Rejected: a blocking issue stops the claim; reimbursement 0.00");
    case RuleId::BronzeQuarantined:
        return DecisionTr::tr(
            "Quarantined: quality score below %1 needs data clean-up; reimbursement 0.00")
            .arg(R.quarantineBelow);
    case RuleId::OutOfNetworkReduction:
        return DecisionTr::tr("Out-of-network: reimbursement x %1 (deductible %2, rate %3)")
            .arg(R.outOfNetworkFactor.toString(), R.deductible.toDisplayString(),
                R.reimbursementRate.toString());
    case RuleId::PriorityEmergency:
        return DecisionTr::tr("Priority HIGH: emergency");
    case RuleId::PriorityHighAmount:
        return DecisionTr::tr("Priority HIGH: amount %1 or more")
            .arg(R.priorityHighAtLeast.toDisplayString());
    case RuleId::PriorityMediumAmount:
        return DecisionTr::tr("Priority MEDIUM: amount above %1")
            .arg(R.priorityMediumAbove.toDisplayString());
    case RuleId::PriorityLow:
        return DecisionTr::tr("Priority LOW: amount %1 or less")
            .arg(R.priorityMediumAbove.toDisplayString());
    case RuleId::RiskHighAmount:
        what
            = DecisionTr::tr("Amount is %1 or more").arg(R.riskHighAmountAtLeast.toDisplayString());
        break;
    case RuleId::RiskElevatedAmount:
        what = DecisionTr::tr("Amount is above %1").arg(R.riskElevatedAbove.toDisplayString());
        break;
    case RuleId::RiskOutOfNetwork:
        what = DecisionTr::tr("Out-of-network provider");
        break;
    case RuleId::RiskRoundAmount:
        what = DecisionTr::tr("Amount is a suspiciously round figure");
        break;
    case RuleId::RiskEmergency:
        what = DecisionTr::tr("Emergency claim");
        break;
    case RuleId::RiskLowQuality:
        what = DecisionTr::tr("Quality score below %1").arg(R.riskLowQualityBelow);
        break;
    case RuleId::OutsidePolicyPeriod:
        what = DecisionTr::tr("A service or bill date is outside the claimant's policy period");
        break;
    case RuleId::NonMedicalMerchant:
        what = DecisionTr::tr("A bill is from a merchant that is not a medical provider");
        break;
    case RuleId::OutsideClaimWindow:
        what = DecisionTr::tr("A bill is more than %1 days older than the claim")
                   .arg(R.claimWindowDays);
        break;
    case RuleId::DuplicateReceipt:
        what = DecisionTr::tr("The same bill is on another claim");
        break;
    case RuleId::DecisionManualReview:
        return DecisionTr::tr("HIGH risk (%1 points or more): manual review by a senior adjuster")
            .arg(R.highRiskAtLeast);
    case RuleId::DecisionStandardReview:
        return DecisionTr::tr("MEDIUM risk (%1 to %2 points): standard review")
            .arg(R.mediumRiskAtLeast)
            .arg(R.highRiskAtLeast - 1);
    case RuleId::DecisionAutoApprove:
        return DecisionTr::tr(
            "LOW risk, amount %1 or less, in network, no data issue: approved automatically")
            .arg(R.autoApproveAtMost.toDisplayString());
    case RuleId::DecisionNotAutoApprovable:
        return DecisionTr::tr(
            "LOW risk but not eligible for auto-approval (amount above %1, out of network or "
            "a data issue): standard review")
            .arg(R.autoApproveAtMost.toDisplayString());
    case RuleId::Count:
        break;
    }
    return what;
}

QStringList implausibilities(
    const PlausibilityEvidence& e, const QDate& serviceDate, const RuleSet& R)
{
    const auto day = [](const QDate& d) { return d.toString(Qt::ISODate); };
    const auto merchantOf = [](const PlausibilityEvidence::Bill& bill) {
        return bill.merchant.isEmpty() ? DecisionTr::tr("an unnamed merchant") : bill.merchant;
    };
    QStringList policy, merchants, window, duplicates;
    QString periods;
    for (const PlausibilityEvidence::Period& p : e.policyPeriods)
        periods += (periods.isEmpty() ? QString() : QStringLiteral(", "))
            + DecisionTr::tr("%1 to %2").arg(day(p.start), day(p.end));
    if (Plausibility::outsidePolicy(serviceDate, e))
        policy << DecisionTr::tr("The service date %1 is outside the policy period (%2)")
                      .arg(day(serviceDate), periods);
    for (const PlausibilityEvidence::Bill& bill : e.bills) {
        if (Plausibility::outsidePolicy(bill.date, e))
            policy << DecisionTr::tr("The bill of %1 dated %2 is outside the policy period (%3)")
                          .arg(merchantOf(bill), day(bill.date), periods);
        if (Plausibility::fromNonMedicalMerchant(bill, e, R))
            merchants << DecisionTr::tr(
                "%1 is not a medical provider (if it is, add it to the rules' provider list)")
                             .arg(bill.merchant);
        if (Plausibility::outsideClaimWindow(bill, e, R))
            window << DecisionTr::tr(
                "The bill of %1 dated %2 is %3 days older than the claim; the window is %4 days")
                          .arg(merchantOf(bill), day(bill.date))
                          .arg(bill.date.daysTo(e.filedOn))
                          .arg(R.claimWindowDays);
        if (!bill.alsoOnClaim.isEmpty())
            duplicates << DecisionTr::tr("The bill of %1 dated %2 is also on claim %3")
                              .arg(merchantOf(bill), day(bill.date), bill.alsoOnClaim);
    }
    merchants.removeDuplicates();
    return policy + merchants + window + duplicates;
}

} // namespace ClaimDesk::RuleText
