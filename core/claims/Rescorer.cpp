#include "Rescorer.h"

#include "claims/ClaimEvidence.h"
#include "claims/ClaimsTr.h"
#include "decision/ClaimRecord.h"
#include "storage/ClaimRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

namespace ClaimDesk {

namespace {

constexpr int BatchSize = 20000;
// " AND status IN (?, ?, ?)" with the statuses isOpen() accepts, or nothing for
// the whole book: which statuses are open is decided in one place.
struct ScopeFilter
{
    QString sql;
    QVariantList values;
};

ScopeFilter scopeFilter(Rescorer::Scope scope)
{
    if (scope == Rescorer::Scope::AllClaims)
        return {};
    ScopeFilter f;
    for (int s = 0; s < ClaimStatusCount; ++s) {
        if (isOpen(static_cast<ClaimStatus>(s)))
            f.values << claimStatusCode(static_cast<ClaimStatus>(s));
    }
    f.sql = QStringLiteral(" AND status IN (")
        + QStringList(f.values.size(), QStringLiteral("?")).join(u',') + u')';
    return f;
}

// Reads just what the engine needs: no full Claim, no JSON unless there are items.
ClaimRecord recordFromRow(const QSqlQuery& q)
{
    ClaimRecord r;
    r.hasClaimId = true;
    r.hasClaimType = true;
    if (!q.value(1).isNull()) {
        r.amountState = ClaimRecord::Amount::Number;
        r.amount = Money::fromCents(q.value(1).toLongLong());
    }
    const QDate date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    if (date.isValid()) {
        r.serviceDateState = ClaimRecord::Date::Valid;
        r.serviceDate = date;
    }
    r.hasDiagnosisCode = q.value(3).toBool();
    r.hasProviderName = q.value(4).toBool();
    r.hasTreatmentNotes = q.value(5).toBool();
    const QString items = q.value(6).toString();
    if (items.size() > 2) {
        const QJsonArray array = QJsonDocument::fromJson(items.toUtf8()).array();
        r.lineItemCount = static_cast<int>(array.size());
        for (const QJsonValue& v : array)
            r.lineItemsTotal
                += Money::parse(v.toObject().value(u"amount").toString()).value_or(Money());
    }
    r.inNetwork = q.value(7).toBool();
    r.emergency = q.value(8).toBool();
    return r;
}

Result<std::optional<PlausibilityEvidence>> evidenceOf(const Database& db, const QString& claimId)
{
    auto claim = ClaimRepository(db).find(claimId);
    if (!claim)
        return Result<std::optional<PlausibilityEvidence>>::failure(claim.errorDetail());
    return ClaimEvidence::read(db, *claim);
}

} // namespace

Rescorer::Rescorer(QObject* parent)
    : QObject(parent)
    , m_work([this](const Result<qint64>& r) {
        if (!r)
            Q_EMIT failed(r.error());
        else if (m_work.isCancelled())
            Q_EMIT canceled(*r);
        else
            Q_EMIT finished(*r);
    })
{ }

void Rescorer::start(
    const DatabaseLocation& location, const DecisionEngine& engine, const QDate& asOf)
{
    m_work.start(
        location, [this, engine, asOf](const Database& db, const std::atomic_bool& cancel) {
            return rescore(db, engine, Scope::OpenClaims, asOf, QDateTime::currentDateTimeUtc(),
                cancel, [this](qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { Q_EMIT progressChanged(done, total); });
                });
        });
}

