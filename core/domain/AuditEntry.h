#pragma once

#include <QDateTime>
#include <QString>

namespace ClaimDesk {

// One line of the append-only audit trail.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString claimId;
    QString action; // created, status, memo, decision, document, correction
    QString oldValue;
    QString newValue;
};

} // namespace ClaimDesk
