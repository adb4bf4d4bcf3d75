#pragma once

#include "domain/Document.h"
#include "extract/MerchantModel.h"

#include <QString>
#include <optional>

namespace ClaimDesk {

struct ReceiptRows;

// The shop or company a receipt is from ("merchant"): the top row of its first
// page that MerchantModel scores highest, by the words of a business and its
// legal form ("SDN BHD", "S/B"), a company registration number beside or under
// it, print size, position (the seller's name comes before a customer's), OCR
// confidence and how much of it reads as words; addresses, phone numbers,
// document titles ("TAX INVOICE") and an owner's name under "Owned by" count
// against a row. A name broken over rows is joined; with a rereader its rows
// not read surely are read a second time and the readings merged word by word.
// The name printed again lower on the receipt (a footer, an owner's company, a
// social handle) is one more reading of it.
class ReceiptMerchant final
{
public:
    // A top row with what MerchantModel knows of it, to train the model on.
    struct Candidate
    {
        int row = 0;
        QString text;
        MerchantModel::Features features;
    };
    static std::optional<ExtractedField> find(const ReceiptRows& receipt,
        const LinearModel& model = MerchantModel::shipped(),
        QList<Candidate>* candidates = nullptr);

    // A name as registered: the legal form read right, nothing after it, letters
    // OCR read as look-alike digits put back.
    static QString cleanName(QString printed);
};

} // namespace ClaimDesk
