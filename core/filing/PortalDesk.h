#pragma once

#include "PortalFilings.h"
#include "domain/DatabaseLocation.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ClaimDesk {

class DatabaseWorker;

// What the Portal area reads and records around a filing job: the portals, the
// approved claims waiting to be filed, a claim's filings, and a claim the
// adjuster finished filing by hand. Runs on a worker of its own, in the order
// asked; answers come to `done` on the context's thread; failures are answers.
class PortalDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalDesk)

public:
    explicit PortalDesk(DatabaseLocation location, QObject* parent = nullptr);
    ~PortalDesk() override;

    void readPortals(
        QObject* context, std::function<void(const Result<QList<InsurerPortal>>&)> done);
    // The approved claims not yet filed on `portal`, in queue order (at most `limit`).
    void readWaiting(const QString& portal, int limit, QObject* context,
        std::function<void(const Result<QStringList>&)> done);
    void recordByHand(const QString& claimId, const QString& portal, const QString& reference,
        const QString& actor, QObject* context,
        std::function<void(const Result<FilingResult>&)> done);

private:
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace ClaimDesk
