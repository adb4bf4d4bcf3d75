#pragma once

#include "extract/LinearModel.h"

#include <array>

namespace ClaimDesk {

// Which of a receipt's top rows names the shop or company it is from: what is
// known of each row (Feature: the words of a business, its legal form, a
// company registration number beside or under it, what marks an address, a
// title or an owner, print size, position, OCR confidence, how much of it
// reads as words) and the weights ReceiptMerchant scores it with.
//
// written() holds the weights once set by hand; shipped() the ones learned by
// logistic regression from the top rows of folds A and B of the development
// receipts, a row naming the merchant a right one, which the product scores
// with. They are written by
//
//   bench_receipts ../shared/data/sroie-dev --ocr-cache bench/data/sroie-ocr
//       --train-merchant AB --write-merchant-model resources/models/receipt-merchant.json
//
// and the test merchant_model_retrain checks that the command still gives the
// shipped file. Learned weights choose a row naming the merchant more often
// than the written ones on every held-back fold (docs/document-reading.md).
struct MerchantModel final
{
    enum Feature
    {
        CompanyWord, // SDN BHD, TRADING, RESTAURANT, PHARMACY, บริษัท ...
        FirstLegalSuffix, // the first row with a legal form (SDN BHD, S/B, LTD)
        LaterLegalSuffix, // a legal form under another one: a customer, an owner
        RegistrationBeside, // a company number after the name
        RegistrationBelow, // a company number alone on the row under it
        RegistrationBelowLabelled, // ... after its label ("Co. Reg No:")
        CountryOnly, // the last line of an address
        Owner, // "Owned by" on it or the row above
        NotMerchant, // phone, tax number, address words, greetings, dates
        DocumentTitle, // only "TAX INVOICE", "RECEIPT"
        LowerCase, // handwriting and stamps
        PrintSize, // height against the receipt's median, -0.5 to 1.5
        RowIndex, // 0 for the top row
        LetterShare, // letters among its characters
        Confidence, // OCR's, 0 to 1
        WordlikeShare, // words with a vowel or in Thai, against logo noise
        FeatureCount
    };
    using Features = std::array<float, FeatureCount>;

    static QStringList featureNames();
    static LinearModel written();
    // The learned weights the product ships (resources/models), else, with a
    // warning in the log, the written ones.
    static const LinearModel& shipped();
};

} // namespace ClaimDesk
