#include "PolicyHolderRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

/* TRANSLATOR ClaimDesk::PolicyHolderRepository */
namespace ClaimDesk {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT policy_type, id_card_number, name_th, name_en, phone, policy_number, status, "
    "start_date,"
    " end_date, plan, coverage_ipd_cents, coverage_opd_cents, room_per_night_cents, vehicle_plate,"
    " vehicle_brand, vehicle_model, vehicle_year, vehicle_color, coverage_type, "
    "coverage_amount_cents,"
    " deductible_cents FROM policy_holders");

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

} // namespace

namespace {

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
    p.idCardNumber = text("id_card_number");
    p.policyNumber = text("policy_number");
    if (p.idCardNumber.isEmpty() || p.policyNumber.isEmpty())
        return fail(StorageTr::tr("id_card_number and policy_number are required"));
    p.nameTh = text("name_th");
    p.nameEn = text("name_en");
    p.phone = text("phone");
    p.status = text("status").isEmpty() ? QStringLiteral("active") : text("status");
    p.startDate = QDate::fromString(text("start_date"), Qt::ISODate);
    p.endDate = QDate::fromString(text("end_date"), Qt::ISODate);
    if (!p.startDate.isValid() || !p.endDate.isValid())
        return fail(StorageTr::tr("start_date and end_date must be YYYY-MM-DD dates (policy %1)")
                        .arg(p.policyNumber));
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
            return fail(StorageTr::tr("%1 is not an amount (policy %2)")
                            .arg(QLatin1String(key), p.policyNumber));
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
        return R::failure(StorageTr::tr("The policy file: %1").arg(text.error()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(StorageTr::tr("The policy file is not valid JSON: %1 at line %2")
                              .arg(error.errorString())
                              .arg(Text::lineOf(json, error.offset)));
    if (!doc.isArray())
        return R::failure(StorageTr::tr("The policy file must hold a JSON array of policies"));
    QList<PolicyHolder> out;
    int index = 0;
    for (const QJsonValue& v : doc.array()) {
        ++index;
        auto p = policyFrom(v.toObject(), type, StorageTr::tr("Policy %1").arg(index));
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
        return R::failure(StorageTr::tr("The policy file: %1").arg(text.error()));
    auto records = Text::parseCsv(*text);
    if (!records)
        return R::failure(
            StorageTr::tr("The policy file is not valid CSV: %1").arg(records.error()));
    if (records->isEmpty())
        return R::failure(StorageTr::tr("The policy file is empty"));
    const QStringList header = records->first().fields;
    for (const char* required : { "id_card_number", "policy_number", "start_date", "end_date" }) {
        if (!header.contains(QLatin1String(required)))
            return R::failure(StorageTr::tr("The policy file has no %1 column in its first line")
                                  .arg(QLatin1String(required)));
    }
    QList<PolicyHolder> out;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const Text::CsvRecord& record = records->at(r);
        if (record.fields.size() != header.size())
            return R::failure(StorageTr::tr("line %1: %2 fields where the header has %3")
                                  .arg(record.line)
                                  .arg(record.fields.size())
                                  .arg(header.size()));
        QJsonObject o;
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (!record.fields.at(c).isEmpty())
                o.insert(header.at(c), record.fields.at(c));
        }
        auto p = policyFrom(o, type, StorageTr::tr("line %1").arg(record.line));
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

PolicyHolderRepository::PolicyHolderRepository(Database db)
    : m_db(std::move(db))
{ }

Result<int> PolicyHolderRepository::upsert(const QList<PolicyHolder>& policies)
{
    const Status s = m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (!q.prepare(QStringLiteral(
                "INSERT INTO policy_holders (policy_type, id_card_number, name_th, name_en, phone,"
                " policy_number, status, start_date, end_date, plan, coverage_ipd_cents,"
                " coverage_opd_cents, room_per_night_cents, vehicle_plate, vehicle_brand, "
                "vehicle_model,"
                " vehicle_year, vehicle_color, coverage_type, coverage_amount_cents, "
                "deductible_cents)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (policy_number) DO UPDATE SET policy_type = excluded.policy_type,"
                " id_card_number = excluded.id_card_number, name_th = excluded.name_th,"
                " name_en = excluded.name_en, phone = excluded.phone, status = excluded.status,"
                " start_date = excluded.start_date, end_date = excluded.end_date, plan = "
                "excluded.plan,"
                " coverage_ipd_cents = excluded.coverage_ipd_cents,"
                " coverage_opd_cents = excluded.coverage_opd_cents,"
                " room_per_night_cents = excluded.room_per_night_cents,"
                " vehicle_plate = excluded.vehicle_plate, vehicle_brand = excluded.vehicle_brand,"
                " vehicle_model = excluded.vehicle_model, vehicle_year = excluded.vehicle_year,"
                " vehicle_color = excluded.vehicle_color, coverage_type = excluded.coverage_type,"
                " coverage_amount_cents = excluded.coverage_amount_cents,"
                " deductible_cents = excluded.deductible_cents")))
            return Status::failure(Sql::describe(q.lastError()));
        for (const PolicyHolder& p : policies) {
            const QVariantList values = { claimTypeCode(p.type), p.idCardNumber, p.nameTh, p.nameEn,
                p.phone, p.policyNumber, p.status, p.startDate.toString(Qt::ISODate),
                p.endDate.toString(Qt::ISODate), p.plan, p.coverageIpd.cents(),
                p.coverageOpd.cents(), p.roomPerNight.cents(), p.vehiclePlate, p.vehicleBrand,
                p.vehicleModel, p.vehicleYear, p.vehicleColor, p.coverageType,
                p.coverageAmount.cents(), p.deductible.cents() };
            Sql::bind(q, values);
            if (auto st = Sql::exec(q); !st)
                return st;
        }
        return Status();
    });
    if (!s)
        return Result<int>::failure(
            StorageTr::tr("Could not import the policies: %1").arg(s.error()));
    return static_cast<int>(policies.size());
}

Result<QList<PolicyHolder>> PolicyHolderRepository::findByIdCard(
    const QString& idCardNumber, ClaimType type) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            SelectColumns
                + QStringLiteral(
                    " WHERE id_card_number = ? AND policy_type = ? ORDER BY end_date DESC"),
            { idCardNumber, claimTypeCode(type) });
        !s)
        return Result<QList<PolicyHolder>>::failure(s.errorDetail());
    QList<PolicyHolder> out;
    while (q.next()) {
        PolicyHolder p;
        p.type = claimTypeFromCode(q.value(0).toString()).value_or(type);
        p.idCardNumber = q.value(1).toString();
        p.nameTh = q.value(2).toString();
        p.nameEn = q.value(3).toString();
        p.phone = q.value(4).toString();
        p.policyNumber = q.value(5).toString();
        p.status = q.value(6).toString();
        p.startDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        p.endDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        p.plan = q.value(9).toString();
        p.coverageIpd = Money::fromCents(q.value(10).toLongLong());
        p.coverageOpd = Money::fromCents(q.value(11).toLongLong());
        p.roomPerNight = Money::fromCents(q.value(12).toLongLong());
        p.vehiclePlate = q.value(13).toString();
        p.vehicleBrand = q.value(14).toString();
        p.vehicleModel = q.value(15).toString();
        p.vehicleYear = q.value(16).toInt();
        p.vehicleColor = q.value(17).toString();
        p.coverageType = q.value(18).toString();
        p.coverageAmount = Money::fromCents(q.value(19).toLongLong());
        p.deductible = Money::fromCents(q.value(20).toLongLong());
        out << p;
    }
    return out;
}

Result<qint64> PolicyHolderRepository::count() const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM policy_holders")); !s)
        return Result<qint64>::failure(s.errorDetail());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace ClaimDesk
