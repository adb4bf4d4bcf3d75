#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of stats/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct StatsTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Stats)
};

} // namespace ClaimDesk
