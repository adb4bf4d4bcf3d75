#pragma once

#include "domain/ClaimTypes.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace ClaimDesk {

// A filter over the claim book, in triage-queue order (highest risk, then
// priority, then oldest). Every filter is evaluated in SQL on an index.
struct ClaimQuery
{
    std::optional<ClaimStatus> status;
    bool openOnly = false; // Submitted, Under Review or Pending (the backlog)
    std::optional<ClaimType> type;
    std::optional<RiskLevel> risk;
    std::optional<FinalDecision> decision;
    QDateTime createdFrom; // inclusive; invalid = open
    QDateTime createdTo; // exclusive; invalid = open
    QString assignee;
    // A claim ID (or its prefix), a national ID, or part of the claimant's name.
    QString search;
    int limit = 50;
    int offset = 0;
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::ClaimQuery)
