#pragma once

#include "domain/ClaimTypes.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace ClaimDesk {

// The order of a queue listing. Queue is triage order: highest risk, then
// priority, then oldest. The other orders sort by one column and break ties in
// queue order, so each is one index range scan; descending is the exact reverse.
enum class QueueSort
{
    Queue,
    Id,
    Type,
    Status,
    Amount,
    Risk, // ascending: lowest risk first
    Decision,
    Age, // ascending: youngest first
    Assignee,
    Escalated // ascending: not escalated first
};

// A filter over the claim book, and the order to list it in. Every filter is
// evaluated in SQL on an index.
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
    // A claim ID (or its prefix), a national ID, or part of the claimant's name;
    // which one is told from its form (see searchKind), so that IDs are looked up
    // on their indexes and only a name is searched for inside the text.
    QString search;
    QueueSort sort = QueueSort::Queue;
    bool descending = false;
    int limit = 50;
    int offset = 0;

    enum class SearchKind
    {
        None,
        ClaimId, // starts with H or CD, then a dash or digits: "cd-2026", "H20"
        NationalId, // only digits, spaces and dashes
        Name // anything else
    };
    static SearchKind searchKind(const QString& search);
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::ClaimQuery)
