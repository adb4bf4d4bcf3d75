#pragma once

#include "util/Result.h"

#include <QString>

namespace ClaimDesk::FieldCorrection {

// What a reviewer's correction of an extracted field means.

// The typed value in the form fields are stored in: amounts as plain decimals
// ("฿1,250" -> "1250.00"), dates as ISO ("25/12/2561" -> "2018-12-25"), a national
// ID as its 13 digits (its check digit verified); other fields trimmed. The
// error names the field and what was expected.
Result<QString> normalise(const QString& fieldName, const QString& typed);

} // namespace ClaimDesk::FieldCorrection
