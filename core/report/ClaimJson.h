#pragma once

#include "decision/RuleSet.h"
#include "domain/AuditEntry.h"
#include "domain/Claim.h"
#include "domain/Document.h"
#include "domain/StoredDecision.h"
#include "policy/PolicyReasoning.h"
#include "policy/RecordedCheck.h"

#include <QJsonObject>

namespace ClaimDesk::ClaimJson {

// The machine form of claims and their parts, as claimdesk-cli prints them and
// the dossier reads them. Money is an exact decimal string ("707.20"), times are
// ISO 8601 UTC, codes are the stored English codes.

// The queue row: claim_id, claim_type, status, amount, risk_level, final_decision,
// created_at, priority, reimbursement, assignee, escalated.
QJsonObject listEntry(const Claim& claim);
// Every stored field of the claim.
QJsonObject claim(const Claim& claim);
// The same without the claimant's identity (name, national ID): what a language
// model is given.
QJsonObject claimWithoutIdentity(const Claim& claim);
// A decision with its rules in words (interface language) and its rule-set version.
QJsonObject decision(const StoredDecision& decision, const RuleSet& rules);
QJsonObject document(const Document& document, const QList<ExtractedField>& fields);
// Extracted fields by name: {value, text, confidence, page, box: [x, y, w, h],
// source ("ocr", "llm", "ocr+llm"), model_value when the model disagreed};
// the line items ("items.N.item", "items.N.amount") as one "items" array.
QJsonObject fields(const QList<ExtractedField>& fields);
QJsonObject auditEntry(const AuditEntry& entry);
// A line-item check recorded on the claim, with the policy version it used.
QJsonObject recordedCheck(const RecordedCheck& check);
// A model's clinical advice kept with recorded checks: as `policy check` prints
// it (clinical_coherence), with recorded_at.
QJsonObject keptAdvice(const PolicyReasoning& advice);

} // namespace ClaimDesk::ClaimJson
