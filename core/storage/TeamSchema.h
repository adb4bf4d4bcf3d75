#pragma once

#include "storage/Database.h"
#include "util/Result.h"

namespace ClaimDesk {

// The rules of a team book, kept by the PostgreSQL server itself so that a person
// connected with psql under their own login can do no more than the app lets them:
// the four group roles (claimdesk_adjuster, _manager, _admin, _auditor), their
// grants, each person's authority limit (team_limits), and triggers that refuse
// what a role may not do (an adjuster working a claim held by someone else,
// approving above their limit, an audit row in another's name).
//
// install() is what `team init` runs: idempotent, by a login that may create roles
// (it owns the book's tables and the functions, which run as it where they must).
// The owner itself is not held by the triggers (migrations, imports). On SQLite
// it fails: a desk's file has one person and no server to enforce anything.
//
// Refusals are raised with SQLSTATE 42501 (insufficient_privilege) and a message
// in words, prefixed "ClaimDesk:", which Sql::errorOf turns into ErrorKind::Forbidden.
namespace TeamSchema {

Status install(const Database& db);
// Whether install() has run on this book (the group roles and limits exist).
Result<bool> isInstalled(const Database& db);

} // namespace TeamSchema

} // namespace ClaimDesk
