#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of domain/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct DomainTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Domain)
};

} // namespace ClaimDesk
