#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of policylibrary/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct PolicyLibraryTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::PolicyLibrary)
};

} // namespace ClaimDesk
