#pragma once

#include "util/Money.h"

#include <QDate>

namespace ClaimDesk {

struct Claim;

// What the decision engine looks at: the presence and validity of each input
// field, already parsed. Parsing (JSON, database rows) happens before the engine,
// so the engine itself does no I/O and allocates nothing.
struct ClaimRecord
{
    enum class Amount : quint8
    {
        Absent,
        NotANumber,
        Number
    };
    enum class Date : quint8
    {
        Absent,
        Invalid,
        Valid
    };

    bool hasClaimId = false;
    bool hasClaimType = false;
    Amount amountState = Amount::Absent;
    Money amount;
    Date serviceDateState = Date::Absent;
    QDate serviceDate;
    bool hasDiagnosisCode = false;
    bool hasProviderName = false;
    bool hasTreatmentNotes = false;
    int lineItemCount = 0;
    Money lineItemsTotal;
    bool inNetwork = true;
    bool emergency = false;

    static ClaimRecord fromClaim(const Claim& claim);
};

} // namespace ClaimDesk
