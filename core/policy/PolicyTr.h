#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of policy/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct PolicyTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Policy)
};

} // namespace ClaimDesk
