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
// `text` (a server's error body, a message made of it) without `key` anywhere in
// it and without the value of any credential it names (Authorization: ...,
// "api-key": "...", Bearer ..., x-api-key=...): a server or proxy that echoes the
// request must not put the key on the screen, in --json output or in the book.
QString withoutSecrets(QString text, const QString& key);

} // namespace LlmLog
} // namespace ClaimDesk
