#include "PortalDesk.h"

#include "PortalDirectory.h"
#include "claims/ClaimBook.h"
#include "storage/DatabaseWorker.h"
#include "storage/PortalRepository.h"

namespace ClaimDesk {

PortalDesk::PortalDesk(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<DatabaseWorker>(std::move(location)))
{ }

PortalDesk::~PortalDesk() = default;

void PortalDesk::readPortals(
    QObject* context, std::function<void(const Result<QList<InsurerPortal>>&)> done)
{
    m_worker->submitOnBook<Result<QList<InsurerPortal>>>(
        context, [](const Database& db) { return PortalDirectory::list(db); }, std::move(done));
}

void PortalDesk::readWaiting(const QString& portal, int limit, QObject* context,
    std::function<void(const Result<QStringList>&)> done)
{
    m_worker->submitOnBook<Result<QStringList>>(
        context,
        [portal, limit](const Database& db) -> Result<QStringList> {
            ClaimQuery query;
            query.status = ClaimStatus::Approved;
            query.limit = limit;
            auto approved = ClaimBook::list(db, query);
            if (!approved)
                return Result<QStringList>::failure(approved.errorDetail());
            PortalRepository portals(db);
            QStringList waiting;
            for (const Claim& c : *approved) {
                auto row = portals.submission(c.id, portal);
                if (!row)
                    return Result<QStringList>::failure(row.errorDetail());
                if (!*row || (*row)->state != SubmissionState::Filed)
                    waiting << c.id;
            }
            return waiting;
        },
        std::move(done));
}

void PortalDesk::recordByHand(const QString& claimId, const QString& portal,
    const QString& reference, const QString& actor, QObject* context,
    std::function<void(const Result<FilingResult>&)> done)
{
    m_worker->submitOnBook<Result<FilingResult>>(
        context,
        [=](const Database& db) {
            return PortalFilings::recordByHand(db, claimId, portal, reference, actor);
        },
        std::move(done));
}

} // namespace ClaimDesk
