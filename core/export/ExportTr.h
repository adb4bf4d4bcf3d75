#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of export/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct ExportTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Export)
};

} // namespace ClaimDesk
