#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of portal/ (what is not a QObject translates
// through it).
struct PortalTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Portal)
};

} // namespace ClaimDesk
