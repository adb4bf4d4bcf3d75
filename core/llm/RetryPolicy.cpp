#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace ClaimDesk {

RetryPolicy::RetryPolicy(int baseMs, int maxMs, std::function<double()> random)
    : m_baseMs(std::max(1, baseMs))
    , m_maxMs(std::max(1, maxMs))
    , m_random(random ? std::move(random) : std::function<double()>([] {
        return QRandomGenerator::global()->generateDouble();
    }))
{ }

bool RetryPolicy::isRetryableStatus(int s)
{
    return s == 408 || s == 409 || s == 429 || (s >= 500 && s <= 599);
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

int RetryPolicy::backoffMs(int attempt) const
{
    const double exp = std::ldexp(double(m_baseMs), std::clamp(attempt - 1, 0, 30));
    const double capped = std::min(exp, double(m_maxMs));
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return int(std::lround(capped * (0.5 + r / 2)));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray& raw, const QDateTime& now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (English names always).
    QString text = QString::fromLatin1(value);
    text.remove(QStringLiteral(" GMT"));
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(at));
}

} // namespace ClaimDesk
