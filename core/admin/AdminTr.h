#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of admin/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct AdminTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Admin)
};

} // namespace ClaimDesk
