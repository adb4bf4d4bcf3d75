#pragma once

#include "decision/DecisionEngine.h"
#include "domain/Document.h"
#include "storage/ClaimRepository.h"
#include "storage/DecisionRepository.h"
#include "util/Clock.h"

namespace ClaimDesk {

// A claim and its current decision (none before the first), read together for
// the uses that need both: the summary, agent mode, the dossier.
struct ClaimWithDecision
{
    Claim claim;
    std::optional<StoredDecision> decision;
};

// A reviewer's correction of an extracted field, as stored: the field as it was,
// the claim after it (its details follow the document where they came from it),
// and the claim's new decision.
struct FieldCorrected
{
    ExtractedField before;
    QString value;
    Claim claim;
    StoredDecision decision;
    bool claimChanged = false; // a detail of the claim followed the correction
};

// The claim book as people change it: every claim that is filed or changed is
// decided at once with the active rule set, and the decision stored in its history.
class ClaimBook final
{
public:
    ClaimBook(Database db, DecisionEngine engine, Clock clock = systemClock());

    Result<Claim> file(const NewClaim& claim, const QString& actor);
    // Changes the claim's details and decides it again, in one transaction.
    Result<Claim> edit(const QString& claimId, const ClaimEdit& edit, const QString& actor,
        std::optional<int> expectedVersion = std::nullopt);
    // Corrects one extracted field (the value normalised for its kind), carries the
    // change to the claim's details where they were taken from the document, and
    // decides the claim again; all in one transaction, audited. With
    // expectedVersion set, a claim changed meanwhile fails with a conflict; with
    // expectedValue set, so does a field that no longer holds that value.
    Result<FieldCorrected> correctField(qint64 fieldId, const QString& value, const QString& actor,
        std::optional<int> expectedVersion = std::nullopt,
        const std::optional<QString>& expectedValue = std::nullopt);
    // The claim with its current decision; fails naming the claim if either read fails.
    Result<ClaimWithDecision> find(const QString& claimId) const;
    // The claims the query selects, in its order and page. Needs no rules: any
    // thread, on the connection it opened.
    static Result<QList<Claim>> list(const Database& db, const ClaimQuery& query);
    // One claim without its decision; fails naming the claim when it is unknown.
    static Result<Claim> findClaim(const Database& db, const QString& claimId);
    // Decides the claim again with the active rules (after an edit, a new rule set,
    // a document). A claim found holding the same bill is decided again too, unless
    // its decision already says so.
    Result<StoredDecision> decide(const QString& claimId);

    ClaimRepository& claims() { return m_claims; }
    DecisionRepository& decisions() { return m_decisions; }
    const Database& database() const { return m_db; }
    const DecisionEngine& engine() const { return m_engine; }
    // The date the rules evaluate against: today, in the office's time zone.
    QDate asOf() const { return m_clock().toLocalTime().date(); }

private:
    // Decides one claim; the other claims holding one of its bills are added to
    // `holdingTheSameBill` when given.
    Result<StoredDecision> decideOne(const QString& claimId, QStringList* holdingTheSameBill);

    Database m_db;
    DecisionEngine m_engine;
    Clock m_clock;
    ClaimRepository m_claims;
    DecisionRepository m_decisions;
};

} // namespace ClaimDesk
