#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of portal/: every text of the folder, QObjects' too,
// through it).
struct PortalTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Portal)
};

} // namespace ClaimDesk
