#include "ClaimRecord.h"

#include "domain/Claim.h"

namespace ClaimDesk {

ClaimRecord ClaimRecord::fromClaim(const Claim& c)
{
    ClaimRecord r;
    r.hasClaimId = !c.id.isEmpty();
    r.hasClaimType = true; // the database only holds H and CD claims
    if (c.amount) {
        r.amountState = Amount::Number;
        r.amount = *c.amount;
    }
    if (c.serviceDate.isValid()) {
        r.serviceDateState = Date::Valid;
        r.serviceDate = c.serviceDate;
    }
    r.hasDiagnosisCode = !c.diagnosisCode.trimmed().isEmpty();
    r.hasProviderName = !c.providerName.trimmed().isEmpty();
    r.hasTreatmentNotes = !c.treatmentNotes.trimmed().isEmpty();
    r.lineItemCount = static_cast<int>(c.lineItems.size());
    for (const LineItem& item : c.lineItems)
        r.lineItemsTotal += item.amount;
    r.inNetwork = c.inNetwork;
    r.emergency = c.emergency;
    return r;
}

} // namespace ClaimDesk
