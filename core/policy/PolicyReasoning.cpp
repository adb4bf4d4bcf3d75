#include "PolicyReasoning.h"

#include "policy/PolicyTr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace ClaimDesk {

namespace {

// One item the model may speak of, with the key its mentions are matched by.
struct AskedItem
{
    ItemField field;
    QString text;
    QString key;
    bool wantsSuggestions = false;
};

QString matchKey(const QString& text)
{
    return text.simplified().toCaseFolded();
}

QString bounded(const QString& text)
{
    return text.simplified().left(PolicyReasoning::MaxTextLength);
}

QList<AskedItem> askedItems(const QList<LineItemCheck>& checks, const QString& treatmentNotes)
{
    QList<AskedItem> items;
    for (const LineItemCheck& c : checks)
        items.append({ c.field, c.item, matchKey(c.item), !c.allowed && c.alternatives.isEmpty() });
    if (!treatmentNotes.trimmed().isEmpty())
        items.append(
            { ItemField::Complaint, treatmentNotes.simplified(), matchKey(treatmentNotes) });
    return items;
}

// The claim's item a model's mention names: the same text, or one containing
// the other (models shorten "Panadol 500mg tablets" to "Panadol 500mg").
const AskedItem* findItem(const QList<AskedItem>& items, const QString& mention)
{
    const QString key = matchKey(mention);
    if (key.size() < 2)
        return nullptr;
    for (const AskedItem& i : items) {
        if (i.key == key)
            return &i;
    }
    for (const AskedItem& i : items) {
        if (i.key.contains(key) || key.contains(i.key))
            return &i;
    }
    return nullptr;
}

// Up to two distinct alternatives, none of them the item itself.
QStringList alternativesFrom(const QJsonValue& value, const QString& item)
{
    QStringList out;
    const QString itemKey = matchKey(item);
    for (const QJsonValue& v : value.toArray()) {
        const QString text = bounded(v.toString());
        if (text.isEmpty() || matchKey(text) == itemKey)
            continue;
        const bool seen = std::any_of(out.cbegin(), out.cend(),
            [&](const QString& o) { return matchKey(o) == matchKey(text); });
        if (!seen)
            out << text;
        if (out.size() == PolicyReasoning::MaxAlternatives)
            break;
    }
    return out;
}

int priority(ItemField field)
{
    switch (field) {
    case ItemField::Complaint:
        return 0;
    case ItemField::Symptoms:
        return 1;
    case ItemField::Lab:
        return 2;
    case ItemField::Pharmacy:
        return 3;
    }
    return 4;
}

} // namespace

QJsonObject policyReasoningInput(
    const QString& diagnosis, const QList<LineItemCheck>& checks, const QString& treatmentNotes)
{
    QJsonArray items;
    QJsonArray wanted;
    for (const AskedItem& i : askedItems(checks, treatmentNotes)) {
        items.append(QJsonObject { { QStringLiteral("field"), itemFieldCode(i.field) },
            { QStringLiteral("item"), i.text } });
        if (i.wantsSuggestions)
            wanted.append(i.text);
    }
    return { { QStringLiteral("diagnosis"), diagnosis.simplified() },
        { QStringLiteral("items"), items },
        { QStringLiteral("excluded_without_alternatives"), wanted } };
}

namespace {

// The flags as the CLI prints them and as they are kept: field, item, reason,
// alternatives.
QJsonArray flagsJson(const QList<ClinicalFlag>& flags)
{
    QJsonArray out;
    for (const ClinicalFlag& f : flags)
        out.append(QJsonObject { { QStringLiteral("field"), itemFieldCode(f.field) },
            { QStringLiteral("item"), f.item }, { QStringLiteral("reason"), f.reason },
            { QStringLiteral("alternatives"), QJsonArray::fromStringList(f.alternatives) } });
    return out;
}

} // namespace

