#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of triage/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct TriageTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Triage)
};

} // namespace ClaimDesk
