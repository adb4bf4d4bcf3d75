#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of storage/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct StorageTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Storage)
};

} // namespace ClaimDesk
