#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of intake/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct IntakeTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Intake)
};

} // namespace ClaimDesk
