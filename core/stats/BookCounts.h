#pragma once

#include "domain/ClaimTypes.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <array>

namespace ClaimDesk {

// How many claims the book holds, by status and type: the status bar's, the
// manager area's and the admin overview's first figures, with the policy holders
// it knows. Read with one grouped query on a covering index and one count.
struct BookCounts
{
    static constexpr int Statuses = ClaimStatusCount;
    std::array<std::array<qint64, 2>, Statuses> byStatusAndType {};

    qint64 count(ClaimStatus status, ClaimType type) const
    {
        return byStatusAndType[static_cast<std::size_t>(status)][static_cast<std::size_t>(type)];
    }
    qint64 count(ClaimStatus status) const;
    qint64 total() const;
    qint64 open() const; // Submitted, Under Review, Pending
    qint64 policyHolders = 0;

    static Result<BookCounts> read(const Database& db);
};

} // namespace ClaimDesk
