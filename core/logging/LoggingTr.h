#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of logging/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct LoggingTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Logging)
};

} // namespace ClaimDesk
