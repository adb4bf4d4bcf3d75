#include "ClaimTypes.h"

#include <QCoreApplication>
#include <array>

namespace ClaimDesk {

namespace {

template<typename E, std::size_t N>
std::optional<E> lookup(const std::array<const char*, N>& codes, const QString& code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code.compare(QLatin1String(codes[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

constexpr std::array<const char*, ClaimStatusCount> StatusCodes
    = { "Submitted", "Under Review", "Pending", "Approved", "Rejected", "Paid", "Draft" };
constexpr std::array<const char*, 4> RiskCodes = { "", "LOW", "MEDIUM", "HIGH" };
constexpr std::array<const char*, 4> PriorityCodes = { "", "LOW", "MEDIUM", "HIGH" };
constexpr std::array<const char*, 5> DecisionCodes
    = { "AUTO_APPROVE", "STANDARD_REVIEW", "MANUAL_REVIEW", "REJECT", "QUARANTINE" };

} // namespace

QString claimTypeCode(ClaimType type)
{
    return type == ClaimType::Health ? QStringLiteral("H") : QStringLiteral("CD");
}

std::optional<ClaimType> claimTypeFromCode(const QString& code)
{
    if (code.compare(u"H", Qt::CaseInsensitive) == 0)
        return ClaimType::Health;
    if (code.compare(u"CD", Qt::CaseInsensitive) == 0)
        return ClaimType::CarDamage;
    return std::nullopt;
}

QString claimTypeLabel(ClaimType type)
{
    return type == ClaimType::Health
        ? QCoreApplication::translate("ClaimDesk::Labels", "Health")
        : QCoreApplication::translate("ClaimDesk::Labels", "Car damage");
}

QString claimStatusCode(ClaimStatus status)
{
    return QLatin1String(StatusCodes[static_cast<std::size_t>(status)]);
}

std::optional<ClaimStatus> claimStatusFromCode(const QString& code)
{
    QString c = code;
    c.replace(u'_', u' ');
    return lookup<ClaimStatus>(StatusCodes, c.trimmed());
}

const char* claimStatusLabelSource(ClaimStatus status)
{
    static constexpr std::array<const char*, ClaimStatusCount> Labels = {
        QT_TRANSLATE_NOOP("ClaimDesk::Labels", "Submitted"),
        QT_TRANSLATE_NOOP("ClaimDesk::Labels", "Under Review"),
        QT_TRANSLATE_NOOP("ClaimDesk::Labels", "Pending"),
        QT_TRANSLATE_NOOP("ClaimDesk::Labels", "Approved"),
        QT_TRANSLATE_NOOP("ClaimDesk::Labels", "Rejected"),
        QT_TRANSLATE_NOOP("ClaimDesk::Labels", "Paid"),
        QT_TRANSLATE_NOOP("ClaimDesk::Labels", "Draft"),
    };
    return Labels[static_cast<std::size_t>(status)];
}

QString claimStatusLabel(ClaimStatus status)
{
    return QCoreApplication::translate("ClaimDesk::Labels", claimStatusLabelSource(status));
}

QStringList allClaimStatusCodes()
{
    QStringList out;
    for (const char* c : StatusCodes)
        out << QLatin1String(c);
    return out;
}

bool isOpen(ClaimStatus status)
{
    return status == ClaimStatus::Submitted || status == ClaimStatus::UnderReview
        || status == ClaimStatus::Pending;
}

QString riskLevelCode(RiskLevel level)
{
    return QLatin1String(RiskCodes[static_cast<std::size_t>(level)]);
}

std::optional<RiskLevel> riskLevelFromCode(const QString& code)
{
    if (code.isEmpty())
        return RiskLevel::None;
    return lookup<RiskLevel>(RiskCodes, code);
}

QString riskLevelLabel(RiskLevel level)
{
    switch (level) {
    case RiskLevel::None:
        return QCoreApplication::translate("ClaimDesk::Labels", "Not scored");
    case RiskLevel::Low:
        return QCoreApplication::translate("ClaimDesk::Labels", "Low");
    case RiskLevel::Medium:
        return QCoreApplication::translate("ClaimDesk::Labels", "Medium");
    case RiskLevel::High:
        return QCoreApplication::translate("ClaimDesk::Labels", "High");
    }
    return {};
}

int riskRank(RiskLevel level)
{
    return static_cast<int>(level);
}

QString priorityCode(Priority p)
{
    return QLatin1String(PriorityCodes[static_cast<std::size_t>(p)]);
}

std::optional<Priority> priorityFromCode(const QString& code)
{
    if (code.isEmpty())
        return Priority::None;
    return lookup<Priority>(PriorityCodes, code);
}

int priorityRank(Priority p)
{
    return static_cast<int>(p);
}

QString finalDecisionCode(FinalDecision d)
{
    return QLatin1String(DecisionCodes[static_cast<std::size_t>(d)]);
}

std::optional<FinalDecision> finalDecisionFromCode(const QString& code)
{
    return lookup<FinalDecision>(DecisionCodes, code);
}

QString finalDecisionLabel(FinalDecision d)
{
    switch (d) {
    case FinalDecision::AutoApprove:
        return QCoreApplication::translate("ClaimDesk::Labels", "Auto-approve");
    case FinalDecision::StandardReview:
        return QCoreApplication::translate("ClaimDesk::Labels", "Standard review");
    case FinalDecision::ManualReview:
        return QCoreApplication::translate("ClaimDesk::Labels", "Manual review");
    case FinalDecision::Reject:
        return QCoreApplication::translate("ClaimDesk::Labels", "Reject");
    case FinalDecision::Quarantine:
        return QCoreApplication::translate("ClaimDesk::Labels", "Quarantine");
    }
    return {};
}

} // namespace ClaimDesk
