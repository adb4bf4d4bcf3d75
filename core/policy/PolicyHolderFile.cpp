#include "PolicyHolderFile.h"

#include "policy/PolicyTr.h"
#include "util/InputLimits.h"
#include "util/NationalId.h"
#include "util/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ClaimDesk {

namespace {

std::optional<Money> moneyField(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return Money();
    if (v.isString())
        return Money::parse(v.toString());
    if (v.isDouble())
        return Money::parse(QString::number(v.toDouble(), 'f', 2));
    return std::nullopt;
}

// One record (from JSON or CSV) to a policy; `where` names it in errors ("line 7").
Result<PolicyHolder> policyFrom(const QJsonObject& o, ClaimType type, const QString& where)
{
    auto fail = [&](const QString& why) {
        return Result<PolicyHolder>::failure(where + QStringLiteral(": ") + why);
    };
    PolicyHolder p;
    p.type = type;
    auto text = [&](const char* key) {
        return o.value(QLatin1String(key)).toVariant().toString().trimmed();
    };
    p.idCardNumber = NationalId::clean(text("id_card_number"));
    p.policyNumber = text("policy_number");
    if (p.idCardNumber.isEmpty() || p.policyNumber.isEmpty())
        return fail(PolicyTr::tr("id_card_number and policy_number are required"));
    static const QRegularExpression thirteenDigits(QStringLiteral("^[0-9]{13}$"));
    if (!thirteenDigits.match(p.idCardNumber).hasMatch())
        return fail(PolicyTr::tr("id_card_number \"%1\" is not a 13-digit national ID number "
                                 "(policy %2)")
                        .arg(p.idCardNumber.left(40), p.policyNumber));
    p.nameTh = text("name_th");
    p.nameEn = text("name_en");
    p.phone = text("phone");
    p.status = text("status").isEmpty() ? QStringLiteral("active") : text("status").toLower();
    static const QStringList Statuses
        = { QStringLiteral("active"), QStringLiteral("expired"), QStringLiteral("inactive") };
    if (!Statuses.contains(p.status))
        return fail(PolicyTr::tr("status \"%1\" is not one of active, expired, inactive "
                                 "(policy %2)")
                        .arg(p.status.left(40), p.policyNumber));
    p.startDate = QDate::fromString(text("start_date"), Qt::ISODate);
    p.endDate = QDate::fromString(text("end_date"), Qt::ISODate);
    if (!p.startDate.isValid() || !p.endDate.isValid())
        return fail(PolicyTr::tr("start_date and end_date must be YYYY-MM-DD dates (policy %1)")
                        .arg(p.policyNumber));
    if (p.endDate < p.startDate)
        return fail(PolicyTr::tr("end_date %1 is before start_date %2 (policy %3)")
                        .arg(p.endDate.toString(Qt::ISODate), p.startDate.toString(Qt::ISODate),
                            p.policyNumber));
    p.plan = text("plan");
    p.vehiclePlate = text("vehicle_plate");
    p.vehicleBrand = text("vehicle_brand");
    p.vehicleModel = text("vehicle_model");
    p.vehicleYear = text("vehicle_year").toInt();
    p.vehicleColor = text("vehicle_color");
    p.coverageType = text("coverage_type");
    const std::pair<const char*, Money*> amounts[] = { { "coverage_ipd", &p.coverageIpd },
        { "coverage_opd", &p.coverageOpd }, { "room_per_night", &p.roomPerNight },
        { "coverage_amount", &p.coverageAmount }, { "deductible", &p.deductible } };
    for (const auto& [key, target] : amounts) {
        const auto m = moneyField(o, key);
        if (!m)
            return fail(PolicyTr::tr("%1 is not an amount (policy %2)")
                            .arg(QLatin1String(key), p.policyNumber));
        if (m->cents() < 0)
            return fail(
                PolicyTr::tr("%1 is negative (policy %2)").arg(QLatin1String(key), p.policyNumber));
        *target = *m;
    }
    return p;
}

} // namespace

Result<QList<PolicyHolder>> parsePolicyHoldersJson(const QByteArray& json, ClaimType type)
{
    using R = Result<QList<PolicyHolder>>;
    auto text = Text::decodeUtf8(json);
    if (!text)
        return R::failure(PolicyTr::tr("The policy file: %1").arg(text.error()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(PolicyTr::tr("The policy file is not valid JSON: %1 at line %2")
                              .arg(error.errorString())
                              .arg(Text::lineOf(json, error.offset)));
    if (!doc.isArray())
        return R::failure(PolicyTr::tr("The policy file must hold a JSON array of policies"));
    if (doc.array().size() > InputLimits::PolicyHolderRows)
        return R::failure(PolicyTr::tr("The policy file holds more than the limit of %1 policies")
                              .arg(InputLimits::PolicyHolderRows));
    QList<PolicyHolder> out;
    int index = 0;
    for (const QJsonValue& v : doc.array()) {
        ++index;
        auto p = policyFrom(v.toObject(), type, PolicyTr::tr("Policy %1").arg(index));
        if (!p)
            return R::failure(p.errorDetail());
        out << *p;
    }
    return out;
}

Result<QList<PolicyHolder>> parsePolicyHoldersCsv(const QByteArray& csv, ClaimType type)
{
    using R = Result<QList<PolicyHolder>>;
    auto text = Text::decodeUtf8(csv);
    if (!text)
        return R::failure(PolicyTr::tr("The policy file: %1").arg(text.error()));
    auto records = Text::parseCsv(*text);
    if (!records)
        return R::failure(
            PolicyTr::tr("The policy file is not valid CSV: %1").arg(records.error()));
    if (records->isEmpty())
        return R::failure(PolicyTr::tr("The policy file is empty"));
    if (records->size() - 1 > InputLimits::PolicyHolderRows)
        return R::failure(PolicyTr::tr("The policy file holds more than the limit of %1 policies")
                              .arg(InputLimits::PolicyHolderRows));
    const QStringList header = records->first().fields;
    for (const char* required : { "id_card_number", "policy_number", "start_date", "end_date" }) {
        if (!header.contains(QLatin1String(required)))
            return R::failure(PolicyTr::tr("The policy file has no %1 column in its first line")
                                  .arg(QLatin1String(required)));
    }
    QList<PolicyHolder> out;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const Text::CsvRecord& record = records->at(r);
        if (record.fields.size() != header.size())
            return R::failure(PolicyTr::tr("line %1: %2 fields where the header has %3")
                                  .arg(record.line)
                                  .arg(record.fields.size())
                                  .arg(header.size()));
        QJsonObject o;
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (!record.fields.at(c).isEmpty())
                o.insert(header.at(c), record.fields.at(c));
        }
        auto p = policyFrom(o, type, PolicyTr::tr("line %1").arg(record.line));
        if (!p)
            return R::failure(p.errorDetail());
        out << *p;
    }
    return out;
}

Result<QList<PolicyHolder>> parsePolicyHolders(const QByteArray& bytes, ClaimType type)
{
    const QByteArray start = bytes.trimmed().left(1);
    if (start == "[" || start == "{")
        return parsePolicyHoldersJson(bytes, type);
    return parsePolicyHoldersCsv(bytes, type);
}

} // namespace ClaimDesk
