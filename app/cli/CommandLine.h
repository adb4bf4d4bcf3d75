#pragma once

#include <QStringList>

namespace ClaimDesk::Cli {

// Reads the global options (--db, --db-url, --llm-*, --version, --help) wherever
// they stand, then hands the rest to the named command. Returns the exit code.
int run(const QStringList& arguments);

} // namespace ClaimDesk::Cli
