#include "LlmLog.h"

#include <QRegularExpression>

namespace ClaimDesk {

Q_LOGGING_CATEGORY(lcLlm, "claimdesk.llm", QtInfoMsg)

namespace LlmLog {

bool isSecretHeader(const QByteArray& name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "x-api-key" || n == "api-key" || n == "proxy-authorization"
        || n == "cookie";
}

QString redactedHeaders(const QNetworkRequest& request)
{
    QStringList lines;
    for (const QByteArray& name : request.rawHeaderList()) {
        const QByteArray value
            = isSecretHeader(name) ? QByteArrayLiteral("[redacted]") : request.rawHeader(name);
        lines << QString::fromLatin1(name + ": " + value);
    }
    return lines.join(u'\n');
}

QString withoutSecrets(QString text, const QString& key)
{
    if (key.size() >= 4)
        text.replace(key, QStringLiteral("[redacted]"));
    static const QRegularExpression named(
        QStringLiteral(
            R"((authorization|proxy-authorization|x-api-key|api-key|api_key|apikey)(["']?\s*[:=]\s*["']?))"
            R"((?:bearer\s+|basic\s+)?[^\s"',}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(named, QStringLiteral("\\1\\2[redacted]"));
    static const QRegularExpression bearer(QStringLiteral(R"(\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,})"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, QStringLiteral("\\1 [redacted]"));
    return text;
}

} // namespace LlmLog
} // namespace ClaimDesk