Result<qint64> Rescorer::rescore(const Database& db, const DecisionEngine& engine, Scope scope,
    const QDate& asOf, const QDateTime& decidedAt, const std::atomic_bool& canceled,
    const std::function<void(qint64, qint64)>& progress)
{
    QSqlQuery q = db.query();
    const ScopeFilter filter = scopeFilter(scope);
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT COUNT(*) FROM claims WHERE 1 = 1") + filter.sql, filter.values);
        !s)
        return Result<qint64>::failure(s.errorDetail());
    const qint64 total = q.next() ? q.value(0).toLongLong() : 0;

    // Reading and deciding batch N+1 (on another core, with its own connection)
    // overlaps writing batch N; only claims whose headline moved are updated.
    struct Batch
    {
        QList<QVariantList> decisionRows;
        QList<DecisionToStore> changedHeadlines;
        QString lastId;
        qint64 size = 0;
        QString error;
    };
    const DatabaseLocation location = db.location();
    const QString version = engine.rules().version;
    auto produce
        = [&engine, location, filter, asOf, decidedAt, version](const QString& after) -> Batch {
        Batch b;
        auto reader = Database::open(location);
        if (!reader) {
            b.error = reader.error();
            return b;
        }
        QSqlQuery select = reader->query();
        select.setForwardOnly(true);
        // Keyset pagination on the primary key: each batch is an index range.
        if (auto s = Sql::exec(select,
                QStringLiteral(
                    "SELECT id, amount_cents, service_date, diagnosis_code <> '',"
                    " provider_name <> '', treatment_notes <> '', line_items, in_network,"
                    " is_emergency, risk_rank, risk_score, priority_rank, final_decision,"
                    " reimbursement_cents, EXISTS (SELECT 1 FROM documents d"
                    " WHERE d.claim_id = claims.id AND d.refused = 0) FROM claims WHERE id > ?")
                    + filter.sql + QStringLiteral(" ORDER BY id LIMIT ?"),
                QVariantList { after } + filter.values + QVariantList { BatchSize });
            !s) {
            b.error = s.error();
            return b;
        }
        QList<DecisionToStore> decided;
        decided.reserve(BatchSize);
        while (select.next()) {
            ClaimRecord record = recordFromRow(select);
            if (select.value(14).toBool()) { // what its documents show counts too
                auto evidence = evidenceOf(*reader, select.value(0).toString());
                if (!evidence) {
                    b.error = evidence.error();
                    return b;
                }
                record.evidence = *evidence;
            }
            DecisionToStore d { select.value(0).toString(), engine.decide(record, asOf), asOf,
                decidedAt };
            const DecisionResult& r = d.result;
            const bool changed = select.value(9).toInt() != riskRank(r.riskLevel)
                || select.value(10).isNull() != !r.riskScore.has_value()
                || (r.riskScore && select.value(10).toInt() != *r.riskScore)
                || select.value(11).toInt() != priorityRank(r.priority)
                || select.value(12).toString() != finalDecisionCode(r.finalDecision)
                || select.value(13).toLongLong() != r.reimbursement.cents();
            if (changed)
                b.changedHeadlines.append(d);
            decided.append(std::move(d));
        }
        b.size = decided.size();
        if (!decided.isEmpty())
            b.lastId = decided.constLast().claimId;
        b.decisionRows = DecisionRepository::rowsFor(decided, version);
        return b;
    };

    DecisionRepository decisions(db);
    qint64 done = 0;
    QFuture<Batch> next = QtConcurrent::run(produce, QString());
    while (true) {
        const Batch batch = next.result();
        if (!batch.error.isEmpty())
            return Result<qint64>::failure(batch.error);
        if (batch.size == 0 || canceled)
            break;
        next = QtConcurrent::run(produce, batch.lastId);
        const Status s = db.writeTransaction([&]() -> Status {
            if (auto st = decisions.appendRows(batch.decisionRows); !st)
                return st;
            return decisions.updateHeadlines(batch.changedHeadlines);
        });
        if (!s) {
            next.waitForFinished();
            return Result<qint64>::failure(Error::of(s.errorKind(), // a refusal stays one
                ClaimsTr::tr("Re-scoring stopped after %1 claims: %2").arg(done).arg(s.error())));
        }
        done += batch.size;
        if (progress)
            progress(done, total);
    }
    next.waitForFinished();
    return done;
}

} // namespace ClaimDesk
