#pragma once

#include "claims/ClaimBook.h"
#include "policylibrary/PolicyLibrary.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace ClaimDesk::DemoData {

// The demo policy holders (health and car) shipped in the resources.
Result<int> importPolicies(const Database& db);
// The sample formulary text (for the policy library).
QByteArray formulary();
// Imports the sample formulary into the policy library as document "formulary".
Result<PolicyLibrary::Imported> importFormulary(const Database& db);
// A handful of claims for the demo policy holders, covering each decision path.
// Adds them only to a book that has no claims yet; returns the IDs added.
Result<QStringList> addDemoClaims(ClaimBook& book);

} // namespace ClaimDesk::DemoData
