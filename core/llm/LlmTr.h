#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of llm/: every text of the folder, QObjects' too,
// translates through it, as Qt Creator gives each plugin its Tr.
struct LlmTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Llm)
};

} // namespace ClaimDesk
