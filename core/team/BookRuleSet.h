#pragma once

#include "decision/RuleSet.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace ClaimDesk {

// The decision rules in force for a book, kept in the book they govern (table
// rule_sets): every version, the latest in force; a book that has none follows
// the spec's defaults. Rules set on one book never change another's decisions.
// On a team book (PostgreSQL) only a team administrator saves them: the server
// refuses anyone else and records who saved them and when.
//
// Before rules were kept in books, a desk kept them in a file of the operating-
// system user (rules.json in the application data folder), which governed every
// book that user opened. The desk's own book (the default file, or the one the
// settings name) takes that file's rules as its first version when it has none,
// and the file is renamed (rules.json.moved), so that it governs nothing else;
// only one process adopts it (it claims the file by renaming it first). Other
// books without rules follow the spec's defaults.
//
// Runs on the caller's thread with the caller's connection.
namespace BookRuleSet {

Result<RuleSet> active(const Database& db);
// Validates, and only if valid makes it the rule set in force; an invalid one
// changes nothing and names every bad key.
Result<RuleSet> save(const Database& db, const QByteArray& json);
// The spec's defaults in force again, as a new version.
Result<RuleSet> reset(const Database& db);
// Where the rules in force come from, for Admin: "this book: version office-9,
// saved by anong on ...", or that the book follows the spec's defaults.
Result<QString> describeSource(const Database& db);

// The rules file of earlier versions, for the carry-over above and for tests.
QString deskFilePath();
// The rules `db` keeps, else (nothing written, nothing moved) those of the
// rules file of earlier versions when it is `db`'s desk's, else nothing: what a
// desk book's rules are when it moves to a team.
Result<std::optional<RuleSet>> storedOrDeskFile(const Database& db);

} // namespace BookRuleSet

} // namespace ClaimDesk
