#pragma once

#include "domain/ClaimTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ClaimDesk {

// An insurer's web portal that claims are filed on: where it is, who logs in
// (the password is in the keychain, never here) and the recipe that fills it.
struct InsurerPortal
{
    QString name;
    QString baseUrl;
    QString login;
    QByteArray recipeJson;
    ClaimStatus statusAfter = ClaimStatus::Pending; // a claim filed on it moves to this
    QString addedBy;
    QDateTime addedAt;
};

// Where filing one claim on one portal stands.
enum class SubmissionState
{
    Filing, // a run started and has not said how it ended (or was cut short)
    Filed,
    NeedsAttention,
    Failed
};
QString submissionStateCode(SubmissionState state); // "needs_attention"
std::optional<SubmissionState> submissionStateFromCode(const QString& code);
QString submissionStateLabel(SubmissionState state); // translated

// One claim on one portal: the latest run's end, kept in place; each run's
// steps are in the claim's audit trail.
struct PortalSubmission
{
    QString claimId;
    QString portal;
    SubmissionState state = SubmissionState::Filing;
    QString reference; // the portal's, once filed
    QString portalStatus; // as the portal words it, from its status page
    qint64 evidenceDocumentId = 0;
    QString step; // where a run stopped
    QString error;
    // The click that files the claim was made in some run: the portal may hold
    // it, so the next run looks it up before filing again.
    bool sent = false;
    int attempts = 0;
    QString screenshotSha256; // NeedsAttention: the page as it stood (blob store)
    QString actor;
    QDateTime startedAt;
    QDateTime endedAt;
    QDateTime checkedAt; // the status page last read
};

} // namespace ClaimDesk
