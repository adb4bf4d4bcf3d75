#pragma once

#include "claims/ClaimBook.h"
#include "domain/AgentOpinion.h"
#include "domain/AuditEntry.h"
#include "domain/DatabaseLocation.h"
#include "policy/LineItemChecker.h"
#include "policy/PolicyReasoning.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ClaimDesk {

class DatabaseWorker;

// A change of a claim's status (and memo) as a reviewer asks for it.
struct StatusChange
{
    QString claimId;
    ClaimStatus status = ClaimStatus::Submitted;
    std::optional<QString> memo; // unchanged when not given
    // The version the reviewer saw: a claim saved since is refused as a conflict.
    std::optional<int> expectedVersion;
    // For undo and redo: what the claim must still hold, else the step is refused
    // as overtaken by someone else's change (other edits may come between).
    std::optional<ClaimStatus> expectedStatus;
    std::optional<QString> expectedMemo;
};

// What became of a status change: the claim as saved, or why not. Refused as a
// conflict, it also carries the claim as it now is and its whole audit trail, for
// the conflict dialog.
struct StatusChangeAnswer
{
    Result<Claim> saved = Result<Claim>::failure(QString());
    std::optional<Claim> before; // the claim as it was, when it was found
    std::optional<Claim> current;
    QList<AuditEntry> trail;

    static StatusChangeAnswer failure(const Error& error)
    {
        return { Result<Claim>::failure(error), {}, {}, {} };
    }
};

// A reviewer's correction of one extracted field.
struct FieldChange
{
    qint64 fieldId = 0;
    QString value;
    std::optional<int> expectedVersion; // the claim as the reviewer saw it
    std::optional<QString> expectedValue; // for undo and redo: what the field holds
};

// The edits a reviewer makes in Review: status and memo, field corrections,
// documents marked useful, model opinions recorded and accepted, policy checks
// recorded. Each runs on a worker in its own transaction, one after another in
// the order asked (see DatabaseWorker), and its answer comes back to `done` on the
// context's thread. Who acts is given with each edit. Failures are answers: a
// conflict, an unknown claim, a book that cannot be written, each with its words.
class ReviewEdits final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewEdits)

public:
    ReviewEdits(DatabaseLocation location, DecisionEngine engine, QObject* parent = nullptr);
    ~ReviewEdits() override;

    // The rules the next edits decide claims with (after a new rule set).
    void setEngine(const DecisionEngine& engine);

    void changeStatus(const StatusChange& change, const QString& actor, QObject* context,
        std::function<void(const StatusChangeAnswer&)> done);
    // The same change made at once on the calling thread's connection `db`, for
    // the command line.
    static StatusChangeAnswer changeStatusOn(
        const Database& db, const StatusChange& change, const QString& actor);
    void correctField(const FieldChange& change, const QString& actor, QObject* context,
        std::function<void(const Result<FieldCorrected>&)> done);
    void markUseful(qint64 documentId, std::optional<bool> useful, const QString& actor,
        QObject* context, std::function<void(const Status&)> done);
    void recordOpinion(const QString& claimId, const AgentOpinion& opinion, QObject* context,
        std::function<void(const Result<qint64>&)> done);
    void acceptOpinion(qint64 opinionId, QObject* context, std::function<void(const Status&)> done);
    // With `advice`, the model's clinical check is kept with the checks.
    void recordPolicyChecks(const QString& claimId, const QList<LineItemCheck>& checks,
        const QString& actor, const std::optional<PolicyReasoning>& advice,
        const QString& adviceInput, QObject* context, std::function<void(const Status&)> done);

    // Takes the first free open claim in queue order for this login (nothing when
    // none is left), or gives a claim back to the queue (ClaimAssignment).
    void takeNext(QObject* context, std::function<void(const Result<std::optional<Claim>>&)> done);
    void release(
        const QString& claimId, QObject* context, std::function<void(const Result<Claim>&)> done);
    // Refers a claim the login may not decide (above their authority limit) to a
    // manager: it is escalated, with `reason` in the audit trail, and stays with
    // its holder until a manager takes it up.
    void referToManager(const QString& claimId, const QString& reason, QObject* context,
        std::function<void(const Result<Claim>&)> done);

    // Edits asked whose answer has not been delivered yet.
    int unanswered() const { return m_unanswered; }

Q_SIGNALS:
    // The last edit asked has been answered (after its `done`).
    void idle();

private:
    // Runs `work` on the writer; counts it unanswered until `done` has run.
    template<typename Answer>
    void submit(QObject* context, std::function<Answer(const Database&)> work,
        std::function<void(const Answer&)> done);

    DecisionEngine m_engine; // UI thread; each edit takes a copy
    std::unique_ptr<DatabaseWorker> m_writer;
    int m_unanswered = 0;
};

} // namespace ClaimDesk
