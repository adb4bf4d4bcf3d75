#pragma once

#include <QString>

namespace ClaimDesk {

// What an audit line records. The code is what the book stores and `claims show
// --json` prints ("status", "edit:amount"); the label is what a person reads.
enum class AuditAction
{
    Created, // new value: the status it was filed with
    Status, // old and new status
    Memo,
    Edit, // a claim detail; AuditEntry::field names it
    Escalated, // "yes" / "no", or the reason it was raised
    Submitted, // new value: when
    Document, // a document attached: "name (hash)"
    DocumentRead, // category before; "id: category (n fields)"
    DocumentUseful, // "useful" / "not useful" / empty
    Correction, // "name #id, field: value" before and after
    Appointment, // new value: when
    LicenceOwner, // old value: document id; new: "customer" or "other"
    Intake, // the conversation ended: "cancelled"
    PolicyCheck, // "n items, k excluded"
    AgentDecisionAccepted, // the model's decision code
    DocumentRefused, // a document the chat did not take: category before, file name after
    Assignment, // who held the claim before and after (empty: the queue)
    PortalStep, // a step on an insurer's portal: the portal before, the step after
    PortalFiling, // how filing on a portal ended: the portal before, the outcome after
    PortalStatus, // the claim's status on a portal: as it was and as it is now
    Unknown, // a code this version does not know; shown as stored
};

QString auditActionCode(AuditAction action);
// Unknown for a code this version does not know. "edit:field" is Edit.
AuditAction auditActionFromCode(const QString& code);
QString auditActionLabel(AuditAction action); // translated

} // namespace ClaimDesk
