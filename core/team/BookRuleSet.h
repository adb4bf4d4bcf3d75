#pragma once

#include "decision/RuleSet.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace ClaimDesk {

// The decision rules in force for a book. A team book (PostgreSQL) keeps its
// own, so that every desk decides alike: every version in the book, the latest
// in force, saved only by a team administrator (the server refuses anyone else
// and records who saved it and when); a team book that has none yet follows the
// spec's defaults. A desk's own file follows the desk's rules file
// (RuleSetStore). Runs on the caller's thread with the caller's connection.
namespace BookRuleSet {

bool keptInBook(const Database& db);
Result<RuleSet> active(const Database& db);
// Validates, and only if valid makes it the rule set in force; an invalid one
// changes nothing and names every bad key.
Result<RuleSet> save(const Database& db, const QByteArray& json);
// The spec's defaults in force again (on a team book, as a new version).
Result<RuleSet> reset(const Database& db);
// Where the rules in force come from, for Admin: the file, or who saved the
// team book's version when ("the team book: version office-9, saved by anong on
// ..."). Empty on a team book's defaults.
Result<QString> describeSource(const Database& db);

} // namespace BookRuleSet

} // namespace ClaimDesk
