#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of secrets/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct SecretsTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Secrets)
};

} // namespace ClaimDesk
