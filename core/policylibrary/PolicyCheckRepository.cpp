#include "PolicyCheckRepository.h"

#include "storage/AuditRepository.h"
#include "storage/SqlHelpers.h"

#include <QJsonDocument>

namespace ClaimDesk {

PolicyCheckRepository::PolicyCheckRepository(Database db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Status PolicyCheckRepository::record(const QString& claimId, const QList<LineItemCheck>& checks,
    const QString& actor, const PolicyReasoning* advice, const QString& adviceInput)
{
    const QDateTime now = m_clock();
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        int excluded = 0;
        for (const LineItemCheck& c : checks) {
            const QVariant clauseId = c.clause ? QVariant(c.clause->clauseId) : Sql::nullString();
            const QVariant version
                = c.clause ? QVariant(c.clause->policyVersion()) : Sql::nullString();
            if (auto s = Sql::exec(q,
                    QStringLiteral("INSERT INTO policy_checks (claim_id, checked_at, actor, item, "
                                   "field, decision,"
                                   " clause_id, policy_version, score, reason) VALUES (?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?)"),
                    { claimId, now.toMSecsSinceEpoch(), actor, c.item, itemFieldCode(c.field),
                        c.decisionCode(), clauseId, version, c.score, c.reason });
                !s)
                return s;
            excluded += c.allowed ? 0 : 1;
        }
        if (advice && advice->checked) {
            const QString json = QString::fromUtf8(
                QJsonDocument(advice->toRecord()).toJson(QJsonDocument::Compact));
            if (auto s = Sql::exec(q,
                    QStringLiteral("INSERT INTO policy_advice (claim_id, recorded_at, actor,"
                                   " input_hash, advice) VALUES (?, ?, ?, ?, ?)"),
                    { claimId, now.toMSecsSinceEpoch(), actor, adviceInput, json });
                !s)
                return s;
        }
        return AuditRepository(m_db).append({ 0, now, actor, claimId, AuditAction::PolicyCheck, {},
            QStringLiteral("%1 items, %2 excluded").arg(checks.size()).arg(excluded), {} });
    });
}

Result<QList<RecordedCheck>> PolicyCheckRepository::forClaim(const QString& claimId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT checked_at, actor, item, field, decision, clause_id, "
                           "policy_version, score, reason"
                           " FROM policy_checks WHERE claim_id = ? ORDER BY id"),
            { claimId });
        !s)
        return Result<QList<RecordedCheck>>::failure(s.errorDetail());
    QList<RecordedCheck> out;
    while (q.next()) {
        out << RecordedCheck { Sql::toDateTime(q.value(0)), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString(), q.value(6).toString(), q.value(7).toDouble(),
            q.value(8).toString() };
    }
    return out;
}

Result<std::optional<PolicyReasoning>> PolicyCheckRepository::recordedAdvice(
    const QString& claimId, const QString& adviceInput) const
{
    using Found = std::optional<PolicyReasoning>;
    auto kept = latestAdvice(claimId);
    if (!kept)
        return Result<Found>::failure(kept.errorDetail());
    if (!*kept || (*kept)->input != adviceInput)
        return Found();
    return Found((*kept)->advice);
}

Result<std::optional<PolicyCheckRepository::KeptAdvice>> PolicyCheckRepository::latestAdvice(
    const QString& claimId) const
{
    using Found = std::optional<KeptAdvice>;
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT input_hash, recorded_at, advice FROM policy_advice"
                           " WHERE claim_id = ? ORDER BY id DESC LIMIT 1"),
            { claimId });
        !s)
        return Result<Found>::failure(s.errorDetail());
    if (!q.next())
        return Found();
    const QJsonDocument json = QJsonDocument::fromJson(q.value(2).toString().toUtf8());
    if (!json.isObject()) // never written so; read as no advice rather than fail the review
        return Found();
    KeptAdvice kept { PolicyReasoning::fromRecord(json.object()), q.value(0).toString() };
    kept.advice.recordedAt = Sql::toDateTime(q.value(1));
    return Found(std::move(kept));
}

} // namespace ClaimDesk
