#include "ManagerFigures.h"

#include "llm/PriceTable.h"
#include "stats/StatsTr.h"
#include "storage/SqlHelpers.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ClaimDesk {

namespace {

constexpr int StatusCount = ClaimStatusCount;
constexpr int DecisionCount = static_cast<int>(FinalDecision::Quarantine) + 1;
constexpr int RiskCount = static_cast<int>(RiskLevel::High) + 1;

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// One day's claims grouped by type, status, decision and risk. Every leading
// column of claims_figures is pinned by an IN list (NULL decisions by IS NULL in
// the second half), so SQLite walks the index in group order without a sort.
struct DayQuery
{
    QString sql;
    QVariantList prefix; // type, status, decision and risk values; then the day bounds

    explicit DayQuery(const std::optional<ClaimType>& type)
    {
        QVariantList types;
        if (type)
            types << claimTypeCode(*type);
        else
            types << claimTypeCode(ClaimType::Health) << claimTypeCode(ClaimType::CarDamage);
        QVariantList statuses;
        for (int s = 0; s < StatusCount; ++s)
            statuses << claimStatusCode(static_cast<ClaimStatus>(s));
        QVariantList decisions;
        for (int d = 0; d < DecisionCount; ++d)
            decisions << finalDecisionCode(static_cast<FinalDecision>(d));
        QVariantList risks;
        for (int r = 0; r < RiskCount; ++r)
            risks << riskRank(static_cast<RiskLevel>(r));

        const QString pinned
            = QStringLiteral("claim_type IN (%1) AND status IN (%2)")
                  .arg(placeholders(int(types.size())), placeholders(int(statuses.size())));
        const QString range
            = QStringLiteral("risk_rank IN (%1) AND created_at >= ? AND created_at < ?")
                  .arg(placeholders(int(risks.size())));
        sql = QStringLiteral("SELECT claim_type, status, final_decision, risk_rank, COUNT(*),"
                             " SUM(reimbursement_cents) FROM claims"
                             " WHERE %1 AND final_decision IN (%2) AND %3"
                             " GROUP BY claim_type, status, final_decision, risk_rank"
                             " UNION ALL "
                             "SELECT claim_type, status, NULL, risk_rank, COUNT(*),"
                             " SUM(reimbursement_cents) FROM claims"
                             " WHERE %1 AND final_decision IS NULL AND %3"
                             " GROUP BY claim_type, status, risk_rank")
                  .arg(pinned, placeholders(int(decisions.size())), range);
        decidedValues = types + statuses + decisions + risks;
        undecidedValues = types + statuses + risks;
    }

