#include "domain/PortalSubmission.h"

#include "domain/DomainTr.h"

#include <QCoreApplication>

namespace ClaimDesk {

namespace {

struct StateText
{
    SubmissionState state;
    const char* code;
    const char* label;
};

constexpr StateText States[] = {
    { SubmissionState::Filing, "filing", QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Filing") },
    { SubmissionState::Filed, "filed", QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Filed") },
    { SubmissionState::NeedsAttention, "needs_attention",
        QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Needs attention") },
    { SubmissionState::Failed, "failed", QT_TRANSLATE_NOOP("ClaimDesk::Domain", "Failed") },
};

} // namespace

QString submissionStateCode(SubmissionState state)
{
    for (const StateText& s : States) {
        if (s.state == state)
            return QLatin1String(s.code);
    }
    return {};
}

std::optional<SubmissionState> submissionStateFromCode(const QString& code)
{
    for (const StateText& s : States) {
        if (code == QLatin1String(s.code))
            return s.state;
    }
    return std::nullopt;
}

QString submissionStateLabel(SubmissionState state)
{
    for (const StateText& s : States) {
        if (s.state == state)
            return DomainTr::tr(s.label);
    }
    return {};
}

} // namespace ClaimDesk
