#pragma once

#include <QDateTime>
#include <functional>

namespace ClaimDesk {

// Where "now" comes from. Rules and storage take a Clock so tests and batch
// jobs can fix the time; only the application's edges use the system clock.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

inline Clock fixedClock(const QDateTime& at)
{
    return [at] { return at; };
}

} // namespace ClaimDesk