QString policyReasoningInputHash(
    const QString& diagnosis, const QList<LineItemCheck>& checks, const QString& treatmentNotes)
{
    const QJsonObject input = policyReasoningInput(diagnosis, checks, treatmentNotes);
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(input).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
                                   .toHex());
}

PolicyReasoning PolicyReasoning::fromAnswer(
    const QJsonObject& answer, const QList<LineItemCheck>& checks, const QString& treatmentNotes)
{
    PolicyReasoning r;
    r.checked = true;
    const QList<AskedItem> items = askedItems(checks, treatmentNotes);
    QSet<QString> flagged;
    for (const QJsonValue& v : answer.value(u"clinical_flags").toArray()) {
        const QJsonObject o = v.toObject();
        const AskedItem* item = findItem(items, o.value(u"item").toString());
        const QString reason = bounded(o.value(u"reason").toString());
        if (!item || reason.isEmpty() || flagged.contains(item->key))
            continue; // not about this claim, or already flagged
        flagged.insert(item->key);
        r.flags.append({ item->field, item->text, reason,
            alternativesFrom(o.value(u"alternatives"), item->text) });
    }
    std::stable_sort(
        r.flags.begin(), r.flags.end(), [](const ClinicalFlag& a, const ClinicalFlag& b) {
            return priority(a.field) < priority(b.field);
        });
    for (const QJsonValue& v : answer.value(u"alternatives").toArray()) {
        const QJsonObject o = v.toObject();
        const AskedItem* item = findItem(items, o.value(u"item").toString());
        if (!item || !item->wantsSuggestions || r.suggestions.contains(item->text))
            continue; // only excluded items whose clause names no alternative
        const QStringList suggested = alternativesFrom(o.value(u"suggestions"), item->text);
        if (!suggested.isEmpty())
            r.suggestions.insert(item->text, suggested);
    }
    return r;
}

QJsonObject PolicyReasoning::toJson() const
{
    const QJsonArray flagArray = flagsJson(flags);
    QJsonObject o { { QStringLiteral("status"),
                        checked               ? QStringLiteral("checked")
                            : error.isEmpty() ? QStringLiteral("skipped")
                                              : QStringLiteral("failed") },
        { QStringLiteral("flags"), flagArray } };
    if (!model.isEmpty())
        o.insert(QStringLiteral("model"), model);
    if (!promptVersion.isEmpty())
        o.insert(QStringLiteral("prompt_version"), promptVersion);
    if (!checked)
        o.insert(QStringLiteral("reason"),
            !error.isEmpty()            ? error
                : !skipReason.isEmpty() ? skipReason
                                        : PolicyTr::tr("no language model configured"));
    return o;
}

QJsonObject PolicyReasoning::toRecord() const
{
    const QJsonArray flagArray = flagsJson(flags);
    QJsonObject suggested;
    for (auto it = suggestions.cbegin(); it != suggestions.cend(); ++it)
        suggested.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return { { QStringLiteral("model"), model },
        { QStringLiteral("prompt_version"), promptVersion }, { QStringLiteral("flags"), flagArray },
        { QStringLiteral("suggestions"), suggested } };
}

PolicyReasoning PolicyReasoning::fromRecord(const QJsonObject& record)
{
    const auto strings = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue& s : v.toArray())
            out << s.toString();
        return out;
    };
    PolicyReasoning r;
    r.checked = true;
    r.model = record.value(u"model").toString();
    r.promptVersion = record.value(u"prompt_version").toString();
    for (const QJsonValue& v : record.value(u"flags").toArray()) {
        const QJsonObject f = v.toObject();
        r.flags.append(
            { itemFieldFromCode(f.value(u"field").toString()).value_or(ItemField::Pharmacy),
                f.value(u"item").toString(), f.value(u"reason").toString(),
                strings(f.value(u"alternatives")) });
    }
    const QJsonObject suggested = record.value(u"suggestions").toObject();
    for (auto it = suggested.constBegin(); it != suggested.constEnd(); ++it)
        r.suggestions.insert(it.key(), strings(it.value()));
    return r;
}

} // namespace ClaimDesk
