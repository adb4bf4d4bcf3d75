#pragma once

#include "policy/ClauseSource.h"
#include "policy/QueryNormalizer.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace ClaimDesk {

enum class ItemField
{
    Pharmacy,
    Lab,
    Symptoms,
    Complaint
};
QString itemFieldCode(ItemField field);
std::optional<ItemField> itemFieldFromCode(const QString& code);
// A billed item's field by how such items are named: a laboratory test ("complete
// blood count", "lipid panel", "urine culture") is Lab, anything else Pharmacy.
ItemField itemFieldOf(const QString& description);

// What the claim says around an item: its diagnosis and what is on record.
struct LineItemContext
{
    QString diagnosis;
    bool priorApproval = false; // an approval is recorded on the claim
    bool emergency = false;
};

// Allowed or Excluded for one billed item, with the clause that says so.
struct LineItemCheck
{
    QString item;
    ItemField field = ItemField::Pharmacy;
    bool allowed = true;
    // The clause turns on a clinical judgement (a test "relevant to the stated
    // diagnosis") that word matching cannot make: neither Allowed nor Excluded
    // until a person or a model judges it (ClaimPolicyReview::applyReasoning).
    bool needsReview = false;
    QString reason; // translated, cites the rule that decided
    std::optional<ClauseHit> clause; // none: no clause covers the item
    double score = 0; // share of the item's words the clause matched, 0..1
    QStringList alternatives; // taken from the clause
    QStringList suggestedAlternatives; // a model's, for the diagnosis (advice, not the policy)
    QStringList matchedWords; // clause words that matched (for highlighting)
    QStringList corrections; // spelling corrections made to the item

    // Allowed, Excluded, or Review
    QString decisionCode() const
    {
        if (needsReview)
            return QStringLiteral("Review");
        return allowed ? QStringLiteral("Allowed") : QStringLiteral("Excluded");
    }
    // decision, clause, clause_id, policy_version, score, alternatives[], reason, matched_words[],
    // corrections[], and suggested_alternatives[] when a model suggested some
    QJsonObject toJson() const;
};

// Decides billed items against the policy library offline: the item is
// normalised and spell-corrected against the library's words, the best clause is
// found by BM25, and the clause's own text decides: its examples ("Panadol → Not
// covered"), its limits ("maximum ... 10 days"), prior approval (and its
// exceptions) and exclusion phrases (and their "unless" conditions). An exclusion
// that depends on clinical judgement ("must be relevant to the stated diagnosis")
// is not decided offline: the item comes back for review with the clause.
class LineItemChecker final
{
public:
    explicit LineItemChecker(const ClauseSource& library);
    // Reads the library's words; fails if the library cannot be read.
    Status load();

    Result<LineItemCheck> check(
        const QString& item, ItemField field, const LineItemContext& context) const;

    // Seed 003's approval probability: 100, minus 20 per excluded item and per
    // clinical flag, never below 0.
    static int approvalProbability(const QList<LineItemCheck>& checks, int clinicalFlags = 0);

private:
    bool isContentWord(const QString& word) const;

    const ClauseSource& m_library;
    QueryNormalizer m_normalizer;
    QHash<QString, int> m_clauseFrequency; // in how many clauses each word appears
    int m_clauses = 0;
};

} // namespace ClaimDesk
