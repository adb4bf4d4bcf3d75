#include "ClaimEvidence.h"

#include "domain/DocumentCategory.h"
#include "storage/DocumentRepository.h"
#include "storage/PolicyHolderRepository.h"
#include "util/NationalId.h"

namespace ClaimDesk::ClaimEvidence {

namespace {

Result<QList<PlausibilityEvidence::Period>> policyPeriods(const Database& db, const Claim& claim)
{
    using R = Result<QList<PlausibilityEvidence::Period>>;
    // Cleaned as the verification cleans it: typed with spaces or dashes, it is the same ID.
    const QString idNumber = NationalId::clean(claim.claimantNationalId);
    if (idNumber.isEmpty())
        return QList<PlausibilityEvidence::Period>();
    auto policies = PolicyHolderRepository(db).findByIdCard(idNumber, claim.type);
    if (!policies)
        return R::failure(policies.errorDetail());
    QList<PlausibilityEvidence::Period> periods;
    for (const PolicyHolder& p : *policies)
        periods << PlausibilityEvidence::Period { p.startDate, p.endDate };
    return periods;
}

} // namespace

Result<std::optional<PlausibilityEvidence>> read(const Database& db, const Claim& claim)
{
    using R = Result<std::optional<PlausibilityEvidence>>;
    const DocumentRepository documents(db);
    auto stored = documents.forClaim(claim.id);
    if (!stored)
        return R::failure(stored.errorDetail());
    if (stored->isEmpty())
        return std::optional<PlausibilityEvidence>();
    auto fields = documents.fieldsForClaim(claim.id);
    if (!fields)
        return R::failure(fields.errorDetail());
    auto periods = policyPeriods(db, claim);
    if (!periods)
        return R::failure(periods.errorDetail());

    PlausibilityEvidence evidence;
    evidence.health = claim.type == ClaimType::Health;
    evidence.filedOn = claim.createdAt.toLocalTime().date();
    evidence.policyPeriods = *periods;
    for (const Document& d : *stored) {
        const bool receipt = d.category == DocumentCategory::Receipt;
        if (!receipt && d.category != DocumentCategory::ItemizedBill)
            continue;
        const QList<ExtractedField> read = fields->value(d.id);
        const QString merchant = fieldValue(read, "merchant");
        const QString date = fieldValue(read, "date");
        // Only a receipt is matched by its reading: bills repeat across a stay.
        BillReading reading;
        if (receipt)
            reading
                = { merchant, date, fieldValue(read, "total"), fieldValue(read, "billing_number") };
        auto other = documents.otherClaimWithBill(d, reading);
        if (!other)
            return R::failure(other.errorDetail());
        evidence.bills << PlausibilityEvidence::Bill { merchant,
            QDate::fromString(date, Qt::ISODate), *other };
    }
    return std::optional<PlausibilityEvidence>(std::move(evidence));
}

Result<ClaimRecord> recordOf(const Database& db, const Claim& claim)
{
    auto evidence = read(db, claim);
    if (!evidence)
        return Result<ClaimRecord>::failure(evidence.errorDetail());
    ClaimRecord record = ClaimRecord::fromClaim(claim);
    record.evidence = *evidence;
    return record;
}

} // namespace ClaimDesk::ClaimEvidence
