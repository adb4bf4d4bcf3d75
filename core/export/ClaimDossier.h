#pragma once

#include "decision/RuleSet.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

namespace ClaimDesk {

struct AuditEntry;
struct ClaimView;
struct StoredDecision;

// One claim as a self-contained HTML report for print or PDF: the claimant and
// the policy's verification, each document with a thumbnail and what was read
// from it, the decision with the rules that fired, the summary and the audit
// trail. Images are embedded as data URLs, so the HTML needs no files beside it.
class ClaimDossier final
{
public:
    ClaimDossier(Database db, RuleSet rules);

    // The policy is verified as of `asOf` (the claim's service date if invalid).
    Result<QString> html(const QString& claimId, const QDate& asOf = {}) const;
    // The same on a connection of its own to the book at `location`: for a worker
    // thread (thumbnails mean decoding every photo and rendering PDF pages).
    static Result<QString> htmlAt(
        const DatabaseLocation& location, const RuleSet& rules, const QString& claimId);

    // The decision and its explanation, as a heading, a line of figures and the
    // rules in order (shared with the Review area's claim panel).
    static QString decisionHtml(const StoredDecision& decision, const RuleSet& rules);

private:
    QString policySection(const QString& nationalId, int type, const QDate& asOf) const;
    QString documentsSection(const ClaimView& view) const; // reads the images
    static QString auditSection(const QList<AuditEntry>& trail);

    Database m_db;
    RuleSet m_rules;
};

} // namespace ClaimDesk
