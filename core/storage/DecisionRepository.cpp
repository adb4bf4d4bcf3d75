#include "DecisionRepository.h"

#include "storage/BatchInsert.h"
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

const QStringList DecisionColumns = { QStringLiteral("claim_id"), QStringLiteral("ruleset_version"),
    QStringLiteral("as_of"), QStringLiteral("decided_at"), QStringLiteral("bronze_decision"),
    QStringLiteral("quality_score"), QStringLiteral("reimbursement_cents"),
    QStringLiteral("network_penalty_cents"), QStringLiteral("priority"),
    QStringLiteral("risk_score"), QStringLiteral("risk_level"), QStringLiteral("final_decision"),
    QStringLiteral("explanation") };

QVariantList decisionRow(const QString& claimId, const DecisionResult& r,
    const QString& rulesetVersion, const QString& asOf, const QDateTime& decidedAt)
{
    return { claimId, rulesetVersion, asOf, decidedAt.toMSecsSinceEpoch(),
        bronzeDecisionCode(r.bronze), r.qualityScore, r.reimbursement.cents(),
        r.networkPenalty.cents(),
        r.priority == Priority::None ? Sql::nullString() : QVariant(priorityCode(r.priority)),
        r.riskScore ? QVariant(*r.riskScore) : Sql::nullInt(),
        r.riskLevel == RiskLevel::None ? Sql::nullString() : QVariant(riskLevelCode(r.riskLevel)),
        finalDecisionCode(r.finalDecision), QString::fromLatin1(r.explanationJson()) };
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
        if (!m_insert->prepare(QStringLiteral("INSERT INTO decisions (")
                + DecisionColumns.join(QStringLiteral(", "))
                + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            const QString error = Sql::describe(m_insert->lastError());
            m_insert.reset();
            return Status::failure(error);
        }
    }
    QSqlQuery& q = *m_insert;
    Sql::bind(q, decisionRow(claimId, r, rulesetVersion, asOf.toString(Qt::ISODate), decidedAt));
    return Sql::exec(q);
}

QList<QVariantList> DecisionRepository::rowsFor(
    const QList<DecisionToStore>& decisions, const QString& rulesetVersion)
{
    QList<QVariantList> rows;
    rows.reserve(decisions.size());
    QDate lastDate; // bulk decisions share a few dates: format each once
    QString lastDateText;
    for (const DecisionToStore& d : decisions) {
        if (d.asOf != lastDate) {
            lastDate = d.asOf;
            lastDateText = d.asOf.toString(Qt::ISODate);
        }
        rows.append(decisionRow(d.claimId, d.result, rulesetVersion, lastDateText, d.decidedAt));
    }
    return rows;
}

Status DecisionRepository::appendRows(const QList<QVariantList>& rows)
{
    BatchInsert insert(m_db, QStringLiteral("decisions"), DecisionColumns);
    for (const QVariantList& row : rows) {
        if (auto s = insert.add(row); !s)
            return s;
    }
    return insert.finish();
}

Status DecisionRepository::appendMany(
    const QList<DecisionToStore>& decisions, const QString& rulesetVersion)
{
    return appendRows(rowsFor(decisions, rulesetVersion));
}

Status DecisionRepository::updateHeadlines(const QList<DecisionToStore>& decisions)
{
    if (decisions.isEmpty())
        return {};
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            m_db.dialect().expand(QStringLiteral(
                "CREATE TEMP TABLE IF NOT EXISTS new_headlines (id TEXT PRIMARY KEY, risk_rank "
                "INTEGER NOT NULL,"
                " risk_score INTEGER, priority_rank INTEGER NOT NULL, final_decision TEXT NOT NULL,"
                " reimbursement_cents ${BIGINT} NOT NULL)")));
        !s)
        return s;
    if (auto s = Sql::exec(q, QStringLiteral("DELETE FROM new_headlines")); !s)
        return s;
    BatchInsert insert(m_db, QStringLiteral("new_headlines"),
        { QStringLiteral("id"), QStringLiteral("risk_rank"), QStringLiteral("risk_score"),
            QStringLiteral("priority_rank"), QStringLiteral("final_decision"),
            QStringLiteral("reimbursement_cents") });
    for (const DecisionToStore& d : decisions) {
        const DecisionResult& r = d.result;
        if (auto s = insert.add({ d.claimId, riskRank(r.riskLevel),
                r.riskScore ? QVariant(*r.riskScore) : Sql::nullInt(), priorityRank(r.priority),
                finalDecisionCode(r.finalDecision), r.reimbursement.cents() });
            !s)
            return s;
    }
    if (auto s = insert.finish(); !s)
        return s;
    // Two passes: only claims whose ranks moved touch the queue indexes. The IN
    // (SELECT ...) makes SQLite walk the small batch and look claims up by key,
    // instead of scanning the whole book once per batch.
    if (auto s = Sql::exec(q,
            QStringLiteral(
                "UPDATE claims SET risk_rank = h.risk_rank, priority_rank = h.priority_rank,"
                " risk_score = h.risk_score, final_decision = h.final_decision,"
                " reimbursement_cents = h.reimbursement_cents FROM new_headlines AS h"
                " WHERE claims.id IN (SELECT id FROM new_headlines) AND claims.id = h.id AND "
                "(claims.risk_rank <> h.risk_rank"
                " OR claims.priority_rank <> h.priority_rank)"));
        !s)
        return s;
    return Sql::exec(q,
        QStringLiteral(
            "UPDATE claims SET risk_score = h.risk_score, final_decision = h.final_decision,"
            " reimbursement_cents = h.reimbursement_cents FROM new_headlines AS h"
            " WHERE claims.id IN (SELECT id FROM new_headlines) AND claims.id = h.id AND "
            "(claims.risk_score IS DISTINCT FROM h.risk_score"
            " OR claims.final_decision IS DISTINCT FROM h.final_decision"
            " OR claims.reimbursement_cents <> h.reimbursement_cents)"));
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
        return Result<qint64>::failure(s.errorDetail());
    return id;
}

Result<std::optional<StoredDecision>> DecisionRepository::current(const QString& claimId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            SelectColumns + QStringLiteral(" WHERE claim_id = ? ORDER BY id DESC LIMIT 1"),
            { claimId });
        !s)
        return Result<std::optional<StoredDecision>>::failure(s.errorDetail());
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
        return Result<QList<StoredDecision>>::failure(s.errorDetail());
    QList<StoredDecision> out;
    while (q.next())
        out << readDecision(q);
    return out;
}

} // namespace ClaimDesk
