#include "DecisionResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>

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
    "plausibility.outside_policy_period",
    "plausibility.non_medical_merchant",
    "plausibility.outside_claim_window",
    "plausibility.duplicate_receipt",
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
    // Stored once per decision, a million times in a bulk re-score: built in one
    // preallocated buffer.
    QByteArray out;
    out.reserve(2 + ruleCount * 56);
    out.append('[');
    char number[8];
    for (int i = 0; i < ruleCount; ++i) {
        const FiredRule& r = rules[static_cast<std::size_t>(i)];
        if (i > 0)
            out.append(',');
        out.append("{\"rule\":\"", 9);
        out.append(ruleCode(r.rule));
        out.append("\",\"points\":", 11);
        const auto [end, ec] = std::to_chars(number, number + sizeof number, r.points);
        (void)ec;
        out.append(number, static_cast<qsizetype>(end - number));
        out.append('}');
    }
    out.append(']');
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
