#include "ClaimJson.h"

#include "decision/RuleText.h"

#include <QJsonArray>
#include <QMap>
#include <cmath>

namespace ClaimDesk::ClaimJson {

namespace {

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject listEntry(const Claim& c)
{
    return {
        { QStringLiteral("claim_id"), c.id },
        { QStringLiteral("claim_type"), claimTypeCode(c.type) },
        { QStringLiteral("status"), claimStatusCode(c.status) },
        { QStringLiteral("amount"), c.amount ? QJsonValue(c.amount->toString()) : QJsonValue() },
        { QStringLiteral("risk_level"), orNull(riskLevelCode(c.riskLevel)) },
        { QStringLiteral("risk_score"), c.riskScore ? QJsonValue(*c.riskScore) : QJsonValue() },
        { QStringLiteral("priority"), orNull(priorityCode(c.priority)) },
        { QStringLiteral("final_decision"),
            c.finalDecision ? QJsonValue(finalDecisionCode(*c.finalDecision)) : QJsonValue() },
        { QStringLiteral("reimbursement"), c.reimbursement.toString() },
        { QStringLiteral("created_at"), time(c.createdAt) },
        { QStringLiteral("assignee"), orNull(c.assignee) },
        { QStringLiteral("escalated"), c.escalated },
    };
}

QJsonObject claim(const Claim& c)
{
    QJsonObject o = listEntry(c);
    QJsonArray items;
    for (const LineItem& item : c.lineItems)
        items.append(QJsonObject { { QStringLiteral("description"), item.description },
            { QStringLiteral("amount"), item.amount.toString() } });
    o.insert(QStringLiteral("memo"), c.memo);
    o.insert(QStringLiteral("claimant_national_id"), orNull(c.claimantNationalId));
    o.insert(QStringLiteral("claimant_name"), orNull(c.claimantName));
    o.insert(QStringLiteral("provider_name"), orNull(c.providerName));
    o.insert(QStringLiteral("diagnosis_code"), orNull(c.diagnosisCode));
    o.insert(QStringLiteral("treatment_notes"), orNull(c.treatmentNotes));
    o.insert(QStringLiteral("service_date"),
        c.serviceDate.isValid() ? QJsonValue(c.serviceDate.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("line_items"), items);
    o.insert(QStringLiteral("in_network"), c.inNetwork);
    o.insert(QStringLiteral("is_emergency"), c.emergency);
    o.insert(QStringLiteral("updated_at"), time(c.updatedAt));
    o.insert(QStringLiteral("submitted_at"), time(c.submittedAt));
    o.insert(QStringLiteral("version"), c.version);
    o.insert(QStringLiteral("prior_approval"), orNull(c.priorApproval));
    return o;
}

QJsonObject claimWithoutIdentity(const Claim& c)
{
    QJsonObject o = claim(c);
    o.remove(QStringLiteral("claimant_name"));
    o.remove(QStringLiteral("claimant_national_id"));
    return o;
}

QJsonObject decision(const StoredDecision& d, const RuleSet& rules)
{
    const DecisionResult& r = d.result;
    QJsonArray fired;
    for (int i = 0; i < r.ruleCount; ++i) {
        const FiredRule& f = r.rules[static_cast<std::size_t>(i)];
        fired.append(QJsonObject { { QStringLiteral("rule"), QLatin1String(ruleCode(f.rule)) },
            { QStringLiteral("layer"), RuleText::layer(f.rule) },
            { QStringLiteral("points"), f.points },
            { QStringLiteral("text"), RuleText::describe(f, rules) } });
    }
    return {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("ruleset_version"), d.rulesetVersion },
        { QStringLiteral("as_of"), d.asOf.toString(Qt::ISODate) },
        { QStringLiteral("decided_at"), time(d.decidedAt) },
        { QStringLiteral("bronze_decision"), bronzeDecisionCode(r.bronze) },
        { QStringLiteral("quality_score"), r.qualityScore },
        { QStringLiteral("reimbursement"), r.reimbursement.toString() },
        { QStringLiteral("network_penalty"), r.networkPenalty.toString() },
        { QStringLiteral("priority"), orNull(priorityCode(r.priority)) },
        { QStringLiteral("risk_score"), r.riskScore ? QJsonValue(*r.riskScore) : QJsonValue() },
        { QStringLiteral("risk_level"), orNull(riskLevelCode(r.riskLevel)) },
        { QStringLiteral("final_decision"), finalDecisionCode(r.finalDecision) },
        { QStringLiteral("rules"), fired },
    };
}

QJsonObject fields(const QList<ExtractedField>& fields)
{
    auto box = [](const QRectF& r) {
        return QJsonArray { int(r.x()), int(r.y()), int(r.width()), int(r.height()) };
    };
    QJsonObject out;
    // "items.N.item" / "items.N.amount" rows become one "items" array
    QMap<int, QJsonObject> items;
    QRectF itemsBox;
    double itemsConfidence = 1.0;
    int itemsPage = 0;
    for (const ExtractedField& f : fields) {
        if (f.name.startsWith(QLatin1String("items."))) {
            const QStringList parts = f.name.split(QLatin1Char('.'));
            if (parts.size() == 3) {
                items[parts[1].toInt()].insert(parts[2], f.value);
                itemsBox = itemsBox.united(f.box);
                itemsConfidence = std::min(itemsConfidence, f.confidence);
                itemsPage = f.page;
                continue;
            }
        }
        QJsonObject field { { QStringLiteral("value"), f.value },
            { QStringLiteral("text"), f.printedText },
            { QStringLiteral("confidence"), std::round(f.confidence * 1000) / 1000 },
            { QStringLiteral("page"), f.page }, { QStringLiteral("box"), box(f.box) },
            { QStringLiteral("source"), f.source } };
        if (!f.modelValue.isEmpty()) // flagged: the model read something else
            field.insert(QStringLiteral("model_value"), f.modelValue);
        out.insert(f.name, field);
    }
    if (!items.isEmpty()) {
        QJsonArray list;
        QStringList text;
        for (const QJsonObject& item : std::as_const(items)) {
            list.append(item);
            text << item.value(QStringLiteral("item")).toString();
        }
        out.insert(QStringLiteral("items"),
            QJsonObject { { QStringLiteral("value"), list },
                { QStringLiteral("text"), text.join(QLatin1String("; ")) },
                { QStringLiteral("confidence"), std::round(itemsConfidence * 1000) / 1000 },
                { QStringLiteral("page"), itemsPage }, { QStringLiteral("box"), box(itemsBox) } });
    }
    return out;
}

QJsonObject document(const Document& d, const QList<ExtractedField>& extracted)
{
    return {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("category"), d.category },
        { QStringLiteral("original_name"), d.originalName },
        { QStringLiteral("sha256"), d.sha256 },
        { QStringLiteral("mime_type"), d.mimeType },
        { QStringLiteral("size"), d.size },
        { QStringLiteral("useful"), d.useful ? QJsonValue(*d.useful) : QJsonValue() },
        { QStringLiteral("uploaded_at"), time(d.uploadedAt) },
        { QStringLiteral("fields"), fields(extracted) },
    };
}

QJsonObject auditEntry(const AuditEntry& e)
{
    return {
        { QStringLiteral("at"), time(e.at) },
        { QStringLiteral("actor"), e.actor },
        { QStringLiteral("action"), e.code() },
        { QStringLiteral("old_value"), orNull(e.oldValue) },
        { QStringLiteral("new_value"), orNull(e.newValue) },
    };
}

QJsonObject recordedCheck(const RecordedCheck& c)
{
    return {
        { QStringLiteral("checked_at"), time(c.checkedAt) },
        { QStringLiteral("actor"), c.actor },
        { QStringLiteral("item"), c.item },
        { QStringLiteral("field"), c.field },
        { QStringLiteral("decision"), c.decision },
        { QStringLiteral("clause_id"), orNull(c.clauseId) },
        { QStringLiteral("policy_version"), orNull(c.policyVersion) },
        { QStringLiteral("score"), c.score },
        { QStringLiteral("reason"), c.reason },
    };
}

QJsonObject keptAdvice(const PolicyReasoning& advice)
{
    QJsonObject o = advice.toJson();
    o.insert(QStringLiteral("recorded_at"), time(advice.recordedAt));
    return o;
}

} // namespace ClaimDesk::ClaimJson
