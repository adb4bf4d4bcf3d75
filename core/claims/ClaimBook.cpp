#include "ClaimBook.h"

#include "claims/ClaimDocuments.h"
#include "claims/ClaimEvidence.h"
#include "claims/ClaimsTr.h"
#include "decision/ClaimRecord.h"
#include "decision/FieldCorrection.h"
#include "domain/FieldLabels.h"
#include "storage/DocumentRepository.h"

#include <QCoreApplication>

namespace ClaimDesk {

ClaimBook::ClaimBook(Database db, DecisionEngine engine, Clock clock)
    : m_db(db)
    , m_engine(std::move(engine))
    , m_clock(clock)
    , m_claims(db, clock)
    , m_decisions(db)
{ }

Result<QList<Claim>> ClaimBook::list(const Database& db, const ClaimQuery& query)
{
    return ClaimRepository(db).list(query);
}

Result<Claim> ClaimBook::findClaim(const Database& db, const QString& claimId)
{
    return ClaimRepository(db).find(claimId);
}

Result<Claim> ClaimBook::file(const NewClaim& claim, const QString& actor)
{
    std::optional<Claim> created;
    QString error;
    const Status s = m_db.writeTransaction([&]() -> Status {
        auto c = m_claims.create(claim, actor);
        if (!c)
            return Status::failure(c.errorDetail());
        auto d = decide(c->id);
        if (!d)
            return Status::failure(d.errorDetail());
        created = *c;
        return Status();
    });
    if (!s)
        return Result<Claim>::failure(s.errorDetail());
    return m_claims.find(created->id);
}

Result<Claim> ClaimBook::edit(const QString& claimId, const ClaimEdit& changes,
    const QString& actor, std::optional<int> expectedVersion)
{
    const Status s = m_db.writeTransaction([&]() -> Status {
        auto before = m_claims.find(claimId);
        if (!before)
            return Status::failure(before.errorDetail());
        auto after = m_claims.edit(claimId, changes, actor, expectedVersion);
        if (!after)
            return Status::failure(after.errorDetail());
        if (after->version == before->version)
            return Status(); // nothing changed, nothing to decide
        return Status::from(decide(after->id));
    });
    if (!s)
        return Result<Claim>::failure(s.errorDetail());
    return m_claims.find(claimId);
}

Result<FieldCorrected> ClaimBook::correctField(qint64 fieldId, const QString& value,
    const QString& actor, std::optional<int> expectedVersion,
    const std::optional<QString>& expectedValue)
{
    std::optional<FieldCorrected> out;
    const Status s = m_db.writeTransaction([&]() -> Status {
        DocumentRepository documents(m_db, m_clock);
        auto field = documents.field(fieldId);
        if (!field)
            return Status::failure(field.errorDetail());
        if (expectedValue && field->value != *expectedValue) {
            return Status::failure(ClaimsTr::tr(
                "%1 now reads \"%2\" (changed by someone else); it was not set to \"%3\"")
                                       .arg(fieldLabel(field->name), field->value, value));
        }
        // The field's name decides how the typed value is read.
        auto normalised = FieldCorrection::normalise(field->name, value);
        if (!normalised)
            return Status::failure(normalised.errorDetail());
        auto document = documents.correctField(*field, *normalised, actor);
        if (!document)
            return Status::failure(document.errorDetail());
        auto claim = m_claims.find(document->claimId);
        if (!claim)
            return Status::failure(claim.errorDetail());
        if (expectedVersion && claim->version != *expectedVersion)
            return m_claims.checkVersion(claim->id, *expectedVersion); // names the conflict
        FieldCorrected result { *field, *normalised, *claim, {}, false };
        // The claim's details follow its documents where they were taken from them.
        auto reads = ClaimDocuments::readsOf(documents, claim->id);
        if (!reads)
            return Status::failure(reads.errorDetail());
        QList<DocumentDetails::Read> before = *reads;
        for (DocumentDetails::Read& read : before) {
            for (ExtractedField& f : read.fields) {
                if (f.id == field->id)
                    f.value = field->value;
            }
        }
        const ClaimEdit edit
            = DocumentDetails::of(*reads).changesFrom(DocumentDetails::of(before), *claim);
        if (!edit.isEmpty()) {
            auto edited = m_claims.edit(claim->id, edit, actor, claim->version);
            if (!edited)
                return Status::failure(edited.errorDetail());
            result.claimChanged = true;
        }
        auto decided = decide(claim->id);
        if (!decided)
            return Status::failure(decided.errorDetail());
        result.decision = *decided;
        out = std::move(result);
        return {};
    });
    if (!s)
        return Result<FieldCorrected>::failure(s.errorDetail());
    // Read again: the new decision's headline (risk, decision) is on the claim.
    auto claim = m_claims.find(out->claim.id);
    if (!claim)
        return Result<FieldCorrected>::failure(claim.errorDetail());
    out->claim = *claim;
    return *out;
}

Result<ClaimWithDecision> ClaimBook::find(const QString& claimId) const
{
    auto claim = m_claims.find(claimId);
    if (!claim)
        return Result<ClaimWithDecision>::failure(claim.errorDetail());
    auto decision = m_decisions.current(claimId);
    if (!decision)
        return Result<ClaimWithDecision>::failure(decision.errorDetail());
    return ClaimWithDecision { std::move(*claim), std::move(*decision) };
}

Result<StoredDecision> ClaimBook::decide(const QString& claimId)
{
    QStringList holdingTheSameBill;
    auto stored = decideOne(claimId, &holdingTheSameBill);
    if (!stored)
        return stored;
    // The claim that had the bill first learns of this one too, once.
    for (const QString& other : std::as_const(holdingTheSameBill)) {
        auto current = m_decisions.current(other);
        if (!current)
            return Result<StoredDecision>::failure(current.errorDetail());
        if (*current && (*current)->result.fired(RuleId::DuplicateReceipt))
            continue;
        if (auto decided = decideOne(other, nullptr); !decided)
            return decided;
    }
    return stored;
}

Result<StoredDecision> ClaimBook::decideOne(const QString& claimId, QStringList* holdingTheSameBill)
{
    auto claim = m_claims.find(claimId);
    if (!claim)
        return Result<StoredDecision>::failure(claim.errorDetail());
    StoredDecision stored;
    stored.claimId = claim->id;
    stored.asOf = asOf();
    stored.decidedAt = m_clock();
    stored.rulesetVersion = m_engine.rules().version;
    auto record = ClaimEvidence::recordOf(m_db, *claim);
    if (!record)
        return Result<StoredDecision>::failure(record.errorDetail());
    if (holdingTheSameBill && record->evidence) {
        for (const PlausibilityEvidence::Bill& bill : record->evidence->bills) {
            if (!bill.alsoOnClaim.isEmpty() && !holdingTheSameBill->contains(bill.alsoOnClaim))
                *holdingTheSameBill << bill.alsoOnClaim;
        }
    }
    stored.result = m_engine.decide(*record, stored.asOf);
    auto id = m_decisions.record(
        stored.claimId, stored.result, stored.rulesetVersion, stored.asOf, stored.decidedAt);
    if (!id)
        return Result<StoredDecision>::failure(id.errorDetail());
    stored.id = *id;
    return stored;
}

} // namespace ClaimDesk