    QVariantList values(qint64 from, qint64 to) const
    {
        return decidedValues + QVariantList { from, to } + undecidedValues
            + QVariantList { from, to };
    }

private:
    QVariantList decidedValues;
    QVariantList undecidedValues;
};

// A WHERE condition for the filter's days on a time column, and for its type
// (when one is chosen) through `typeTerm`, which binds `typeValue`.
struct RangeCondition
{
    QString sql;
    QVariantList values;
};

RangeCondition inRange(const FigureFilter& filter, const QString& timeColumn,
    const QString& typeTerm, const QString& typeValue)
{
    RangeCondition c { timeColumn + QStringLiteral(" >= ? AND ") + timeColumn
            + QStringLiteral(" < ?"),
        { filter.startOf(filter.from).toMSecsSinceEpoch(),
            filter.startOf(filter.to.addDays(1)).toMSecsSinceEpoch() } };
    if (filter.type) {
        c.sql += QStringLiteral(" AND ") + typeTerm;
        c.values << typeValue;
    }
    return c;
}

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

FigureFilter FigureFilter::lastDays(int days, const QDateTime& now, const QTimeZone& zone)
{
    FigureFilter f;
    f.zone = zone;
    f.today = now.toTimeZone(zone).date();
    f.to = f.today;
    f.from = f.today.addDays(-(std::max(days, 1) - 1));
    return f;
}

ClaimQuery FigureFilter::claimQuery() const
{
    ClaimQuery q;
    q.type = type;
    q.createdFrom = startOf(from);
    q.createdTo = startOf(to.addDays(1));
    return q;
}

ClaimQuery FigureFilter::claimQuery(const QDate& day) const
{
    return claimQuery(day, day);
}

ClaimQuery FigureFilter::claimQuery(const QDate& first, const QDate& last) const
{
    ClaimQuery q = claimQuery();
    q.createdFrom = startOf(first);
    q.createdTo = startOf(last.addDays(1));
    return q;
}

std::pair<int, int> backlogAgeDays(BacklogAge age)
{
    // Inclusive age bounds in days of each band; the last is open-ended.
    static constexpr std::pair<int, int> Bounds[BacklogAgeCount]
        = { { 0, 1 }, { 2, 3 }, { 4, 7 }, { 8, 14 }, { 15, 30 }, { 31, 1 << 20 } };
    return Bounds[std::clamp(int(age), 0, BacklogAgeCount - 1)];
}

ClaimQuery FigureFilter::backlogQuery(int ageBand) const
{
    const auto [youngest, eldest] = backlogAgeDays(static_cast<BacklogAge>(ageBand));
    const QDate reference = today.isValid() ? today : to;
    const QDate newest = std::min(to, reference.addDays(-youngest));
    const QDate oldest = std::max(from, reference.addDays(-eldest));
    ClaimQuery q = claimQuery();
    q.openOnly = true;
    q.createdFrom = startOf(oldest);
    q.createdTo = std::max(startOf(newest.addDays(1)), q.createdFrom);
    return q;
}

QString backlogAgeLabel(BacklogAge age)
{
    switch (age) {
    case BacklogAge::UpToOneDay:
        return StatsTr::tr("0-1 days");
    case BacklogAge::TwoToThreeDays:
        return StatsTr::tr("2-3 days");
    case BacklogAge::FourToSevenDays:
        return StatsTr::tr("4-7 days");
    case BacklogAge::EightToFourteenDays:
        return StatsTr::tr("8-14 days");
    case BacklogAge::FifteenToThirtyDays:
        return StatsTr::tr("15-30 days");
    case BacklogAge::OverThirtyDays:
        break;
    }
    return StatsTr::tr("over 30 days");
}

BacklogAge backlogAgeOf(qint64 days)
{
    if (days <= 1)
        return BacklogAge::UpToOneDay;
    if (days <= 3)
        return BacklogAge::TwoToThreeDays;
    if (days <= 7)
        return BacklogAge::FourToSevenDays;
    if (days <= 14)
        return BacklogAge::EightToFourteenDays;
    if (days <= 30)
        return BacklogAge::FifteenToThirtyDays;
    return BacklogAge::OverThirtyDays;
}

std::optional<double> percentage(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    // Hundredths of a percent, rounded half up, in integers.
    const qint64 hundredths = (numerator * 20000 + denominator) / (2 * denominator);
    return double(hundredths) / 100.0;
}

qint64 ManagerFigures::backlog() const
{
    qint64 n = 0;
    for (int s = 0; s < StatusCount; ++s) {
        if (isOpen(static_cast<ClaimStatus>(s)))
            n += byStatus[std::size_t(s)];
    }
    return n;
}

qint64 ManagerFigures::decided() const
{
    qint64 n = 0;
    for (qint64 v : byDecision)
        n += v;
    return n;
}

std::optional<double> ManagerFigures::accuracyRate() const
{
    return percentage(usefulDocuments, usefulDocuments + notUsefulDocuments);
}

std::optional<double> ManagerFigures::autoApprovalRate() const
{
    return percentage(byDecision[static_cast<std::size_t>(FinalDecision::AutoApprove)], decided());
}

std::optional<qint64> ManagerFigures::averageResponseMs() const
{
    if (responses <= 0)
        return std::nullopt;
    return (responseMsTotal * 2 + responses) / (2 * responses);
}

QJsonObject ManagerFigures::toJson() const
{
    const QString h = claimTypeCode(ClaimType::Health);
    const QString cd = claimTypeCode(ClaimType::CarDamage);
    QJsonArray days;
    for (const DailyFigures& d : daily) {
        days.append(QJsonObject { { QStringLiteral("date"), d.date.toString(Qt::ISODate) },
            { h, d.claims[0] }, { cd, d.claims[1] },
            { QStringLiteral("paid_") + h, d.paid[0].toString() },
            { QStringLiteral("paid_") + cd, d.paid[1].toString() } });
    }
    QJsonObject statuses;
    for (int s = 0; s < StatusCount; ++s)
        statuses.insert(claimStatusCode(static_cast<ClaimStatus>(s)), byStatus[std::size_t(s)]);
    QJsonObject decisions;
    for (int d = 0; d < DecisionCount; ++d)
        decisions.insert(
            finalDecisionCode(static_cast<FinalDecision>(d)), byDecision[std::size_t(d)]);
    decisions.insert(QStringLiteral("undecided"), undecided);
    QJsonObject risks;
    for (int r = 0; r < RiskCount; ++r) {
        const auto level = static_cast<RiskLevel>(r);
        risks.insert(level == RiskLevel::None ? QStringLiteral("none") : riskLevelCode(level),
            byRisk[std::size_t(r)]);
    }
    static const char* const AgeKeys[BacklogAgeCount]
        = { "0-1", "2-3", "4-7", "8-14", "15-30", "31+" };
    QJsonObject ages;
    for (int a = 0; a < BacklogAgeCount; ++a)
        ages.insert(QLatin1String(AgeKeys[a]), backlogByAge[std::size_t(a)]);
    const auto avg = averageResponseMs();
    return {
        { QStringLiteral("from"), filter.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), filter.to.toString(Qt::ISODate) },
        { QStringLiteral("type"), filter.type ? claimTypeCode(*filter.type) : QJsonValue() },
        { QStringLiteral("total_claims"), totalClaims },
        { QStringLiteral("daily"), days },
        { QStringLiteral("paid_total_") + h, paidTotal[0].toString() },
        { QStringLiteral("paid_total_") + cd, paidTotal[1].toString() },
        { QStringLiteral("accuracy_rate"), optionalNumber(accuracyRate()) },
        { QStringLiteral("useful_documents"), usefulDocuments },
        { QStringLiteral("not_useful_documents"), notUsefulDocuments },
        { QStringLiteral("avg_response_ms"), avg ? QJsonValue(*avg) : QJsonValue() },
        { QStringLiteral("auto_approval_rate"), optionalNumber(autoApprovalRate()) },
        { QStringLiteral("backlog"), backlog() },
        { QStringLiteral("by_status"), statuses },
        { QStringLiteral("decision_mix"), decisions },
        { QStringLiteral("risk_distribution"), risks },
        { QStringLiteral("backlog_by_age"), ages },
        { QStringLiteral("model_calls"), modelCalls },
        { QStringLiteral("model_tokens"), modelTokens },
        { QStringLiteral("model_cost"), PriceTable::formatMicros(modelCostMicros) },
    };
}

