#pragma once

#include "storage/BookCopy.h"

namespace ClaimDesk {

// Moving a desk to the team: a desk's whole SQLite book copied into an empty
// team book, IDs kept, all or nothing, checked table by table by rows and
// checksum (BookCopy). The desk's file is brought to this version's schema
// first and is otherwise left as it was. The desk book's rules (BookRuleSet)
// become the team book's first rule set when it has none of its own. Any thread;
// `target` is a connection opened there, the file is opened there too.
namespace BookImport {

Result<QList<TableCopied>> fromFile(
    const Database& target, const QString& sqlitePath, const BookCopy::Progress& progress = {});

} // namespace BookImport

} // namespace ClaimDesk
