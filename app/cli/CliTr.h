#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of app/cli/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Cli)
};

} // namespace ClaimDesk
