#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ClaimDesk {

// What a model call was for; each ledger row names one.
enum class LlmOperation
{
    Chat,
    Categorization,
    Extraction,
    Summary,
    DecisionAgent,
    Policy,
    Embedding // the policy library's vectors (LlmEmbeddingProvider)
};
QString operationCode(LlmOperation operation); // "chat", "extraction", ...

// An image sent along with a message (vision).
struct LlmImage
{
    QByteArray bytes;
    QString mimeType = QStringLiteral("image/png");
};

struct LlmMessage
{
    enum class Role
    {
        User,
        Assistant
    };
    Role role = Role::User;
    QString text;
    QList<LlmImage> images; // user messages only
};

// One request to a model. Instructions go in `system`; anything that came from a
// customer, a document or OCR goes in the messages, wrapped by untrustedData().
struct LlmRequest
{
    LlmOperation operation = LlmOperation::Chat;
    QString claimId; // for the ledger; may be empty
    QString promptVersion; // for the ledger: which prompt produced the answer
    QString system;
    QList<LlmMessage> messages;
    // When set, the answer must be one JSON value matching this schema (the
    // subset JsonSchema checks); the call validates it and retries once with the
    // error before giving up.
    QJsonObject schema;
    QString schemaName = QStringLiteral("answer");
    int maxTokens = 1024;
    double temperature = 0.1;
    bool stream = false; // deliver text as it comes (LlmCall::textDelta)
    int totalTimeoutMs = 0; // 0 = the provider's total timeout
};

// Why a call ended without an answer.
enum class LlmFailure
{
    None,
    Offline, // no provider configured
    NoKey,
    CircuitOpen,
    Network,
    Timeout,
    Http, // a status the call does not retry (400, 401, 404, ...), or retries ran out
    BadReply, // not the API's format, or cut short
    SchemaMismatch, // valid API reply, but the answer did not fit the schema twice
    Cancelled
};
QString failureCode(LlmFailure failure); // the ledger's outcome: "ok" for None

struct LlmOutcome
{
    LlmFailure failure = LlmFailure::None;
    QString error; // translated, names what went wrong
    QString text; // the answer (partial when a stream was cut and not resumed)
    QJsonValue json; // the validated answer, when the request had a schema
    QString model; // as the API reported it
    int tokensIn = 0;
    int tokensOut = 0;
    int attempts = 0;
    int httpStatus = 0;
    qint64 latencyMs = 0;

    bool ok() const { return failure == LlmFailure::None; }
};

// Wraps customer- or document-supplied text as data for a user message: inside
// <tag> ... </tag>, with any closing tag inside the text defused so that the data
// cannot end its own block and pose as instructions.
QString untrustedData(const QString& tag, const QString& text);

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::LlmOutcome)
