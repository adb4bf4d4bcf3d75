#include "claims/ClaimView.h"

#include "storage/ClaimRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/DocumentRepository.h"

namespace ClaimDesk {

namespace {

// Moves a successful read into `target`; keeps the first error, with its kind.
template<typename T>
bool take(Result<T>&& read, T& target, Error& error)
{
    if (!read) {
        error = read.errorDetail();
        return false;
    }
    target = std::move(read).value();
    return true;
}

} // namespace

std::optional<StoredDecision> ClaimView::decision() const
{
    if (decisions.isEmpty())
        return std::nullopt;
    return decisions.last();
}

Result<ClaimView> ClaimView::read(const Database& db, const QString& claimId)
{
    ClaimView v;
    Error error;
    const ClaimRepository claims(db);
    const PolicyCheckRepository checks(db);
    // One snapshot: the version, the documents and the history agree.
    const Status read = db.readTransaction([&]() -> Status {
        const bool ok = take(claims.find(claimId), v.claim, error)
            && take(DecisionRepository(db).history(claimId), v.decisions, error)
            && take(ClaimDocuments::storedOf(DocumentRepository(db), claimId), v.documents, error)
            && take(checks.forClaim(claimId), v.policyChecks, error)
            && take(checks.latestAdvice(claimId), v.advice, error)
            && take(AgentOpinionRepository(db).forClaim(claimId), v.opinions, error)
            && take(claims.auditTrail(claimId), v.history, error);
        return ok ? Status() : Status::failure(error);
    });
    if (!read)
        return Result<ClaimView>::failure(read.errorDetail());
    return v;
}

ClaimViewJob::ClaimViewJob(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_read(std::move(location), &ClaimView::read, [this](const Result<ClaimView>& r) {
        if (r)
            Q_EMIT ready(*r);
        else
            Q_EMIT failed(m_requested, r.error());
    })
{ }

void ClaimViewJob::request(const QString& claimId)
{
    m_requested = claimId;
    m_read.request(claimId);
}

} // namespace ClaimDesk
