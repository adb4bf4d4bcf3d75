#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ClaimDesk {

// One model call as the ledger keeps it (table llm_usage). No prompt or answer
// text: the ledger is for money and reliability, not content.
struct LlmUsage
{
    QDateTime at;
    QString operation; // operationCode()
    QString claimId; // empty when the call was not about one claim
    QString model;
    QString promptVersion;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 costMicros = 0; // micro-units of the price table's currency
    qint64 latencyMs = 0;
    QString outcome; // failureCode(): "ok", "timeout", ...
};

// Sums over a set of calls.
struct UsageTotals
{
    QString key; // the operation, claim or bucket start (ISO) the row is for
    qint64 calls = 0;
    qint64 failures = 0; // outcome other than "ok"
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 costMicros = 0;
    qint64 latencyMs = 0; // summed; divide by calls for the mean
};

// The periods the ledger's series is summed by.
enum class UsageBucket
{
    Hour,
    Day,
    Week, // starting Monday
    Month,
    Year
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::LlmUsage)
