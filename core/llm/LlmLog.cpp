#include "LlmLog.h"

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

} // namespace LlmLog
} // namespace ClaimDesk
