#include "ApiFormat.h"

#include "llm/LlmTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimDesk {

namespace {

QNetworkRequest jsonRequest(const QUrl& url, bool stream)
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Accept", stream ? "text/event-stream" : "application/json");
    r.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return r;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(
            LlmTr::tr("the model server's reply is not JSON (%1)").arg(error.errorString()));
    return doc.object();
}

QString roleName(LlmMessage::Role role)
{
    return role == LlmMessage::Role::Assistant ? QStringLiteral("assistant")
                                               : QStringLiteral("user");
}

} // namespace

std::unique_ptr<ApiFormat> ApiFormat::create(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Offline:
        return nullptr;
    case ProviderKind::OpenAi:
        return std::make_unique<OpenAiFormat>(false);
    case ProviderKind::Azure:
        return std::make_unique<OpenAiFormat>(true);
    case ProviderKind::Anthropic:
        return std::make_unique<AnthropicFormat>();
    }
    return nullptr;
}

QString ApiFormat::errorMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue e = o.value(u"error");
    if (e.isObject() && e.toObject().value(u"message").isString())
        return e.toObject().value(u"message").toString().left(300);
    if (e.isString())
        return e.toString().left(300);
    return QString::fromUtf8(body.left(200)).simplified();
}

// ---- OpenAI --------------------------------------------------------------------

QNetworkRequest OpenAiFormat::request(
    const ProviderConfig& config, const QString& apiKey, bool stream) const
{
    QNetworkRequest r = jsonRequest(config.chatUrl(), stream);
    if (!apiKey.isEmpty()) {
        if (m_azure)
            r.setRawHeader("api-key", apiKey.toUtf8());
        else
            r.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    }
    return r;
}

QByteArray OpenAiFormat::body(const LlmRequest& request, const ProviderConfig& config) const
{
    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject { { QStringLiteral("role"), QStringLiteral("system") },
            { QStringLiteral("content"), request.system } });
    for (const LlmMessage& m : request.messages) {
        QJsonObject message { { QStringLiteral("role"), roleName(m.role) } };
        if (m.images.isEmpty()) {
            message.insert(QStringLiteral("content"), m.text);
        } else {
            QJsonArray parts;
            for (const LlmImage& image : m.images) {
                const QString url
                    = QStringLiteral("data:%1;base64,%2")
                          .arg(image.mimeType, QString::fromLatin1(image.bytes.toBase64()));
                parts.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("image_url") },
                    { QStringLiteral("image_url"),
                        QJsonObject { { QStringLiteral("url"), url } } } });
            }
            parts.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                { QStringLiteral("text"), m.text } });
            message.insert(QStringLiteral("content"), parts);
        }
        messages.append(message);
    }
    QJsonObject o { { QStringLiteral("model"), config.model },
        { QStringLiteral("messages"), messages },
        { QStringLiteral("max_tokens"), request.maxTokens },
        { QStringLiteral("temperature"), request.temperature } };
    if (request.stream) {
        o.insert(QStringLiteral("stream"), true);
        // Token counts arrive in a last chunk only when asked for.
        o.insert(QStringLiteral("stream_options"),
            QJsonObject { { QStringLiteral("include_usage"), true } });
    }
    if (!request.schema.isEmpty()) {
        o.insert(QStringLiteral("response_format"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("json_schema") },
                { QStringLiteral("json_schema"),
                    QJsonObject { { QStringLiteral("name"), request.schemaName },
                        { QStringLiteral("schema"), request.schema } } } });
    }
    return compact(o);
}

Result<ParsedReply> OpenAiFormat::parseReply(const QByteArray& body) const
{
    auto o = parseObject(body);
    if (!o)
        return Result<ParsedReply>::failure(o.errorDetail());
    const QJsonArray choices = o->value(u"choices").toArray();
    const QJsonValue content
        = choices.first().toObject().value(u"message").toObject().value(u"content");
    if (choices.isEmpty() || !content.isString())
        return Result<ParsedReply>::failure(
            LlmTr::tr("the model server's reply has no answer text"));
    ParsedReply r;
    r.text = content.toString();
    r.model = o->value(u"model").toString();
    const QJsonObject usage = o->value(u"usage").toObject();
    r.tokensIn = usage.value(u"prompt_tokens").toInt();
    r.tokensOut = usage.value(u"completion_tokens").toInt();
    return r;
}

ApiFormat::StreamStep OpenAiFormat::parseEvent(const SseEvent& event, ParsedReply& reply) const
{
    StreamStep step;
    if (event.data.trimmed() == "[DONE]") {
        step.done = true;
        return step;
    }
    const QJsonObject o = QJsonDocument::fromJson(event.data).object();
    if (o.contains(u"error")) {
        step.error = errorMessage(event.data);
        return step;
    }
    if (o.contains(u"model"))
        reply.model = o.value(u"model").toString();
    const QJsonObject choice = o.value(u"choices").toArray().first().toObject();
    step.delta = choice.value(u"delta").toObject().value(u"content").toString();
    reply.text += step.delta;
    if (o.value(u"usage").isObject()) {
        const QJsonObject usage = o.value(u"usage").toObject();
        reply.tokensIn = usage.value(u"prompt_tokens").toInt();
        reply.tokensOut = usage.value(u"completion_tokens").toInt();
    }
    return step;
}

