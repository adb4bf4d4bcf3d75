#include "DecisionResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimDesk {

namespace {

constexpr std::array<const char*, static_cast<std::size_t>(RuleId::Count)> Codes = {
    "bronze.missing_claim_id",
    "bronze.missing_amount",
    "bronze.amount_not_a_number",
    "bronze.amount_not_positive",
    "bronze.missing_claim_type",
    "bronze.missing_service_date",
    "bronze.invalid_service_date",
    "bronze.missing_diagnosis_code",
    "bronze.amount_above_warning",
    "bronze.line_items_mismatch",
    "bronze.service_date_in_future",
    "bronze.provider_name_bonus",
    "bronze.treatment_notes_bonus",
    "bronze.line_items_bonus",
    "bronze.rejected",
    "bronze.quarantined",
    "silver.out_of_network_reduction",
    "silver.priority_emergency",
    "silver.priority_high_amount",
    "silver.priority_medium_amount",
    "silver.priority_low",
    "gold.high_amount",
    "gold.elevated_amount",
    "gold.out_of_network",
    "gold.round_amount",
    "gold.emergency",
    "gold.low_quality",
    "gold.manual_review",
    "gold.standard_review",
    "gold.auto_approve",
    "gold.not_auto_approvable",
};

} // namespace

const char* ruleCode(RuleId rule)
{
    return Codes[static_cast<std::size_t>(rule)];
}

std::optional<RuleId> ruleFromCode(const QString& code)
{
    for (std::size_t i = 0; i < Codes.size(); ++i) {
        if (code == QLatin1String(Codes[i]))
            return static_cast<RuleId>(i);
    }
    return std::nullopt;
}

bool DecisionResult::fired(RuleId rule) const
{
    for (int i = 0; i < ruleCount; ++i) {
        if (rules[static_cast<std::size_t>(i)].rule == rule)
            return true;
    }
    return false;
}

QByteArray DecisionResult::explanationJson() const
{
    QByteArray out("[");
    for (int i = 0; i < ruleCount; ++i) {
        const FiredRule& r = rules[static_cast<std::size_t>(i)];
        if (i > 0)
            out += ',';
        out += "{\"rule\":\"";
        out += ruleCode(r.rule);
        out += "\",\"points\":";
        out += QByteArray::number(r.points);
        out += '}';
    }
    out += ']';
    return out;
}

void DecisionResult::setExplanationJson(const QByteArray& json)
{
    ruleCount = 0;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        if (auto rule = ruleFromCode(o.value(u"rule").toString());
            rule && ruleCount < static_cast<int>(rules.size()))
            fire(*rule, o.value(u"points").toInt());
    }
}

QString bronzeDecisionCode(BronzeDecision d)
{
    switch (d) {
    case BronzeDecision::Accept:
        return QStringLiteral("ACCEPT");
    case BronzeDecision::Reject:
        return QStringLiteral("REJECT");
    case BronzeDecision::Quarantine:
        return QStringLiteral("QUARANTINE");
    }
    return {};
}

std::optional<BronzeDecision> bronzeDecisionFromCode(const QString& code)
{
    if (code == u"ACCEPT")
        return BronzeDecision::Accept;
    if (code == u"REJECT")
        return BronzeDecision::Reject;
    if (code == u"QUARANTINE")
        return BronzeDecision::Quarantine;
    return std::nullopt;
}

} // namespace ClaimDesk
