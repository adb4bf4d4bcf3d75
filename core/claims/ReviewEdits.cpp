#include "claims/ReviewEdits.h"

#include "claims/ClaimAssignment.h"
#include "claims/ClaimDocuments.h"
#include "claims/ClaimsTr.h"
#include "claims/ModelOpinions.h"
#include "policylibrary/PolicyCheckRepository.h"
#include "storage/DatabaseWorker.h"

namespace ClaimDesk {

namespace {

// Why an undo or redo step no longer applies: the claim moved on under it.
QString overtaken(const Claim& claim, const StatusChange& change)
{
    if (change.expectedStatus && claim.status != *change.expectedStatus) {
        return ClaimsTr::tr("%1 is now %2 (changed by someone else); it was not set to %3")
            .arg(claim.id, claimStatusLabel(claim.status), claimStatusLabel(change.status));
    }
    if (change.expectedMemo && claim.memo != *change.expectedMemo)
        return ClaimsTr::tr("The memo of %1 was changed by someone else; it was not set back")
            .arg(claim.id);
    return {};
}

} // namespace

ReviewEdits::ReviewEdits(DatabaseLocation location, DecisionEngine engine, QObject* parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_writer(std::make_unique<DatabaseWorker>(std::move(location)))
{ }

ReviewEdits::~ReviewEdits() = default;

void ReviewEdits::setEngine(const DecisionEngine& engine)
{
    m_engine = engine;
}

template<typename Answer>
void ReviewEdits::submit(QObject* context, std::function<Answer(const Database&)> work,
    std::function<void(const Answer&)> done)
{
    ++m_unanswered;
    // Answered to this object, so that the count holds when the context is gone.
    m_writer->submitOnBook<Answer>(this, std::move(work),
        [this, context = QPointer<QObject>(context), done = std::move(done)](const Answer& answer) {
            --m_unanswered;
            if (context)
                done(answer);
            if (m_unanswered == 0)
                Q_EMIT idle();
        });
}

StatusChangeAnswer ReviewEdits::changeStatusOn(
    const Database& db, const StatusChange& change, const QString& actor)
{
    ClaimRepository claims(db);
    StatusChangeAnswer answer;
    const Status written = db.writeTransaction([&]() -> Status {
        auto claim = claims.find(change.claimId);
        if (!claim)
            return Status::from(claim);
        answer.before = *claim;
        if (const QString why = overtaken(*claim, change); !why.isEmpty())
            return Status::failure(Error::of(ErrorKind::Conflict, why));
        answer.saved = claims.setStatus(
            change.claimId, change.status, change.memo, actor, change.expectedVersion);
        return Status::from(answer.saved);
    });
    if (!written) // refused, or saved and then not committed
        answer.saved = Result<Claim>::failure(written.errorDetail());
    if (answer.saved.errorKind() == ErrorKind::Conflict && change.expectedVersion) {
        // Someone saved the claim since the reviewer read it: what it is now, and how.
        if (auto current = claims.find(change.claimId))
            answer.current = *current;
        if (auto trail = claims.auditTrail(change.claimId))
            answer.trail = *trail;
    }
    return answer;
}

void ReviewEdits::changeStatus(const StatusChange& change, const QString& actor, QObject* context,
    std::function<void(const StatusChangeAnswer&)> done)
{
    submit<StatusChangeAnswer>(
        context, [change, actor](const Database& db) { return changeStatusOn(db, change, actor); },
        std::move(done));
}

void ReviewEdits::takeNext(
    QObject* context, std::function<void(const Result<std::optional<Claim>>&)> done)
{
    submit<Result<std::optional<Claim>>>(
        context, [](const Database& db) { return ClaimAssignment(db).takeNext(); },
        std::move(done));
}

void ReviewEdits::release(
    const QString& claimId, QObject* context, std::function<void(const Result<Claim>&)> done)
{
    submit<Result<Claim>>(
        context, [claimId](const Database& db) { return ClaimAssignment(db).release(claimId); },
        std::move(done));
}

void ReviewEdits::referToManager(const QString& claimId, const QString& reason, QObject* context,
    std::function<void(const Result<Claim>&)> done)
{
    submit<Result<Claim>>(
        context,
        [claimId, reason](const Database& db) {
            return ClaimRepository(db).setEscalated(claimId, true, reason, db.login());
        },
        std::move(done));
}

void ReviewEdits::correctField(const FieldChange& change, const QString& actor, QObject* context,
    std::function<void(const Result<FieldCorrected>&)> done)
{
    submit<Result<FieldCorrected>>(
        context,
        [change, actor, engine = m_engine](const Database& db) {
            return ClaimBook(db, engine)
                .correctField(change.fieldId, change.value, actor, change.expectedVersion,
                    change.expectedValue);
        },
        std::move(done));
}

void ReviewEdits::markUseful(qint64 documentId, std::optional<bool> useful, const QString& actor,
    QObject* context, std::function<void(const Status&)> done)
{
    submit<Status>(
        context,
        [documentId, useful, actor](const Database& db) {
            return ClaimDocuments::markUseful(db, documentId, useful, actor);
        },
        std::move(done));
}

void ReviewEdits::recordOpinion(const QString& claimId, const AgentOpinion& opinion,
    QObject* context, std::function<void(const Result<qint64>&)> done)
{
    submit<Result<qint64>>(
        context,
        [claimId, opinion](
            const Database& db) { return ModelOpinions(db).record(claimId, opinion); },
        std::move(done));
}

void ReviewEdits::acceptOpinion(
    qint64 opinionId, QObject* context, std::function<void(const Status&)> done)
{
    submit<Status>(
        context, [opinionId](const Database& db) { return ModelOpinions(db).accept(opinionId); },
        std::move(done));
}

void ReviewEdits::recordPolicyChecks(const QString& claimId, const QList<LineItemCheck>& checks,
    const QString& actor, const std::optional<PolicyReasoning>& advice, const QString& adviceInput,
    QObject* context, std::function<void(const Status&)> done)
{
    submit<Status>(
        context,
        [=](const Database& db) {
            return PolicyCheckRepository(db).record(
                claimId, checks, actor, advice ? &*advice : nullptr, adviceInput);
        },
        std::move(done));
}

} // namespace ClaimDesk
