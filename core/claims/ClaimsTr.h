#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of claims/ (what is not a QObject translates
// through it), as Qt Creator gives each plugin its Tr.
struct ClaimsTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Claims)
};

} // namespace ClaimDesk
