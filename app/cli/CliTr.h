#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of app/cli/ (what is not a QObject translates
// through it), as Qt Creator gives each plugin its Tr.
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Cli)
};

} // namespace ClaimDesk
