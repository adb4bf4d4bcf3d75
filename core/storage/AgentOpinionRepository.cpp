#include "AgentOpinionRepository.h"

#include "storage/AuditRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QCoreApplication>

namespace ClaimDesk {

AgentOpinionRepository::AgentOpinionRepository(Database db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<qint64> AgentOpinionRepository::record(
    const QString& claimId, std::optional<qint64> decisionId, const AgentOpinion& o)
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("INSERT INTO agent_decisions (claim_id, decision_id, decided_at, model, "
                           "prompt_version,"
                           " final_decision, confidence, reasoning, error) VALUES (?, ?, ?, ?, ?, "
                           "?, ?, ?, ?)"),
            { claimId, decisionId ? QVariant(*decisionId) : Sql::nullInt(),
                m_clock().toMSecsSinceEpoch(), o.model, o.promptVersion,
                o.decision ? QVariant(finalDecisionCode(*o.decision)) : Sql::nullString(),
                o.confidence ? QVariant(*o.confidence) : QVariant(QMetaType(QMetaType::Double)),
                o.reasoning, o.error.isEmpty() ? Sql::nullString() : QVariant(o.error) });
        !s)
        return Result<qint64>::failure(s.errorDetail());
    return q.lastInsertId().toLongLong();
}

Result<QList<StoredOpinion>> AgentOpinionRepository::forClaim(const QString& claimId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral(
                "SELECT id, claim_id, decision_id, decided_at, model, prompt_version, "
                "final_decision,"
                " confidence, reasoning, error, accepted_by, accepted_at FROM agent_decisions"
                " WHERE claim_id = ? ORDER BY id"),
            { claimId });
        !s)
        return Result<QList<StoredOpinion>>::failure(s.errorDetail());
    QList<StoredOpinion> out;
    while (q.next()) {
        StoredOpinion o;
        o.id = q.value(0).toLongLong();
        o.claimId = q.value(1).toString();
        if (!q.value(2).isNull())
            o.decisionId = q.value(2).toLongLong();
        o.decidedAt = Sql::toDateTime(q.value(3));
        o.opinion.model = q.value(4).toString();
        o.opinion.promptVersion = q.value(5).toString();
        o.opinion.decision = finalDecisionFromCode(q.value(6).toString());
        if (!q.value(7).isNull())
            o.opinion.confidence = q.value(7).toDouble();
        o.opinion.reasoning = q.value(8).toString();
        o.opinion.error = q.value(9).toString();
        o.acceptedBy = q.value(10).toString();
        o.acceptedAt = Sql::toDateTime(q.value(11));
        out << o;
    }
    return out;
}

Status AgentOpinionRepository::accept(qint64 opinionId)
{
    const QDateTime now = m_clock();
    return m_db.writeTransaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (auto s = Sql::exec(q,
                QStringLiteral("SELECT claim_id, final_decision, accepted_by FROM agent_decisions "
                               "WHERE id = ?"),
                { opinionId });
            !s)
            return s;
        if (!q.next())
            return Status::failure(StorageTr::tr("There is no model opinion %1").arg(opinionId));
        const QString claimId = q.value(0).toString();
        const QString decision = q.value(1).toString();
        if (decision.isEmpty())
            return Status::failure(StorageTr::tr("The model gave no decision to accept"));
        if (!q.value(2).toString().isEmpty())
            return Status::failure(StorageTr::tr("This opinion was already accepted by %1")
                                       .arg(q.value(2).toString()));
        if (auto s = Sql::exec(q,
                QStringLiteral(
                    "UPDATE agent_decisions SET accepted_by = ?, accepted_at = ? WHERE id = ?"),
                { m_db.login(), now.toMSecsSinceEpoch(), opinionId });
            !s)
            return s;
        return AuditRepository(m_db).append({ 0, now, m_db.login(), claimId,
            AuditAction::AgentDecisionAccepted, {}, decision, {} });
    });
}

} // namespace ClaimDesk
