#pragma once

#include "domain/PortalSubmission.h"
#include "portal/PortalRun.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace ClaimDesk {

// What a run needs from the book to file one claim on one portal, read in one go.
struct FilingPlan
{
    QString claimId;
    InsurerPortal portal;
    PortalTask task; // File mode; the password is put in by whoever runs it
    bool alreadyFiled = false; // filed before and not forced: nothing to run
    bool lookFirst = false; // an earlier run may have filed it: look it up before filing
    PortalSubmission submission; // as it stands (alreadyFiled) or as this run starts it
};

// How one claim's filing ended, as the command line prints it.
struct FilingResult
{
    enum class Outcome
    {
        Submitted,
        AlreadySubmitted,
        NeedsAttention,
        Failed
    };
    QString claimId;
    QString portal;
    Outcome outcome = Outcome::Failed;
    QString reference;
    qint64 evidenceDocumentId = 0;
    QString step;
    QString error;

    static QString outcomeCode(Outcome outcome); // "needs_attention"
};

// How a claim stands on a portal's status page, once read.
struct StatusRead
{
    QString claimId;
    QString portalStatus; // as the portal words it; empty when not found
    bool found = false;
    bool changed = false; // differs from what was read before
    std::optional<ClaimStatus> claimStatus; // the claim's status, moved to the mapped one
    QString error;
};

// The book's side of filing claims on insurer portals: what a run needs
// (plan), and what it did (record, recordStatus), each in one transaction,
// audited with who did it. Nothing here touches the portal. Any thread, on the
// connection given.
namespace PortalFilings {

// Reads the claim, the portal and the documents the recipe uploads (written to
// `fileDir`, which the caller removes), and marks the claim as being filed
// (attempts counted). Refused: a claim that is not Approved (a claim already
// filed on this portal may be filed again only with `force`), an unknown claim
// or portal, a stored recipe that no longer parses.
Result<FilingPlan> plan(const Database& db, const QString& claimId, const QString& portalName,
    bool force, const QString& fileDir, const QString& actor);

// Records how the run ended: every step in the audit trail; filed (or found
// filed by a look-up): the reference, the confirmation as a PDF document of
// category portal_confirmation, and the claim moved to the portal's status;
// otherwise where it stopped and why (the screenshot in the blob store).
Result<FilingResult> record(
    const Database& db, const FilingPlan& plan, const PortalAnswer& answer, const QString& actor);

// The adjuster finished filing by hand in the portal tab: the reference they
// read, recorded as filed.
Result<FilingResult> recordByHand(const Database& db, const QString& claimId,
    const QString& portalName, const QString& reference, const QString& actor);

// The claims filed on the portal whose status is to be read (`claimId` only,
// when given); refused for an unknown portal.
Result<QList<PortalSubmission>> toCheck(
    const Database& db, const QString& portalName, const QString& claimId);

// Records a status read: the portal's words when they changed (audited), and the
// claim moved to the status the recipe maps them to, when it is not there.
Result<StatusRead> recordStatus(const Database& db, const InsurerPortal& portal,
    const QString& claimId, const PortalAnswer& answer, const QString& actor);

} // namespace PortalFilings

} // namespace ClaimDesk
