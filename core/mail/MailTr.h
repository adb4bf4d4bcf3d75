#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of mail/: every text of the folder, QObjects' too,
// through it).
struct MailTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Mail)
};

} // namespace ClaimDesk
