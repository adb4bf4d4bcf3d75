#include "ClaimTypes.h"

#include "domain/DomainTr.h"

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
    return type == ClaimType::Health ? DomainTr::tr("Health") : DomainTr::tr("Car damage");
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
        QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Submitted"),
        QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Under Review"),
        QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Pending"),
        QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Approved"),
        QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Rejected"),
        QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Paid"),
        QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Draft"),
    };
    return Labels[static_cast<std::size_t>(status)];
}

QString claimStatusLabel(ClaimStatus status)
{
    return DomainTr::tr(claimStatusLabelSource(status));
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
        return DomainTr::tr("Not scored");
    case RiskLevel::Low:
        return DomainTr::tr("Low");
    case RiskLevel::Medium:
        return DomainTr::tr("Medium");
    case RiskLevel::High:
        return DomainTr::tr("High");
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
        return DomainTr::tr("Auto-approve");
    case FinalDecision::StandardReview:
        return DomainTr::tr("Standard review");
    case FinalDecision::ManualReview:
        return DomainTr::tr("Manual review");
    case FinalDecision::Reject:
        return DomainTr::tr("Reject");
    case FinalDecision::Quarantine:
        return DomainTr::tr("Quarantine");
    }
    return {};
}

} // namespace ClaimDesk
