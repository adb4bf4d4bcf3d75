#pragma once

#include "domain/Claim.h"
#include "util/Result.h"

#include <QString>

namespace ClaimDesk::FieldCorrection {

// What a reviewer's correction of an extracted field means.

// The typed value in the form fields are stored in: amounts as plain decimals
// ("฿1,250" -> "1250.00"), dates as ISO ("25/12/2561" -> "2018-12-25"), a national
// ID as its 13 digits (its check digit verified); other fields trimmed. The
// error names the field and what was expected.
Result<QString> normalise(const QString& fieldName, const QString& typed);

// The change the correction carries to the claim's own details: a receipt's
// total is the claim's amount, its date the service date, the hospital the
// provider, an ID card's number and name the claimant's. Only when the claim
// took that detail from this field (it is empty, or still equals the old value):
// a detail someone typed on the claim is never overwritten by a document.
ClaimEdit claimEdit(
    const Claim& claim, const QString& fieldName, const QString& oldValue, const QString& newValue);

} // namespace ClaimDesk::FieldCorrection
