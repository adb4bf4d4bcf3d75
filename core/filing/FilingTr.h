#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of filing/: every text of the folder, QObjects' too,
// through it).
struct FilingTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Filing)
};

} // namespace ClaimDesk
