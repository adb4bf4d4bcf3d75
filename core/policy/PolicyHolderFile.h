#pragma once

#include "domain/PolicyHolder.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace ClaimDesk {

// Reads the policy file format of shared/data/policies (a JSON array of objects).
// Fails naming the line and field at fault; amounts are read exactly.
Result<QList<PolicyHolder>> parsePolicyHoldersJson(const QByteArray& json, ClaimType type);
// The same records as CSV with a header row of the JSON keys (UTF-8, RFC 4180).
Result<QList<PolicyHolder>> parsePolicyHoldersCsv(const QByteArray& csv, ClaimType type);
// JSON when the file starts with '[' or '{', CSV otherwise.
Result<QList<PolicyHolder>> parsePolicyHolders(const QByteArray& bytes, ClaimType type);

} // namespace ClaimDesk
