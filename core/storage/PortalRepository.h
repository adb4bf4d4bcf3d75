#pragma once

#include "domain/PortalSubmission.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace ClaimDesk {

// The insurer portals of the book and, per claim and portal, where filing
// stands. Bound parameters only; the caller holds the transaction where several
// writes belong together. The thread of the connection.
class PortalRepository final
{
public:
    explicit PortalRepository(Database db);

    Result<QList<InsurerPortal>> portals() const;
    // NotFound naming the portal when there is none of that name.
    Result<InsurerPortal> portal(const QString& name) const;
    // Adds the portal, or replaces the one of that name.
    Status savePortal(const InsurerPortal& portal);
    // NotFound when there was none; what was filed on it stays.
    Status removePortal(const QString& name);

    Result<std::optional<PortalSubmission>> submission(
        const QString& claimId, const QString& portal) const;
    // Adds the row, or replaces the one for its claim and portal.
    Status saveSubmission(const PortalSubmission& submission);
    // The same, in one statement, unless the stored row is Filing and was started
    // after `heldSince` (another run holds it): false then, and nothing written.
    Result<bool> takeSubmission(const PortalSubmission& submission, const QDateTime& heldSince);
    // The claims filed on the portal (state Filed), oldest first; `claimId`
    // narrows it to one.
    Result<QList<PortalSubmission>> filed(const QString& portal, const QString& claimId = {}) const;
    Result<QList<PortalSubmission>> forClaim(const QString& claimId) const;
    // Keeps bytes in the blob store (once per SHA-256); returns the hash.
    Result<QString> keepBlob(const QByteArray& bytes);

private:
    Result<QList<PortalSubmission>> submissionsWhere(
        const QString& where, const QVariantList& values) const;

    Database m_db;
};

} // namespace ClaimDesk
