#pragma once

#include "util/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ClaimDesk {

struct Claim;

// What a claim's documents and its claimant's policies say beyond the spec's
// fields, for the plausibility rules. Gathered by the services before the engine
// (claims/ClaimEvidence); a claim without documents has none.
struct PlausibilityEvidence
{
    // A receipt or itemized bill on the claim.
    struct Bill
    {
        QString merchant; // as read or corrected; empty when none was
        QDate date; // invalid when none was read
        QString alsoOnClaim; // another claim holding the same bill, if any
    };
    struct Period
    {
        QDate start;
        QDate end;
    };

    bool health = false; // the merchant check is for health claims only
    QDate filedOn; // when the claim was filed
    QList<Period> policyPeriods; // the claimant's policies of this type; empty: none found
    QList<Bill> bills;
};

// What the decision engine looks at: the presence and validity of each input
// field, already parsed. Parsing (JSON, database rows) happens before the engine,
// so the engine itself does no I/O.
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
    std::optional<PlausibilityEvidence> evidence;

    static ClaimRecord fromClaim(const Claim& claim);
};

} // namespace ClaimDesk
