#pragma once

#include "domain/AuditAction.h"

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
    AuditAction action = AuditAction::Unknown;
    QString oldValue;
    QString newValue;
    // The claim detail of an Edit ("amount"); for Unknown, the code as stored.
    QString field;

    // The stored code: "status", "edit:amount".
    QString code() const;
    // Sets action and field from a stored code; an unknown one is kept in field.
    void setCode(const QString& code);
};

} // namespace ClaimDesk
