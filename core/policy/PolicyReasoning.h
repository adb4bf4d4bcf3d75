#pragma once

#include "policy/LineItemChecker.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ClaimDesk {

// One thing on a claim that does not fit its diagnosis, as a model judged it
// (seed 003's clinical-coherence check): "an X-ray for haemorrhoids".
struct ClinicalFlag
{
    ItemField field = ItemField::Pharmacy;
    QString item; // as the claim has it
    QString reason;
    QStringList alternatives; // what would fit the diagnosis, at most two
};

// What a model adds to the offline policy checks of one claim: the clinical
// flags, most important first (complaint, symptoms, lab, pharmacy), and
// alternatives suggested for excluded items whose clause names none. Advice only:
// it never turns an Allowed into an Excluded or the other way round.
struct PolicyReasoning
{
    static constexpr int MaxAlternatives = 2; // seed 003: at most two per item
    static constexpr int MaxTextLength = 300; // a reason or an alternative

    QString model;
    QString promptVersion;
    bool checked = false; // the model answered and the answer was usable
    QString error; // why the model's answer was not usable
    QString skipReason; // why the model was not asked (translated); empty: no model
    QList<ClinicalFlag> flags;
    QHash<QString, QStringList> suggestions; // excluded item -> alternatives
    QDateTime recordedAt; // kept with the claim's recorded checks then; invalid: not kept

    // The flag the approval probability counts: seed 003 shows only the most
    // important one, so several flags cost as much as one.
    int countedFlags() const { return flags.isEmpty() ? 0 : 1; }

    // The model's answer (fitting LlmPolicyReasoner's schema) kept only where it
    // speaks of the claim: flags for items the claim has, suggestions for items
    // that were excluded without a clause alternative, text trimmed and bounded,
    // duplicates and an item suggested for itself dropped.
    static PolicyReasoning fromAnswer(const QJsonObject& answer, const QList<LineItemCheck>& checks,
        const QString& treatmentNotes);

    // clinical_coherence in the CLI: status (checked, skipped, failed), model,
    // prompt_version, flags[{field, item, reason, alternatives[]}], and the reason
    // when it was not checked.
    QJsonObject toJson() const;

    // As kept with the checks recorded on a claim, and back: model, prompt
    // version, flags and suggestions of an answer that was used.
    QJsonObject toRecord() const;
    static PolicyReasoning fromRecord(const QJsonObject& record);
};

// The items the model is asked about, in the order shown: each billed item with
// its check, then the treatment notes as the chief complaint.
QJsonObject policyReasoningInput(
    const QString& diagnosis, const QList<LineItemCheck>& checks, const QString& treatmentNotes);
// A fingerprint of that input (hex SHA-1): advice kept for one input does not
// apply once the claim's diagnosis, items or notes changed.
QString policyReasoningInputHash(
    const QString& diagnosis, const QList<LineItemCheck>& checks, const QString& treatmentNotes);

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::PolicyReasoning)
