#pragma once

#include "domain/Document.h"
#include "extract/TotalModel.h"
#include "util/Money.h"

#include <QList>
#include <optional>

namespace ClaimDesk {

struct ReceiptRows;

// The amounts of a receipt: the total the customer paid, and the items paid for
// above it ("items.N.item", "items.N.amount").
//
// Every amount on the receipt is a candidate for the total, scored by the label
// beside it (or alone on the row above), print size, position and how often the
// value recurs, with the weights TotalModel learned. The receipt's own arithmetic then weighs in:
// cash paid minus change, a card paying the total exactly, the items above summing to it, the
// subtotal plus its tax and rounding. A chosen total that none of these gives,
// one digit away from what two of them agree on (or from a second reading of its
// row), is an OCR misreading of one digit and is corrected. The total's
// confidence grows with each of these figures that gives the same amount.
class ReceiptAmounts final
{
public:
    struct Found
    {
        std::optional<ExtractedField> total;
        QList<ExtractedField> items;
    };
    // Every amount with what TotalModel knows of it, to train the model on.
    struct Candidate
    {
        Money value;
        TotalModel::Features features;
    };
    static Found find(const ReceiptRows& receipt, QList<Candidate>* candidates = nullptr);
};

} // namespace ClaimDesk