Result<ManagerFigures> ManagerFigures::compute(const Database& db, const FigureFilter& filter)
{
    using R = Result<ManagerFigures>;
    ManagerFigures f;
    f.filter = filter;
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return R::failure(
            StatsTr::tr("the date range is empty or invalid (from %1 to %2)")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    if (filter.from.daysTo(filter.to) >= InputLimits::StatsRangeDays)
        return R::failure(Error::invalid(
            StatsTr::tr("the date range from %1 to %2 is longer than the limit of %3 days")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))
                .arg(InputLimits::StatsRangeDays),
            QStringLiteral("from")));
    const QDate today = filter.today.isValid() ? filter.today : filter.to;
    const DayQuery dayQuery(filter.type);
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!q.prepare(dayQuery.sql))
        return R::failure(Sql::describe(q.lastError()));

    for (QDate day = filter.from; day <= filter.to; day = day.addDays(1)) {
        DailyFigures d;
        d.date = day;
        const QVariantList values = dayQuery.values(filter.startOf(day).toMSecsSinceEpoch(),
            filter.startOf(day.addDays(1)).toMSecsSinceEpoch());
        Sql::bind(q, values);
        if (auto s = Sql::exec(q); !s)
            return R::failure(s.errorDetail());
        const auto age = backlogAgeOf(day.daysTo(today));
        while (q.next()) {
            const auto type = claimTypeFromCode(q.value(0).toString());
            const auto status = claimStatusFromCode(q.value(1).toString());
            if (!type || !status)
                continue;
            const auto typeIndex = static_cast<std::size_t>(*type);
            const qint64 n = q.value(4).toLongLong();
            const Money sum = Money::fromCents(q.value(5).toLongLong());
            d.claims[typeIndex] += n;
            f.byStatus[static_cast<std::size_t>(*status)] += n;
            if (*status == ClaimStatus::Paid)
                d.paid[typeIndex] += sum;
            if (const auto decision = finalDecisionFromCode(q.value(2).toString()))
                f.byDecision[static_cast<std::size_t>(*decision)] += n;
            else
                f.undecided += n;
            f.byRisk[std::size_t(std::clamp(q.value(3).toInt(), 0, RiskCount - 1))] += n;
            if (isOpen(*status))
                f.backlogByAge[static_cast<std::size_t>(age)] += n;
        }
        if (auto s = Sql::rowsEnded(q); !s)
            return R::failure(s.errorDetail());
        f.totalClaims += d.claims[0] + d.claims[1];
        f.paidTotal[0] += d.paid[0];
        f.paidTotal[1] += d.paid[1];
        f.daily.append(d);
    }

    // Marked documents and measured replies carry their claim's creation time and
    // type (see migration 8), so they are selected without touching the claims.
    const QString typeCode = filter.type ? claimTypeCode(*filter.type) : QString();
    const RangeCondition byClaim = inRange(
        filter, QStringLiteral("claim_created_at"), QStringLiteral("claim_type = ?"), typeCode);
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT useful, COUNT(*) FROM documents WHERE useful IN (0, 1) AND ")
                + byClaim.sql + QStringLiteral(" GROUP BY useful"),
            byClaim.values);
        !s)
        return R::failure(s.errorDetail());
    while (q.next())
        (q.value(0).toInt() ? f.usefulDocuments : f.notUsefulDocuments) = q.value(1).toLongLong();

    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(ms), 0) FROM response_times WHERE ")
                + byClaim.sql,
            byClaim.values);
        !s)
        return R::failure(s.errorDetail());
    if (q.next()) {
        f.responses = q.value(0).toLongLong();
        f.responseMsTotal = q.value(1).toLongLong();
    }

    // The ledger is by call time; a claim ID starts with its type code ("H-", "CD-").
    const RangeCondition byCall = inRange(filter, QStringLiteral("at"),
        QStringLiteral("claim_id LIKE ?"), typeCode + QStringLiteral("-%"));
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(tokens_in + tokens_out), 0),"
                           " COALESCE(SUM(cost_micros), 0) FROM llm_usage WHERE ")
                + byCall.sql,
            byCall.values);
        !s)
        return R::failure(s.errorDetail());
    if (q.next()) {
        f.modelCalls = q.value(0).toLongLong();
        f.modelTokens = q.value(1).toLongLong();
        f.modelCostMicros = q.value(2).toLongLong();
    }
    return f;
}

} // namespace ClaimDesk
