#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of decision/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct DecisionTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Decision)
};

} // namespace ClaimDesk
