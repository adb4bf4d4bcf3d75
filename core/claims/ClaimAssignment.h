#pragma once

#include "domain/Claim.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <optional>

namespace ClaimDesk {

// Who holds which claim: taking the next one from the queue, handing one to a
// person, giving one back. Any thread, on the connection it is given; each call
// is one transaction, audited under the book's login. On a team book the server
// decides who may (a manager assigns anyone's; an adjuster takes a free claim and
// gives back their own): a refusal is ErrorKind::Forbidden and writes nothing.
class ClaimAssignment final
{
public:
    explicit ClaimAssignment(Database db, Clock clock = systemClock());

    // The first open claim in queue order that nobody holds, now held by this
    // login; nothing when none is left. Desks asking at once never get the same one.
    Result<std::optional<Claim>> takeNext(std::optional<ClaimType> type = std::nullopt);
    // Hands the claim to `login`: on a team book, a person of the team (Invalid,
    // naming them, otherwise).
    Result<Claim> assign(const QString& claimId, const QString& login);
    // Gives the claim back to the queue.
    Result<Claim> release(const QString& claimId);

private:
    Database m_db;
    Clock m_clock;
};

} // namespace ClaimDesk
