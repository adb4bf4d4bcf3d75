#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <functional>
#include <optional>

namespace ClaimDesk {

// When a failed model call is worth another attempt, and how long to wait.
class RetryPolicy final
{
public:
    // `random` gives numbers in [0, 1) for the jitter; the default is
    // QRandomGenerator. Tests pass a fixed one.
    explicit RetryPolicy(int baseMs, int maxMs, std::function<double()> random = {});

    // 408, 409, 429 and 5xx are retried; other statuses are answers.
    static bool isRetryableStatus(int httpStatus);
    // Connection refused, reset, timed out, DNS, TLS handshake trouble and the
    // like; not "operation cancelled" (that was us).
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);

    // The wait before attempt `attempt` + 1 (attempt counts from 1): exponential
    // from the base, capped, with "full jitter" in the upper half so that many
    // clients do not retry in step: base * 2^(attempt-1) * (0.5 + random/2).
    int backoffMs(int attempt) const;

    // Retry-After as delta-seconds ("120") or an HTTP date; nullopt when absent
    // or unreadable. A date in the past gives 0.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);

private:
    int m_baseMs;
    int m_maxMs;
    std::function<double()> m_random;
};

} // namespace ClaimDesk
