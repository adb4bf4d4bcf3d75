#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of claims/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct ClaimsTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Claims)
};

} // namespace ClaimDesk
