#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

namespace ClaimDesk {

class SqlDialect;

// The versioned schema. Each step runs in its own transaction and records itself
// in schema_version; a database is only ever moved forward.
namespace Migrations {

int latestVersion();
// The version recorded in the database; 0 for an empty database. Fails for a
// database that has tables but is not ClaimDesk's.
Result<int> currentVersion(QSqlDatabase& db, const SqlDialect& dialect);
// Applies every step after `from` up to `to` (inclusive).
Status migrate(QSqlDatabase& db, const SqlDialect& dialect, int from, int to);

} // namespace Migrations
} // namespace ClaimDesk
