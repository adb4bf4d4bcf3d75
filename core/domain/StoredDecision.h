#pragma once

#include "domain/DecisionResult.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ClaimDesk {

// A decision as stored: the result, and which rules on which date produced it.
struct StoredDecision
{
    qint64 id = 0;
    QString claimId;
    QString rulesetVersion;
    QDate asOf;
    QDateTime decidedAt;
    DecisionResult result;
};

} // namespace ClaimDesk
