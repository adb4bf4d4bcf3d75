#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of ui/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Ui)
};

} // namespace ClaimDesk
