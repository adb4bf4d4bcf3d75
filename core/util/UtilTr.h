#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of util/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct UtilTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Util)
};

} // namespace ClaimDesk
