#pragma once

#include "domain/Claim.h"
#include "domain/Document.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ClaimDesk {

// The claim details a claim's documents give, from the fields read from them:
// - the amount: the receipts' totals summed (a claim may have several receipts),
//   or, with no receipt total, the itemized bills';
// - the service date: the earliest date on a receipt, an itemized bill, a
//   medical certificate or a discharge summary (its admission);
// - the provider: the first receipt's shop or hospital, else a certificate's;
// - the diagnosis and treatment: a medical certificate's or discharge summary's;
// - the line items: the itemized bills' items, else the receipts';
// - the claimant's national ID and name: the citizen ID card's. (A driving
//   licence may be the other party's, so it gives none.)
// Documents count in the order they were stored.
struct DocumentDetails
{
    std::optional<Money> amount;
    QDate serviceDate;
    QString providerName;
    QString diagnosis;
    QString treatment;
    QList<LineItem> lineItems;
    QString claimantNationalId;
    QString claimantName;

    struct Read
    {
        QString category;
        QList<ExtractedField> fields;
    };
    static DocumentDetails of(const QList<Read>& documents);

    // What changes on the claim when its documents' details go from `before` to
    // these: each detail the claim took from its documents (it is empty, or still
    // what they gave before) follows them; a detail someone typed stays as typed.
    ClaimEdit changesFrom(const DocumentDetails& before, const Claim& claim) const;
};

} // namespace ClaimDesk
