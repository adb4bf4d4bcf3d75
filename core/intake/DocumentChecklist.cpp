#include "DocumentChecklist.h"

#include "domain/DocumentCategory.h"
#include "intake/IntakeSpeech.h"

namespace ClaimDesk {

namespace {

const QString LicenceCustomer = QStringLiteral("driving_license_customer");
const QString LicenceOtherParty = QStringLiteral("driving_license_other_party");

QList<ChecklistItem> itemsFor(ClaimType type)
{
    using namespace DocumentCategory;
    if (type == ClaimType::CarDamage)
        return { { LicenceCustomer, true, 0 }, { LicenceOtherParty, true, 0 },
            { VehicleRegistration, true, 0 }, { VehicleDamagePhoto, true, 0 },
            { VehicleLocationPhoto, false, 0 } };
    return { { MedicalCertificate, true, 0 }, { ItemizedBill, true, 0 }, { Receipt, true, 0 },
        { CitizenIdCard, true, 0 }, { DischargeSummary, false, 0 } };
}

} // namespace

DocumentChecklist::DocumentChecklist(ClaimType type, const QList<ReceivedDocument>& received)
    : m_items(itemsFor(type))
{
    for (const ReceivedDocument& d : received) {
        const QString key = keyFor(type, d);
        for (ChecklistItem& item : m_items)
            if (item.key == key)
                ++item.count;
    }
}

QString DocumentChecklist::keyFor(ClaimType type, const ReceivedDocument& d)
{
    if (!DocumentCategory::acceptedFor(type).contains(d.category))
        return {};
    if (d.category == DocumentCategory::DrivingLicense) {
        if (d.owner == QLatin1String("customer"))
            return LicenceCustomer;
        if (d.owner == QLatin1String("other_party"))
            return LicenceOtherParty;
        return {}; // not counted until its owner is known
    }
    return d.category;
}

QString DocumentChecklist::licenceKey(const QString& owner)
{
    return owner == QLatin1String("customer") ? LicenceCustomer : LicenceOtherParty;
}

bool DocumentChecklist::isDone(const QString& key) const
{
    return std::any_of(m_items.begin(), m_items.end(),
        [&](const ChecklistItem& i) { return i.key == key && i.done(); });
}

QStringList DocumentChecklist::requiredKeys() const
{
    QStringList keys;
    for (const ChecklistItem& i : m_items)
        if (i.required)
            keys << i.key;
    return keys;
}

QStringList DocumentChecklist::missingKeys() const
{
    QStringList keys;
    for (const ChecklistItem& i : m_items)
        if (i.required && !i.done())
            keys << i.key;
    return keys;
}

int DocumentChecklist::requiredCount() const
{
    return static_cast<int>(requiredKeys().size());
}

int DocumentChecklist::requiredDone() const
{
    return requiredCount() - static_cast<int>(missingKeys().size());
}

Bilingual DocumentChecklist::label(const QString& key)
{
    if (key == LicenceCustomer)
        return IntakeSpeech::tr("Driving licence (yours)");
    if (key == LicenceOtherParty)
        return IntakeSpeech::tr("Driving licence (other party)");
    return Bilingual::of("ClaimDesk::Domain", DocumentCategory::labelSource(key));
}

Bilingual DocumentChecklist::labels(const QStringList& keys)
{
    QList<Bilingual> names;
    for (const QString& key : keys)
        names << label(key);
    return joinList(names);
}

} // namespace ClaimDesk
