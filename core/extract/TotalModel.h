#pragma once

#include "extract/LinearModel.h"

#include <array>

namespace ClaimDesk {

// Which of a receipt's amounts is its total: what is known of each amount
// (Feature: the label beside it, its place in a row, how often it recurs,
// whether the receipt's arithmetic gives it, its print size and position) and
// the weights ReceiptAmounts scores it with (written()): set by hand, plausible
// above 0, sure from 8, and the scale the rest of its reasoning reads.
//
// bench_receipts --train-total learns weights over the same features
// (LinearModel::train) on two folds and measures both on the third. Learned
// weights put the true total first as often or more often on every held-back
// fold, but the reasoning after the choice (rounding, the one-digit repair, the
// confidence), written for the hand weights' choice, turns that into fewer
// right totals, so the product does not use them yet.
struct TotalModel final
{
    enum Feature
    {
        TotalLabel, // TOTAL, JUMLAH, รวม ...
        StrongTotalLabel, // GRAND TOTAL, NETT TOTAL, AMOUNT DUE ...
        SubtotalLabel,
        TaxLabel,
        ExclusiveLabel, // before tax
        DiscountLabel,
        QuantityLabel,
        ChangeLabel,
        RoundingLabel,
        TenderLabel, // CASH, CARD
        LabelOnRowAbove, // the label alone on the row above the amount
        NoCents,
        NotPositive,
        InTableRow, // three or more amounts in its row
        SecondInRow, // not the first of two amounts in its row
        TaxSummaryGross, // the last of a row whose two before it add up to it
        Recurs, // how often it recurs, 0 to 3
        CashMinusChange, // cash paid minus change gives it
        CashMinusChangeLabelled, // ... and it has a total's label
        AddsUp, // the subtotal plus tax or rounding gives it
        ItemsSumLabelled, // the items above sum to it, and it has a total's label
        ItemsSumUnlabelled, // ... without a label, one item above
        ItemsSumManyUnlabelled, // ... without a label, several items above
        LargerPrint, // printed larger than the receipt's median, 0 to 1
        LowOnPage, // its row's place from the top, 0 to 1
        Largest, // no amount on the receipt is larger
        LastTotalLabelled, // the lowest amount on the page with a total's label
        FeatureCount
    };
    using Features = std::array<float, FeatureCount>;

    static QStringList featureNames();
    // The weights set by hand, which ReceiptAmounts scores with.
    static LinearModel written();
};

} // namespace ClaimDesk
