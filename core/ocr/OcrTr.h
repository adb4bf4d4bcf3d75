#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of ocr/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct OcrTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Ocr)
};

} // namespace ClaimDesk
