#include "decision/DocumentDetails.h"

#include <QMap>

namespace ClaimDesk {

namespace {

// "items.N.item" and "items.N.amount", in the order of N; an item without a
// readable amount is left out.
QList<LineItem> itemsOf(const QList<ExtractedField>& fields)
{
    QMap<int, LineItem> byIndex;
    QMap<int, bool> priced;
    for (const ExtractedField& f : fields) {
        const QStringList parts = f.name.split(u'.');
        bool numbered = false;
        const int n = parts.size() == 3 && parts[0] == u"items" ? parts[1].toInt(&numbered) : -1;
        if (!numbered)
            continue;
        if (parts[2] == u"item") {
            byIndex[n].description = f.value;
        } else if (parts[2] == u"amount") {
            if (const auto amount = Money::parse(f.value)) {
                byIndex[n].amount = *amount;
                priced[n] = true;
            }
        }
    }
    QList<LineItem> items;
    for (auto it = byIndex.cbegin(); it != byIndex.cend(); ++it) {
        if (priced.value(it.key()) && !it.value().description.isEmpty())
            items.append(it.value());
    }
    return items;
}

// A detail of the claim follows its documents when they now give another
// value and the claim took the old one from them, or has none.
template<typename T>
std::optional<T> followed(const T& before, const T& after, const T& current, const T& none)
{
    if (after != before && after != none && current != after
        && (current == none || current == before))
        return after;
    return std::nullopt;
}

} // namespace

DocumentDetails DocumentDetails::of(const QList<Read>& documents)
{
    DocumentDetails d;
    std::optional<Money> receipts;
    std::optional<Money> bills;
    QList<LineItem> billItems;
    QList<LineItem> receiptItems;
    QString certificateProvider;
    for (const Read& doc : documents) {
        const QString& c = doc.category;
        const bool receipt = c == u"receipt";
        const bool bill = c == u"itemized_bill";
        const bool certificate = c == u"medical_certificate";
        const bool discharge = c == u"discharge_summary";
        if (receipt || bill) {
            if (const auto total = Money::parse(fieldValue(doc.fields, "total"))) {
                std::optional<Money>& sum = receipt ? receipts : bills;
                sum = sum.value_or(Money()) + *total;
            }
            (receipt ? receiptItems : billItems) += itemsOf(doc.fields);
        }
        if (receipt || bill || certificate || discharge) {
            const QDate date = QDate::fromString(
                fieldValue(doc.fields, discharge ? "admission_date" : "date"), Qt::ISODate);
            if (date.isValid() && (!d.serviceDate.isValid() || date < d.serviceDate))
                d.serviceDate = date;
        }
        if (receipt && d.providerName.isEmpty())
            d.providerName = fieldValue(doc.fields, "merchant");
        if ((certificate || discharge) && d.diagnosis.isEmpty()) {
            d.diagnosis = fieldValue(doc.fields, "diagnosis");
            d.treatment = fieldValue(doc.fields, "treatment");
        }
        if (certificate && certificateProvider.isEmpty())
            certificateProvider = fieldValue(doc.fields, "hospital");
        if (c == u"citizen_id_card" && d.claimantNationalId.isEmpty()) {
            d.claimantNationalId = fieldValue(doc.fields, "citizen_id");
            d.claimantName = fieldValue(doc.fields, "name_th");
            if (d.claimantName.isEmpty())
                d.claimantName = fieldValue(doc.fields, "name_en");
        }
    }
    d.amount = receipts ? receipts : bills;
    d.lineItems = billItems.isEmpty() ? receiptItems : billItems;
    if (d.providerName.isEmpty())
        d.providerName = certificateProvider;
    return d;
}

ClaimEdit DocumentDetails::changesFrom(const DocumentDetails& before, const Claim& claim) const
{
    ClaimEdit e;
    if (const auto a = followed(before.amount, amount, claim.amount, std::optional<Money>()))
        e.amount = *a;
    e.serviceDate = followed(before.serviceDate, serviceDate, claim.serviceDate, QDate());
    e.providerName = followed(before.providerName, providerName, claim.providerName, QString());
    e.diagnosisCode = followed(before.diagnosis, diagnosis, claim.diagnosisCode, QString());
    e.treatmentNotes = followed(before.treatment, treatment, claim.treatmentNotes, QString());
    e.lineItems = followed(before.lineItems, lineItems, claim.lineItems, QList<LineItem>());
    e.claimantNationalId = followed(
        before.claimantNationalId, claimantNationalId, claim.claimantNationalId, QString());
    e.claimantName = followed(before.claimantName, claimantName, claim.claimantName, QString());
    return e;
}

} // namespace ClaimDesk
