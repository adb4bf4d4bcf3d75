#pragma once

#include "decision/ClaimRecord.h"
#include "domain/Claim.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace ClaimDesk {

// A claim's plausibility evidence as the book holds it: its receipts and itemized
// bills (merchant and date as read or corrected, and another claim holding the
// same bill), the periods of its claimant's policies of its type, and the day it
// was filed. None for a claim without documents, which the spec's rules alone
// decide. Reads on the calling thread's connection, a few queries per claim.
namespace ClaimEvidence {

Result<std::optional<PlausibilityEvidence>> read(const Database& db, const Claim& claim);

// The claim's record for the rules, with its evidence.
Result<ClaimRecord> recordOf(const Database& db, const Claim& claim);

} // namespace ClaimEvidence

} // namespace ClaimDesk