// ---- Anthropic -----------------------------------------------------------------

QNetworkRequest AnthropicFormat::request(
    const ProviderConfig& config, const QString& apiKey, bool stream) const
{
    QNetworkRequest r = jsonRequest(config.chatUrl(), stream);
    r.setRawHeader("anthropic-version", "2023-06-01");
    if (!apiKey.isEmpty())
        r.setRawHeader("x-api-key", apiKey.toUtf8());
    return r;
}

QByteArray AnthropicFormat::body(const LlmRequest& request, const ProviderConfig& config) const
{
    QJsonArray messages;
    for (const LlmMessage& m : request.messages) {
        QJsonArray parts;
        for (const LlmImage& image : m.images) {
            parts.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("image") },
                { QStringLiteral("source"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("base64") },
                        { QStringLiteral("media_type"), image.mimeType },
                        { QStringLiteral("data"),
                            QString::fromLatin1(image.bytes.toBase64()) } } } });
        }
        parts.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
            { QStringLiteral("text"), m.text } });
        messages.append(QJsonObject {
            { QStringLiteral("role"), roleName(m.role) }, { QStringLiteral("content"), parts } });
    }
    QJsonObject o { { QStringLiteral("model"), config.model },
        { QStringLiteral("messages"), messages },
        { QStringLiteral("max_tokens"), request.maxTokens },
        { QStringLiteral("temperature"), request.temperature } };
    if (!request.system.isEmpty())
        o.insert(QStringLiteral("system"), request.system);
    if (request.stream)
        o.insert(QStringLiteral("stream"), true);
    if (!request.schema.isEmpty()) {
        o.insert(QStringLiteral("tools"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), request.schemaName },
                { QStringLiteral("description"), QStringLiteral("Give the answer.") },
                { QStringLiteral("input_schema"), request.schema } } });
        o.insert(QStringLiteral("tool_choice"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("tool") },
                { QStringLiteral("name"), request.schemaName } });
    }
    return compact(o);
}

Result<ParsedReply> AnthropicFormat::parseReply(const QByteArray& body) const
{
    auto o = parseObject(body);
    if (!o)
        return Result<ParsedReply>::failure(o.errorDetail());
    if (o->value(u"type").toString() == u"error")
        return Result<ParsedReply>::failure(errorMessage(body));
    const QJsonArray content = o->value(u"content").toArray();
    if (!o->value(u"content").isArray())
        return Result<ParsedReply>::failure(
            LlmTr::tr("the model server's reply has no answer text"));
    ParsedReply r;
    for (const QJsonValue& block : content) {
        const QJsonObject b = block.toObject();
        if (b.value(u"type").toString() == u"text")
            r.text += b.value(u"text").toString();
        else if (b.value(u"type").toString() == u"tool_use") // the schema's answer
            r.text = QString::fromUtf8(
                QJsonDocument(b.value(u"input").toObject()).toJson(QJsonDocument::Compact));
    }
    r.model = o->value(u"model").toString();
    const QJsonObject usage = o->value(u"usage").toObject();
    r.tokensIn = usage.value(u"input_tokens").toInt();
    r.tokensOut = usage.value(u"output_tokens").toInt();
    return r;
}

ApiFormat::StreamStep AnthropicFormat::parseEvent(const SseEvent& event, ParsedReply& reply) const
{
    StreamStep step;
    const QJsonObject o = QJsonDocument::fromJson(event.data).object();
    const QString type = o.value(u"type").toString(event.event);
    if (type == u"message_start") {
        const QJsonObject message = o.value(u"message").toObject();
        reply.model = message.value(u"model").toString();
        reply.tokensIn = message.value(u"usage").toObject().value(u"input_tokens").toInt();
    } else if (type == u"content_block_delta") {
        const QJsonObject delta = o.value(u"delta").toObject();
        if (delta.value(u"type").toString() == u"text_delta") {
            step.delta = delta.value(u"text").toString();
            reply.text += step.delta;
        } else if (delta.value(u"type").toString() == u"input_json_delta") {
            reply.text += delta.value(u"partial_json").toString();
        }
    } else if (type == u"message_delta") {
        reply.tokensOut = o.value(u"usage").toObject().value(u"output_tokens").toInt();
    } else if (type == u"message_stop") {
        step.done = true;
    } else if (type == u"error") {
        step.error = errorMessage(event.data);
    }
    return step;
}

} // namespace ClaimDesk
