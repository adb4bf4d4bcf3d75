#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of inbox/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct InboxTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Inbox)
};

} // namespace ClaimDesk
