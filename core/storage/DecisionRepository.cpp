#include "DecisionRepository.h"

#include "storage/SqlHelpers.h"

#include <QSqlError>

namespace ClaimDesk {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, claim_id, ruleset_version, as_of, decided_at, bronze_decision, quality_score,"
    " reimbursement_cents, network_penalty_cents, priority, risk_score, risk_level, final_decision,"
    " explanation FROM decisions");

StoredDecision readDecision(const QSqlQuery& q)
{
    StoredDecision d;
    d.id = q.value(0).toLongLong();
    d.claimId = q.value(1).toString();
    d.rulesetVersion = q.value(2).toString();
    d.asOf = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    d.decidedAt = Sql::toDateTime(q.value(4));
    DecisionResult& r = d.result;
    r.bronze = bronzeDecisionFromCode(q.value(5).toString()).value_or(BronzeDecision::Reject);
    r.qualityScore = q.value(6).toInt();
    r.reimbursement = Money::fromCents(q.value(7).toLongLong());
    r.networkPenalty = Money::fromCents(q.value(8).toLongLong());
    r.priority = priorityFromCode(q.value(9).toString()).value_or(Priority::None);
    if (!q.value(10).isNull())
        r.riskScore = q.value(10).toInt();
    r.riskLevel = riskLevelFromCode(q.value(11).toString()).value_or(RiskLevel::None);
    r.finalDecision = finalDecisionFromCode(q.value(12).toString()).value_or(FinalDecision::Reject);
    r.setExplanationJson(q.value(13).toByteArray());
    return d;
}

} // namespace

DecisionRepository::DecisionRepository(Database db)
    : m_db(std::move(db))
{ }

Status DecisionRepository::append(const QString& claimId, const DecisionResult& r,
    const QString& rulesetVersion, const QDate& asOf, const QDateTime& decidedAt)
{
    if (!m_insert) {
        m_insert.emplace(m_db.query());
        if (!m_insert->prepare(QStringLiteral(
                "INSERT INTO decisions (claim_id, ruleset_version, as_of, decided_at, "
                "bronze_decision,"
                " quality_score, reimbursement_cents, network_penalty_cents, priority, risk_score,"
                " risk_level, final_decision, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?)"))) {
            const QString error = Sql::describe(m_insert->lastError());
            m_insert.reset();
            return Status::failure(error);
        }
    }
    QSqlQuery& q = *m_insert;
    q.bindValue(0, claimId);
    q.bindValue(1, rulesetVersion);
    q.bindValue(2, asOf.toString(Qt::ISODate));
    q.bindValue(3, decidedAt.toMSecsSinceEpoch());
    q.bindValue(4, bronzeDecisionCode(r.bronze));
    q.bindValue(5, r.qualityScore);
    q.bindValue(6, r.reimbursement.cents());
    q.bindValue(7, r.networkPenalty.cents());
    q.bindValue(
        8, r.priority == Priority::None ? Sql::nullString() : QVariant(priorityCode(r.priority)));
    q.bindValue(9, r.riskScore ? QVariant(*r.riskScore) : Sql::nullInt());
    q.bindValue(10,
        r.riskLevel == RiskLevel::None ? Sql::nullString() : QVariant(riskLevelCode(r.riskLevel)));
    q.bindValue(11, finalDecisionCode(r.finalDecision));
    q.bindValue(12, QString::fromLatin1(r.explanationJson()));
    return Sql::exec(q);
}

Result<qint64> DecisionRepository::record(const QString& claimId, const DecisionResult& r,
    const QString& rulesetVersion, const QDate& asOf, const QDateTime& decidedAt)
{
    qint64 id = 0;
    const Status s = m_db.writeTransaction([&]() -> Status {
        if (auto st = append(claimId, r, rulesetVersion, asOf, decidedAt); !st)
            return st;
        id = m_insert->lastInsertId().toLongLong();
        if (!m_updateClaim) {
            m_updateClaim.emplace(m_db.query());
            if (!m_updateClaim->prepare(QStringLiteral(
                    "UPDATE claims SET risk_rank = ?, risk_score = ?, priority_rank = ?,"
                    " final_decision = ?, reimbursement_cents = ? WHERE id = ?"))) {
                const QString error = Sql::describe(m_updateClaim->lastError());
                m_updateClaim.reset();
                return Status::failure(error);
            }
        }
        QSqlQuery& q = *m_updateClaim;
        q.bindValue(0, riskRank(r.riskLevel));
        q.bindValue(1, r.riskScore ? QVariant(*r.riskScore) : Sql::nullInt());
        q.bindValue(2, priorityRank(r.priority));
        q.bindValue(3, finalDecisionCode(r.finalDecision));
        q.bindValue(4, r.reimbursement.cents());
        q.bindValue(5, claimId);
        return Sql::exec(q);
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<std::optional<StoredDecision>> DecisionRepository::current(const QString& claimId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            SelectColumns + QStringLiteral(" WHERE claim_id = ? ORDER BY id DESC LIMIT 1"),
            { claimId });
        !s)
        return Result<std::optional<StoredDecision>>::failure(s.error());
    if (!q.next())
        return std::optional<StoredDecision>();
    return std::optional<StoredDecision>(readDecision(q));
}

Result<QList<StoredDecision>> DecisionRepository::history(const QString& claimId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(
            q, SelectColumns + QStringLiteral(" WHERE claim_id = ? ORDER BY id"), { claimId });
        !s)
        return Result<QList<StoredDecision>>::failure(s.error());
    QList<StoredDecision> out;
    while (q.next())
        out << readDecision(q);
    return out;
}

} // namespace ClaimDesk
