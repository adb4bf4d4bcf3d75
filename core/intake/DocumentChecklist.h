#pragma once

#include "domain/ClaimTypes.h"
#include "intake/Bilingual.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ClaimDesk {

// A document the intake has received, as the checklist counts it.
struct ReceivedDocument
{
    QString category; // DocumentCategory code
    QString owner; // driving licences: "customer" or "other_party"
};

// One line of a claim type's document checklist (seed 004, section 5.4-5.5).
struct ChecklistItem
{
    // "driving_license_customer", "receipt", ...: a category, or a licence side
    QString key;
    bool required = true;
    int count = 0; // documents received for it

    bool done() const { return count > 0; }
};

// The documents a claim type needs and which of them have arrived. Car damage
// needs both drivers' licences (one per side), the registration and at least one
// damage photo, with location photos optional; health needs the medical
// certificate, the itemized bill, a receipt (several allowed) and the citizen ID
// card, with the discharge summary optional.
class DocumentChecklist final
{
public:
    DocumentChecklist(ClaimType type, const QList<ReceivedDocument>& received);

    // The keys of the two licence lines.
    static QString licenceKey(const QString& owner); // "customer" or "other_party"

    const QList<ChecklistItem>& items() const { return m_items; }
    // True when a document counts for the line `key` (false for a line the type lacks).
    bool isDone(const QString& key) const;
    QStringList requiredKeys() const;
    QStringList missingKeys() const; // required and not yet received
    int requiredCount() const;
    int requiredDone() const;
    bool isComplete() const { return missingKeys().isEmpty(); }

    // The checklist key a received document counts for; empty if it counts for
    // none (not a document of this claim type).
    static QString keyFor(ClaimType type, const ReceivedDocument& document);
    // "Driving licence (yours)", "ใบขับขี่ (ของลูกค้า)", or the category's name.
    static Bilingual label(const QString& key);
    // The labels of several lines as one list ("A, B and C").
    static Bilingual labels(const QStringList& keys);

private:
    QList<ChecklistItem> m_items;
};

} // namespace ClaimDesk
