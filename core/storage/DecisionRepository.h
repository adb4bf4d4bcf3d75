#pragma once

#include "domain/DecisionResult.h"
#include "domain/StoredDecision.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace ClaimDesk {

// One decision to store in bulk.
struct DecisionToStore
{
    QString claimId;
    DecisionResult result;
    QDate asOf;
    QDateTime decidedAt;
};

// The decision history of each claim. Decisions are only ever added; the latest
// is the current one, and its headline is copied onto the claim for the queue.
class DecisionRepository final
{
public:
    explicit DecisionRepository(Database db);

    // Appends a decision and makes it the claim's current one (one transaction).
    Result<qint64> record(const QString& claimId, const DecisionResult& result,
        const QString& rulesetVersion, const QDate& asOf, const QDateTime& decidedAt);
    // Appends without touching the claim row: for bulk writers that already
    // inserted the claim with its headline. Call inside a write transaction.
    Status append(const QString& claimId, const DecisionResult& result,
        const QString& rulesetVersion, const QDate& asOf, const QDateTime& decidedAt);

    // Appends many decisions with multi-row INSERTs. Call inside a write transaction.
    Status appendMany(const QList<DecisionToStore>& decisions, const QString& rulesetVersion);
    // The same in two steps, so the rows can be built on another thread:
    // rowsFor() touches no database; appendRows() writes them.
    static QList<QVariantList> rowsFor(
        const QList<DecisionToStore>& decisions, const QString& rulesetVersion);
    Status appendRows(const QList<QVariantList>& rows);
    // Copies each decision's headline onto its claim, set-wise; claims whose queue
    // ranks did not change keep their queue index entries untouched.
    Status updateHeadlines(const QList<DecisionToStore>& decisions);

    Result<std::optional<StoredDecision>> current(const QString& claimId) const;
    Result<QList<StoredDecision>> history(const QString& claimId) const;

private:
    Database m_db;
    std::optional<QSqlQuery> m_insert; // prepared once: bulk writers call append a million times
    std::optional<QSqlQuery> m_updateClaim;
};

} // namespace ClaimDesk
