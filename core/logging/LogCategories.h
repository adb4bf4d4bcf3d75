#pragma once

#include "logging/LogEntry.h"

#include <QLoggingCategory>

namespace ClaimDesk {

// Qt logging categories that feed the application log's categories. The model
// client's "claimdesk.llm" (lcLlm) is the "api" category.
Q_DECLARE_LOGGING_CATEGORY(lcChat) // claimdesk.chat
Q_DECLARE_LOGGING_CATEGORY(lcUpload) // claimdesk.upload
Q_DECLARE_LOGGING_CATEGORY(lcExtraction) // claimdesk.extraction
Q_DECLARE_LOGGING_CATEGORY(lcCategorization) // claimdesk.categorization
Q_DECLARE_LOGGING_CATEGORY(lcSystem) // claimdesk.system

namespace LogCategory {
// The log category of a message from Qt category `qtCategory`: ours map one to
// one; anything else is "system", or "error" when it is an error.
QString fromQt(const char* qtCategory, LogLevel level);
} // namespace LogCategory

} // namespace ClaimDesk
