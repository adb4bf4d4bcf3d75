#pragma once

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QString>

namespace ClaimDesk {

// Model calls log under "claimdesk.llm": one INFO line per call (operation,
// model, tokens, latency, outcome; never prompt or answer text) and, at DEBUG,
// the request line and headers with every credential redacted.
Q_DECLARE_LOGGING_CATEGORY(lcLlm)

namespace LlmLog {

// True for headers that carry a credential (Authorization, x-api-key, api-key,
// Proxy-Authorization, Cookie).
bool isSecretHeader(const QByteArray& name);
// "Name: value" lines of the request's headers, credentials as "[redacted]".
QString redactedHeaders(const QNetworkRequest& request);

} // namespace LlmLog
} // namespace ClaimDesk
