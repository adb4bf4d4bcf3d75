#pragma once

#include "domain/ClaimTypes.h"
#include "util/Money.h"

#include <QByteArray>
#include <array>
#include <optional>

namespace ClaimDesk {

enum class BronzeDecision : quint8
{
    Accept,
    Reject,
    Quarantine
};

// Every rule the engine can fire, in the order it evaluates them. The codes are
// stable (stored in explanations and printed by the CLI); see RuleText for words.
enum class RuleId : quint8
{
    // bronze: blocking issues
    MissingClaimId,
    MissingAmount,
    AmountNotANumber,
    AmountNotPositive,
    // bronze: data issues
    MissingClaimType,
    MissingServiceDate,
    InvalidServiceDate,
    MissingDiagnosisCode,
    // bronze: warnings
    AmountAboveWarning,
    LineItemsMismatch,
    ServiceDateInFuture,
    // bronze: bonuses
    ProviderNameBonus,
    TreatmentNotesBonus,
    LineItemsBonus,
    // bronze outcome
    BronzeRejected,
    BronzeQuarantined,
    // silver
    OutOfNetworkReduction,
    PriorityEmergency,
    PriorityHighAmount,
    PriorityMediumAmount,
    PriorityLow,
    // gold: risk factors
    RiskHighAmount,
    RiskElevatedAmount,
    RiskOutOfNetwork,
    RiskRoundAmount,
    RiskEmergency,
    RiskLowQuality,
    // gold: plausibility of the documents and the policy (risk factors; not in
    // the shared spec, and never fired for a claim without documents)
    OutsidePolicyPeriod,
    NonMedicalMerchant,
    OutsideClaimWindow,
    DuplicateReceipt,
    // gold: final decision
    DecisionManualReview,
    DecisionStandardReview,
    DecisionAutoApprove,
    DecisionNotAutoApprovable,
    Count
};

const char* ruleCode(RuleId rule); // "gold.out_of_network"
std::optional<RuleId> ruleFromCode(const QString& code);

struct FiredRule
{
    RuleId rule;
    // Quality points for bronze rules (-20, -5, +5), risk points for gold risk
    // factors, 0 for rules that state an effect.
    qint16 points;
};

// The outcome of the three layers for one claim, with the rules that fired.
struct DecisionResult
{
    BronzeDecision bronze = BronzeDecision::Accept;
    int qualityScore = 0;
    Money reimbursement;
    Money networkPenalty;
    Priority priority = Priority::None; // None when stopped at bronze
    std::optional<int> riskScore; // empty when stopped at bronze
    RiskLevel riskLevel = RiskLevel::None;
    FinalDecision finalDecision = FinalDecision::Reject;

    std::array<FiredRule, static_cast<int>(RuleId::Count)> rules {};
    int ruleCount = 0;

    void fire(RuleId rule, int points = 0)
    {
        rules[static_cast<std::size_t>(ruleCount++)] = { rule, static_cast<qint16>(points) };
    }
    bool fired(RuleId rule) const;

    // The explanation as stored: [{"rule": code, "points": n}, ...].
    QByteArray explanationJson() const;
    // Restores the rules from explanationJson(); unknown codes are skipped.
    void setExplanationJson(const QByteArray& json);
};

QString bronzeDecisionCode(BronzeDecision d); // "ACCEPT"
std::optional<BronzeDecision> bronzeDecisionFromCode(const QString& code);

} // namespace ClaimDesk
