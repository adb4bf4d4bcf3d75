#pragma once

#include "llm/LlmTypes.h"
#include "llm/ProviderConfig.h"
#include "llm/SseParser.h"
#include "util/Result.h"

#include <QNetworkRequest>
#include <memory>

namespace ClaimDesk {

// What a model API answered, read out of its own format.
struct ParsedReply
{
    QString text;
    QString model;
    int tokensIn = 0;
    int tokensOut = 0;
};

// The wire format of one model API: how a request is written and how replies,
// streamed or whole, are read. The transport (timeouts, retries, the circuit
// breaker) is LlmCall's and the same for every format.
class ApiFormat
{
public:
    virtual ~ApiFormat() = default;
    // The format the configured provider speaks (null for offline).
    static std::unique_ptr<ApiFormat> create(ProviderKind kind);

    // URL and headers, the key included (LlmLog redacts it when logging); a
    // streamed request accepts text/event-stream.
    virtual QNetworkRequest request(
        const ProviderConfig& config, const QString& apiKey, bool stream) const = 0;
    virtual QByteArray body(const LlmRequest& request, const ProviderConfig& config) const = 0;
    // A whole, non-streamed reply body; fails with a message when it is not this API's.
    virtual Result<ParsedReply> parseReply(const QByteArray& body) const = 0;

    // One event of a streamed reply, folded into `reply`.
    struct StreamStep
    {
        QString delta; // text to show now (may be empty)
        bool done = false; // the stream said it is complete
        QString error; // the stream reported an error
    };
    virtual StreamStep parseEvent(const SseEvent& event, ParsedReply& reply) const = 0;

    // The message in an error body ({"error": {"message": ...}} in both APIs), or
    // the start of the body when it has none.
    static QString errorMessage(const QByteArray& body);
};

// OpenAI chat completions; also Azure OpenAI (api-key header) and the
// OpenAI-compatible local servers.
class OpenAiFormat final : public ApiFormat
{
public:
    explicit OpenAiFormat(bool azure)
        : m_azure(azure)
    { }
    QNetworkRequest request(
        const ProviderConfig& config, const QString& apiKey, bool stream) const override;
    QByteArray body(const LlmRequest& request, const ProviderConfig& config) const override;
    Result<ParsedReply> parseReply(const QByteArray& body) const override;
    StreamStep parseEvent(const SseEvent& event, ParsedReply& reply) const override;

private:
    bool m_azure;
};

// Anthropic Messages. A schema is asked for through a forced tool call, whose
// input is the answer.
class AnthropicFormat final : public ApiFormat
{
public:
    QNetworkRequest request(
        const ProviderConfig& config, const QString& apiKey, bool stream) const override;
    QByteArray body(const LlmRequest& request, const ProviderConfig& config) const override;
    Result<ParsedReply> parseReply(const QByteArray& body) const override;
    StreamStep parseEvent(const SseEvent& event, ParsedReply& reply) const override;
};

} // namespace ClaimDesk
