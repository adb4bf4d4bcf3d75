#pragma once

#include "claims/ClaimDocuments.h"
#include "domain/AuditEntry.h"
#include "domain/Claim.h"
#include "domain/Document.h"
#include "domain/StoredDecision.h"
#include "policy/RecordedCheck.h"
#include "policylibrary/PolicyCheckRepository.h"
#include "storage/AgentOpinionRepository.h"
#include "storage/Database.h"
#include "storage/LatestDatabaseRead.h"
#include "util/Result.h"

#include <QObject>

namespace ClaimDesk {

// Everything a person reads about one claim, read once: the claim, its decisions
// (the last is the current one), its documents with their fields, the policy
// checks recorded on it and the model's advice kept with them, the model's
// opinions, and the audit trail. Review's claim panel, `claims show` and the
// dossier are all drawn from it. Eight reads on one snapshot of the book,
// however many documents.
struct ClaimView
{
    using DocumentRead = ClaimDocuments::Stored;

    Claim claim;
    QList<StoredDecision> decisions; // oldest first
    QList<DocumentRead> documents; // in the order stored
    QList<RecordedCheck> policyChecks;
    std::optional<PolicyCheckRepository::KeptAdvice> advice;
    QList<StoredOpinion> opinions; // oldest first
    QList<AuditEntry> history; // oldest first

    // The decision of record; none before the claim is decided.
    std::optional<StoredDecision> decision() const;

    // Reads on the calling thread's connection; fails with the first error (an
    // unknown claim is NotFound in words: "There is no claim ...").
    static Result<ClaimView> read(const Database& db, const QString& claimId);
};

// Reads a claim's view on the thread pool with its own connection, for the
// Review area: a request while one runs waits behind it and only the latest
// claim is answered, on the owner's thread.
class ClaimViewJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimViewJob)

public:
    explicit ClaimViewJob(DatabaseLocation location, QObject* parent = nullptr);
    void request(const QString& claimId);

Q_SIGNALS:
    void ready(const ClaimDesk::ClaimView& view);
    void failed(const QString& claimId, const QString& message);

private:
    LatestDatabaseRead<QString, ClaimView> m_read;
    QString m_requested;
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::ClaimView)
