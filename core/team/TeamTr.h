#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of team/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct TeamTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Team)
};

} // namespace ClaimDesk
