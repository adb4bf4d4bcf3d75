#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of storage/ (what is not a QObject translates
// through it), as Qt Creator gives each plugin its Tr.
struct StorageTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Storage)
};

} // namespace ClaimDesk
