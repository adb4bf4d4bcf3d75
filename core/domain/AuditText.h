#pragma once

#include "domain/AuditEntry.h"

namespace ClaimDesk {

// An audit line as a person reads it, in the interface language: statuses,
// categories, decisions and field names by their labels, yes/no and times in
// words and the locale's format. The stored codes never reach the screen, the
// dossier or a detailed export; a value this version cannot interpret is shown as
// stored. Pure: no storage, any thread.
struct AuditText
{
    QString what;
    QString before;
    QString after;

    static AuditText of(const AuditEntry& entry);
};

} // namespace ClaimDesk
