#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ClaimDesk {

// The two lines of business: health (H) and car damage (CD).
enum class ClaimType
{
    Health,
    CarDamage
};

// Where a claim is in its life. The stored form is the English word.
enum class ClaimStatus
{
    Submitted,
    UnderReview,
    Pending,
    Approved,
    Rejected,
    Paid,
    Draft // being filed in the chat; Submitted when the customer hands it in
};
constexpr int ClaimStatusCount = static_cast<int>(ClaimStatus::Draft) + 1;

// The risk band of the gold layer; None for claims stopped at bronze.
enum class RiskLevel
{
    None,
    Low,
    Medium,
    High
};

enum class Priority
{
    None,
    Low,
    Medium,
    High
};

enum class FinalDecision
{
    AutoApprove,
    StandardReview,
    ManualReview,
    Reject,
    Quarantine
};

QString claimTypeCode(ClaimType type); // "H", "CD"
std::optional<ClaimType> claimTypeFromCode(const QString& code);
QString claimTypeLabel(ClaimType type); // translated

QString claimStatusCode(ClaimStatus status); // "Under Review"
std::optional<ClaimStatus> claimStatusFromCode(const QString& code); // case-insensitive
QString claimStatusLabel(ClaimStatus status); // translated
// The label's English source, for texts that carry both languages at once
// (translation context ClaimDesk::Labels).
const char* claimStatusLabelSource(ClaimStatus status);
QStringList allClaimStatusCodes();
// Open claims still need work; only they are re-scored when the rules change.
bool isOpen(ClaimStatus status);

QString riskLevelCode(RiskLevel level); // "HIGH", "" for None
std::optional<RiskLevel> riskLevelFromCode(const QString& code);
QString riskLevelLabel(RiskLevel level);
// Sort rank for the triage queue: higher first.
int riskRank(RiskLevel level);

QString priorityCode(Priority p);
std::optional<Priority> priorityFromCode(const QString& code);
int priorityRank(Priority p);

QString finalDecisionCode(FinalDecision d); // "AUTO_APPROVE"
std::optional<FinalDecision> finalDecisionFromCode(const QString& code);
QString finalDecisionLabel(FinalDecision d);

} // namespace ClaimDesk
