#include "RuleSet.h"

#include "decision/DecisionTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <cmath>
#include <variant>

namespace ClaimDesk {

namespace {

struct IntKey
{
    int RuleSet::*field;
    int min;
    int max;
};
struct MoneyKey
{
    Money RuleSet::*field;
};
struct RateKey
{
    Rate RuleSet::*field;
};
struct BoolKey
{
    bool RuleSet::*field;
};
struct MoneyListKey
{
    std::vector<Money> RuleSet::*field;
};
struct TextListKey
{
    QStringList RuleSet::*field;
};

struct Key
{
    const char* section;
    const char* name;
    std::variant<IntKey, MoneyKey, RateKey, BoolKey, MoneyListKey, TextListKey> kind;
};

// The file's layout: one entry per key, in the order the spec states them.
const Key Keys[] = {
    { "quality", "base", IntKey { &RuleSet::qualityBase, 0, 1000 } },
    { "quality", "issue_penalty", IntKey { &RuleSet::issuePenalty, 0, 1000 } },
    { "quality", "warning_penalty", IntKey { &RuleSet::warningPenalty, 0, 1000 } },
    { "quality", "bonus", IntKey { &RuleSet::bonusPoints, 0, 1000 } },
    { "quality", "quarantine_below", IntKey { &RuleSet::quarantineBelow, 0, 100 } },
    { "warnings", "amount_above", MoneyKey { &RuleSet::warningAmountAbove } },
    { "warnings", "line_item_tolerance", MoneyKey { &RuleSet::lineItemTolerance } },
    { "coverage", "deductible", MoneyKey { &RuleSet::deductible } },
    { "coverage", "rate", RateKey { &RuleSet::reimbursementRate } },
    { "coverage", "out_of_network_factor", RateKey { &RuleSet::outOfNetworkFactor } },
    { "priority", "high_at_least", MoneyKey { &RuleSet::priorityHighAtLeast } },
    { "priority", "medium_above", MoneyKey { &RuleSet::priorityMediumAbove } },
    { "risk", "high_amount_at_least", MoneyKey { &RuleSet::riskHighAmountAtLeast } },
    { "risk", "high_amount_points", IntKey { &RuleSet::riskHighAmountPoints, 0, 1000 } },
    { "risk", "elevated_above", MoneyKey { &RuleSet::riskElevatedAbove } },
    { "risk", "elevated_points", IntKey { &RuleSet::riskElevatedPoints, 0, 1000 } },
    { "risk", "out_of_network_points", IntKey { &RuleSet::riskOutOfNetworkPoints, 0, 1000 } },
    { "risk", "round_amounts", MoneyListKey { &RuleSet::roundAmounts } },
    { "risk", "round_amount_points", IntKey { &RuleSet::riskRoundAmountPoints, 0, 1000 } },
    { "risk", "emergency_points", IntKey { &RuleSet::riskEmergencyPoints, 0, 1000 } },
    { "risk", "low_quality_below", IntKey { &RuleSet::riskLowQualityBelow, 0, 101 } },
    { "risk", "low_quality_points", IntKey { &RuleSet::riskLowQualityPoints, 0, 1000 } },
    { "levels", "high_at_least", IntKey { &RuleSet::highRiskAtLeast, 0, 100000 } },
    { "levels", "medium_at_least", IntKey { &RuleSet::mediumRiskAtLeast, 0, 100000 } },
    { "auto_approve", "amount_at_most", MoneyKey { &RuleSet::autoApproveAtMost } },
    { "auto_approve", "requires_in_network", BoolKey { &RuleSet::autoApproveRequiresInNetwork } },
    { "plausibility", "outside_policy_period_points",
        IntKey { &RuleSet::outsidePolicyPeriodPoints, 0, 1000 } },
    { "plausibility", "non_medical_merchant_points",
        IntKey { &RuleSet::nonMedicalMerchantPoints, 0, 1000 } },
    { "plausibility", "claim_window_days", IntKey { &RuleSet::claimWindowDays, 1, 3650 } },
    { "plausibility", "outside_claim_window_points",
        IntKey { &RuleSet::outsideClaimWindowPoints, 0, 1000 } },
    { "plausibility", "duplicate_receipt_points",
        IntKey { &RuleSet::duplicateReceiptPoints, 0, 1000 } },
    { "plausibility", "medical_words", TextListKey { &RuleSet::medicalWords } },
    { "plausibility", "medical_providers", TextListKey { &RuleSet::medicalProviders } },
};

std::optional<Money> moneyFrom(const QJsonValue& v)
{
    if (v.isString())
        return Money::parse(v.toString());
    if (v.isDouble())
        return Money::parse(QString::number(v.toDouble(), 'f', 6));
    return std::nullopt;
}

std::optional<Rate> rateFrom(const QJsonValue& v)
{
    QByteArray text;
    if (v.isString())
        text = v.toString().trimmed().toUtf8();
    else if (v.isDouble())
        text = QByteArray::number(v.toDouble(), 'f', 6);
    else
        return std::nullopt;
    return Rate::parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
}

QString moneyJson(Money m)
{
    return m.toString();
}

} // namespace

QStringList RuleSet::defaultMedicalWords()
{
    // English, Malay and Thai names of the places a health claim's bills come from.
    return { QStringLiteral("hospital"), QStringLiteral("clinic"), QStringLiteral("medic"),
        QStringLiteral("pharma"), QStringLiteral("dental"), QStringLiteral("dentist"),
        QStringLiteral("health"), QStringLiteral("laborator"), QStringLiteral("diagnostic"),
        QStringLiteral("physiotherap"), QStringLiteral("surgery"), QStringLiteral("surgical"),
        QStringLiteral("maternity"), QStringLiteral("doctor"), QStringLiteral("drugstore"),
        QStringLiteral("klinik"), QStringLiteral("farmasi"), QStringLiteral("optical"),
        QStringLiteral("โรงพยาบาล"), QStringLiteral("รพ."), QStringLiteral("คลินิก"),
        QStringLiteral("ร้านยา"), QStringLiteral("เภสัช"), QStringLiteral("ทันตกรรม"),
        QStringLiteral("แพทย์"), QStringLiteral("พยาบาล"), QStringLiteral("สุขภาพ") };
}

bool RuleSet::isMedicalProvider(const QString& merchant) const
{
    for (const QStringList* list : { &medicalWords, &medicalProviders }) {
        for (const QString& word : *list) {
            if (merchant.contains(word, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

Result<RuleSet> RuleSet::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<RuleSet>::failure(
            DecisionTr::tr("The rules file is not valid JSON: %1 at character %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return Result<RuleSet>::failure(DecisionTr::tr("The rules file must hold a JSON object"));

    RuleSet rules;
    QStringList errors;
    const QJsonObject root = doc.object();

    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString section = it.key();
        if (section == u"version") {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                errors << DecisionTr::tr("version: must be a non-empty text");
            else
                rules.version = it.value().toString().trimmed();
            continue;
        }
        if (section == u"description")
            continue;
        bool knownSection = false;
        for (const Key& k : Keys)
            knownSection |= section == QLatin1String(k.section);
        if (!knownSection) {
            errors << DecisionTr::tr("%1: unknown section").arg(section);
            continue;
        }
        if (!it.value().isObject()) {
            errors << DecisionTr::tr("%1: must be an object").arg(section);
            continue;
        }
        const QJsonObject values = it.value().toObject();
        for (auto v = values.begin(); v != values.end(); ++v) {
            const QString path = section + u'.' + v.key();
            const Key* key = nullptr;
            for (const Key& k : Keys) {
                if (section == QLatin1String(k.section) && v.key() == QLatin1String(k.name))
                    key = &k;
            }
            if (!key) {
                errors << DecisionTr::tr("%1: unknown key").arg(path);
                continue;
            }
            const QJsonValue value = v.value();
            if (auto* ik = std::get_if<IntKey>(&key->kind)) {
                const double d = value.toDouble(-1e300);
                // the range first: a double outside long long's range cannot be cast
                if (!value.isDouble() || d < ik->min || d > ik->max || d != std::trunc(d))
                    errors << DecisionTr::tr("%1: must be a whole number from %2 to %3")
                                  .arg(path)
                                  .arg(ik->min)
                                  .arg(ik->max);
                else
                    rules.*(ik->field) = static_cast<int>(d);
            } else if (auto* mk = std::get_if<MoneyKey>(&key->kind)) {
                const auto m = moneyFrom(value);
                if (!m || *m < Money())
                    errors << DecisionTr::tr(
                        "%1: must be an amount of zero or more, such as \"250.00\"")
                                  .arg(path);
                else
                    rules.*(mk->field) = *m;
            } else if (auto* rk = std::get_if<RateKey>(&key->kind)) {
                const auto r = rateFrom(value);
                if (!r || r->parts < 0 || r->parts > Rate::Scale)
                    errors
                        << DecisionTr::tr("%1: must be a rate from 0 to 1, such as 0.80").arg(path);
                else
                    rules.*(rk->field) = *r;
            } else if (auto* bk = std::get_if<BoolKey>(&key->kind)) {
                if (!value.isBool())
                    errors << DecisionTr::tr("%1: must be true or false").arg(path);
                else
                    rules.*(bk->field) = value.toBool();
            } else if (auto* lk = std::get_if<MoneyListKey>(&key->kind)) {
                std::vector<Money> list;
                bool good = value.isArray();
                for (const QJsonValue& e : value.toArray()) {
                    const auto m = moneyFrom(e);
                    good &= m.has_value() && *m > Money();
                    if (m)
                        list.push_back(*m);
                }
                if (!good)
                    errors << DecisionTr::tr("%1: must be a list of amounts above zero").arg(path);
                else
                    rules.*(lk->field) = std::move(list);
            } else if (auto* tk = std::get_if<TextListKey>(&key->kind)) {
                QStringList list;
                bool good = value.isArray();
                for (const QJsonValue& e : value.toArray()) {
                    const QString text = e.toString().trimmed();
                    good &= e.isString() && text.size() >= 2;
                    list << text;
                }
                if (!good)
                    errors << DecisionTr::tr("%1: must be a list of words of two letters or more")
                                  .arg(path);
                else
                    rules.*(tk->field) = list;
            }
        }
    }

    if (errors.isEmpty()) {
        if (rules.mediumRiskAtLeast > rules.highRiskAtLeast)
            errors << DecisionTr::tr(
                "levels.medium_at_least: must not be above levels.high_at_least");
        if (rules.riskElevatedAbove > rules.riskHighAmountAtLeast)
            errors << DecisionTr::tr(
                "risk.elevated_above: must not be above risk.high_amount_at_least");
    }
    if (!errors.isEmpty())
        return Result<RuleSet>::failure(DecisionTr::tr("The rules file has %n problem(s):", nullptr,
                                            static_cast<int>(errors.size()))
            + QStringLiteral("\n- ") + errors.join(QStringLiteral("\n- ")));
    return rules;
}

QByteArray RuleSet::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), version);
    QJsonObject sections;
    for (const Key& k : Keys) {
        QJsonObject s = sections.value(QLatin1String(k.section)).toObject();
        QJsonValue v;
        if (auto* ik = std::get_if<IntKey>(&k.kind))
            v = this->*(ik->field);
        else if (auto* mk = std::get_if<MoneyKey>(&k.kind))
            v = moneyJson(this->*(mk->field));
        else if (auto* rk = std::get_if<RateKey>(&k.kind))
            v = (this->*(rk->field)).toString();
        else if (auto* bk = std::get_if<BoolKey>(&k.kind))
            v = this->*(bk->field);
        else if (auto* lk = std::get_if<MoneyListKey>(&k.kind)) {
            QJsonArray a;
            for (Money m : this->*(lk->field))
                a.append(moneyJson(m));
            v = a;
        } else if (auto* tk = std::get_if<TextListKey>(&k.kind)) {
            v = QJsonArray::fromStringList(this->*(tk->field));
        }
        s.insert(QLatin1String(k.name), v);
        sections.insert(QLatin1String(k.section), s);
    }
    for (auto it = sections.begin(); it != sections.end(); ++it)
        root.insert(it.key(), it.value());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ClaimDesk
