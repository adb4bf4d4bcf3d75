#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of mail/ (what is not a QObject translates
// through it).
struct MailTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Mail)
};

} // namespace ClaimDesk
