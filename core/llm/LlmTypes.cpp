#include "LlmTypes.h"

namespace ClaimDesk {

QString operationCode(LlmOperation operation)
{
    switch (operation) {
    case LlmOperation::Chat:
        return QStringLiteral("chat");
    case LlmOperation::Categorization:
        return QStringLiteral("categorization");
    case LlmOperation::Extraction:
        return QStringLiteral("extraction");
    case LlmOperation::Summary:
        return QStringLiteral("summary");
    case LlmOperation::DecisionAgent:
        return QStringLiteral("decision_agent");
    case LlmOperation::Policy:
        return QStringLiteral("policy");
    case LlmOperation::Embedding:
        return QStringLiteral("embedding");
    }
    return QStringLiteral("chat");
}

QString failureCode(LlmFailure failure)
{
    switch (failure) {
    case LlmFailure::None:
        return QStringLiteral("ok");
    case LlmFailure::Offline:
        return QStringLiteral("offline");
    case LlmFailure::NoKey:
        return QStringLiteral("no_key");
    case LlmFailure::CircuitOpen:
        return QStringLiteral("circuit_open");
    case LlmFailure::Network:
        return QStringLiteral("network_error");
    case LlmFailure::Timeout:
        return QStringLiteral("timeout");
    case LlmFailure::Http:
        return QStringLiteral("http_error");
    case LlmFailure::BadReply:
        return QStringLiteral("bad_reply");
    case LlmFailure::SchemaMismatch:
        return QStringLiteral("schema_mismatch");
    case LlmFailure::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

QString untrustedData(const QString& tag, const QString& text)
{
    QString body = text;
    // "</tag" anywhere (any case) would close the block early; break it up.
    const QString closing = QStringLiteral("</") + tag;
    qsizetype at = 0;
    while ((at = body.indexOf(closing, at, Qt::CaseInsensitive)) >= 0) {
        body.replace(at, 2, QStringLiteral("< /"));
        at += closing.size() + 1;
    }
    return QStringLiteral("<%1>\n%2\n</%1>").arg(tag, body);
}

} // namespace ClaimDesk
