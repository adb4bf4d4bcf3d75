#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of extract/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct ExtractTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Extract)
};

} // namespace ClaimDesk
