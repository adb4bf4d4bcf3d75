#pragma once

#include <QCoreApplication>

namespace ClaimDesk {

// The one translation context of llm/ (what is not a QObject translates
// through it), as Qt Creator gives each plugin its Tr.
struct LlmTr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimDesk::Llm)
};

} // namespace ClaimDesk
