#pragma once

#include <QDateTime>
#include <QString>

namespace ClaimDesk {

// A line-item check as recorded on a claim.
struct RecordedCheck
{
    QDateTime checkedAt;
    QString actor;
    QString item;
    QString field;
    QString decision; // Allowed, Excluded
    QString clauseId;
    QString policyVersion; // "formulary-v2": what the check used
    double score = 0;
    QString reason;
};

} // namespace ClaimDesk
