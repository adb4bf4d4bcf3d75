#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of filing/ (what is not a QObject translates
// through it).
struct FilingTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Filing)
};

} // namespace ClaimDesk
