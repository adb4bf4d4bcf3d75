#include "Rescorer.h"

#include "decision/ClaimRecord.h"
#include "storage/DecisionRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QtConcurrent>

namespace ClaimDesk {

namespace {

constexpr int BatchSize = 20000;
const QString OpenFilter
    = QStringLiteral(" AND status IN ('Submitted', 'Under Review', 'Pending')");

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

} // namespace

Rescorer::Rescorer(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this] {
        const Result<qint64> r = m_watcher.result();
        if (!r)
            Q_EMIT failed(r.error());
        else if (m_cancel)
            Q_EMIT canceled(*r);
        else
            Q_EMIT finished(*r);
    });
}

Rescorer::~Rescorer()
{
    cancel();
    m_watcher.waitForFinished();
}

void Rescorer::start(
    const DatabaseLocation& location, const DecisionEngine& engine, const QDate& asOf)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this, location, engine, asOf]() -> Result<qint64> {
        auto db = Database::open(location);
        if (!db)
            return Result<qint64>::failure(db.error());
        return rescore(*db, engine, Scope::OpenClaims, asOf, QDateTime::currentDateTimeUtc(),
            m_cancel, [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progressChanged(done, total); });
            });
    }));
}

void Rescorer::cancel()
{
    m_cancel = true;
}

bool Rescorer::isRunning() const
{
    return m_watcher.isRunning();
}

Result<qint64> Rescorer::rescore(const Database& db, const DecisionEngine& engine, Scope scope,
    const QDate& asOf, const QDateTime& decidedAt, const std::atomic_bool& canceled,
    const std::function<void(qint64, qint64)>& progress)
{
    QSqlQuery q = db.query();
    const QString filter = scope == Scope::OpenClaims ? OpenFilter : QString();
    if (auto s = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM claims WHERE 1 = 1") + filter);
        !s)
        return Result<qint64>::failure(s.error());
    const qint64 total = q.next() ? q.value(0).toLongLong() : 0;

    DecisionRepository decisions(db);

    qint64 done = 0;
    QString lastId;
    const QString version = engine.rules().version;
    while (!canceled) {
        // Keyset pagination on the primary key: each batch is an index range.
        QSqlQuery select = db.query();
        select.setForwardOnly(true);
        if (auto s = Sql::exec(select,
                QStringLiteral(
                    "SELECT id, amount_cents, service_date, diagnosis_code <> '',"
                    " provider_name <> '', treatment_notes <> '', line_items, in_network,"
                    " is_emergency FROM claims WHERE id > ?")
                    + filter + QStringLiteral(" ORDER BY id LIMIT ?"),
                { lastId, BatchSize });
            !s)
            return Result<qint64>::failure(s.error());
        QList<std::pair<QString, ClaimRecord>> batch;
        batch.reserve(BatchSize);
        while (select.next())
            batch.append({ select.value(0).toString(), recordFromRow(select) });
        select.finish();
        if (batch.isEmpty())
            break;
        lastId = batch.constLast().first;

        QList<DecisionToStore> decided;
        decided.reserve(batch.size());
        for (const auto& [id, record] : batch)
            decided.append({ id, engine.decide(record, asOf), asOf, decidedAt });
        const Status s = db.writeTransaction([&]() -> Status {
            if (auto st = decisions.appendMany(decided, version); !st)
                return st;
            return decisions.updateHeadlines(decided);
        });
        if (!s)
            return Result<qint64>::failure(QCoreApplication::translate(
                "ClaimDesk::Rescorer", "Re-scoring stopped after %1 claims: %2")
                                               .arg(done)
                                               .arg(s.error()));
        done += batch.size();
        if (progress)
            progress(done, total);
    }
    return done;
}

} // namespace ClaimDesk
