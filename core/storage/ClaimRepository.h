#pragma once

#include "domain/AuditEntry.h"
#include "domain/Claim.h"
#include "domain/ClaimQuery.h"
#include "domain/DecisionResult.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

namespace ClaimDesk {

class DecisionRepository;

// A claim for a bulk load, with its creation time and its first decision.
struct DecidedClaim
{
    NewClaim claim;
    QDateTime createdAt;
    DecisionResult decision;
};

// Claims, amount claimed and reimbursement of one type and status.
struct ClaimTotals
{
    ClaimType type = ClaimType::Health;
    ClaimStatus status = ClaimStatus::Submitted;
    qint64 claims = 0;
    Money amount;
    Money reimbursement;
};

// A column the queue can be counted by, for the counts shown beside its filters.
enum class ClaimFacet
{
    Status,
    Type,
    Risk,
    Decision
};

// Claims in the database: creation with collision-free IDs, lookup, the queue
// listing and audited changes. Every change bumps the claim's version.
class ClaimRepository final
{
public:
    explicit ClaimRepository(Database db, Clock clock = systemClock());
    ~ClaimRepository();
    ClaimRepository(ClaimRepository&&) noexcept;

    // Inserts the claim; its ID's sequence number is taken in the same
    // transaction, so two processes writing at once never get the same ID.
    Result<Claim> create(const NewClaim& claim, const QString& actor);
    // Inserts many decided claims in one transaction, with one block of sequence
    // numbers per type (synthetic books, imports). Each decision was made as of
    // its claim's creation date. No audit lines: a bulk load is audited by its caller.
    Status createMany(const QList<DecidedClaim>& claims, const QString& rulesetVersion,
        QStringList* ids = nullptr);

    Result<Claim> find(const QString& id) const;
    Result<QList<Claim>> list(const ClaimQuery& query) const;
    Result<qint64> count(const ClaimQuery& query) const;
    // How many claims the query matches for each value of one column, grouped in
    // SQL. Keys are the enum's value as an int; -1 counts claims without a decision.
    Result<QHash<int, qint64>> countBy(const ClaimQuery& query, ClaimFacet facet) const;
    // Sums per type and status of the claims the query matches, in SQL; ordered
    // by type, then status, as the enums list them.
    Result<QList<ClaimTotals>> totalsByTypeAndStatus(const ClaimQuery& query) const;
    // Streams every claim the query matches (its limit and offset ignored), oldest
    // first, without holding them in memory; stops early when visit returns false.
    // Returns how many were visited.
    Result<qint64> forEach(
        const ClaimQuery& query, const std::function<bool(const Claim&)>& visit) const;
    Result<qint64> countAll() const;
    // The claims whose memo holds `text` as it is (case and all), oldest first.
    // Reads every memo: for the rare lookup (an inbox finding what it opened
    // before a take was cut short), not for lists.
    Result<QStringList> idsWithMemoHolding(const QString& text) const;

    // Changes the status (and memo, if given). With expectedVersion set, fails
    // with a conflict if someone else changed the claim since it was read.
    Result<Claim> setStatus(const QString& id, ClaimStatus status,
        const std::optional<QString>& memo, const QString& actor,
        std::optional<int> expectedVersion = std::nullopt);

    // Raises (or lowers) the flag asking for a person to contact the customer; the
    // triage queue shows it. Audited with the reason.
    Result<Claim> setEscalated(
        const QString& id, bool escalated, const QString& reason, const QString& actor);
    // Records that the customer handed the claim in complete (the chat intake's
    // submit): the submission time becomes now, and a draft becomes Submitted.
    // Audited.
    Result<Claim> markSubmitted(const QString& id, const QString& actor);

    // Gives the first open claim in queue order that nobody holds to the book's
    // login, atomically: desks asking at once never get the same claim (the row
    // is locked and locked rows are passed over). Nothing when none is left. Audited.
    Result<std::optional<Claim>> takeNext(std::optional<ClaimType> type);
    // Hands the claim to `login`, or back to the queue when it is empty. Audited.
    // On a team book the server decides who may (a manager, or the holder giving
    // it back); a refusal is ErrorKind::Forbidden and writes nothing.
    Result<Claim> setAssignee(const QString& id, const QString& login);

    // Changes the claim's details; each changed field is one audit line. With
    // expectedVersion set, fails with a conflict instead of overwriting.
    Result<Claim> edit(const QString& id, const ClaimEdit& edit, const QString& actor,
        std::optional<int> expectedVersion = std::nullopt);

    // Fails with the conflict message when the claim is no longer at that version.
    Status checkVersion(const QString& id, int expectedVersion) const;

    Result<QList<AuditEntry>> auditTrail(const QString& id) const;

    // "H-20260129-000001": type, creation date (UTC), six-digit sequence.
    static QString formatId(ClaimType type, const QDate& date, qint64 sequence);

private:
    Result<qint64> reserveSequence(ClaimType type, qint64 count);
    // The claim, or a conflict if it is no longer at the version the caller edited.
    Result<Claim> findForUpdate(const QString& id, std::optional<int> expectedVersion) const;
    Status insert(const QString& id, const NewClaim& claim, const QDateTime& createdAt,
        const DecisionResult* decision);

    Database m_db;
    Clock m_clock;
    std::unique_ptr<DecisionRepository> m_decisions;
};

} // namespace ClaimDesk
