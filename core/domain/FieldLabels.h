#pragma once

#include <QString>

namespace ClaimDesk {

// The readable name of an extracted field, or of a claim detail as its audit
// trail names it ("provider_name"), in the interface language
// ("total" -> "Total paid", "ยอดชำระ"); unknown names are shown as they are,
// with underscores as spaces. Item rows ("items.2.amount") read "Item 3 amount".
QString fieldLabel(const QString& name);
// The untranslated label (context "ClaimDesk::Domain") of a known name, else null.
const char* fieldLabelSource(const QString& name);

} // namespace ClaimDesk
