#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <functional>

namespace ClaimDesk {

// A large load into tables that are empty: their secondary indexes are dropped
// first and made again once, after the rows are in, which is several times faster
// than keeping each up to date row by row (SQLite and PostgreSQL alike). All in
// one write transaction: if the load fails, or the process dies, the tables are
// as they were, indexes included. The caller's thread and connection.
namespace BulkLoad {

Status withIndexesAfter(
    const Database& db, const QStringList& tables, const std::function<Status()>& load);

} // namespace BulkLoad

} // namespace ClaimDesk
