// A model's whole answer: both APIs' reply bodies, an error body, and the JSON
// found in an answer's text checked against a schema of the shape ours have.
#include "FuzzSupport.h"
#include "llm/ApiFormat.h"
#include "llm/JsonSchema.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ClaimDesk::Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)ClaimDesk::OpenAiFormat(false).parseReply(bytes);
    (void)ClaimDesk::AnthropicFormat().parseReply(bytes);
    (void)ClaimDesk::ApiFormat::errorMessage(bytes);
    static const QJsonObject schema = QJsonDocument::fromJson(R"({
        "type": "object", "additionalProperties": false, "required": ["items"],
        "properties": {"items": {"type": "array", "maxItems": 20, "items": {
            "type": "object", "required": ["amount"], "properties": {
                "amount": {"type": "number", "minimum": 0, "maximum": 1000000},
                "name": {"type": ["string", "null"], "maxLength": 200},
                "kind": {"enum": ["a", "b"]}}}}}})")
                                          .object();
    if (const auto answer = ClaimDesk::JsonSchema::parseAnswer(QString::fromUtf8(bytes)))
        (void)ClaimDesk::JsonSchema::check(*answer, schema);
    return 0;
}
