#include "CircuitBreaker.h"

#include <algorithm>

namespace ClaimDesk {

CircuitBreaker::CircuitBreaker(int threshold, int cooldownMs, Clock clock)
    : m_threshold(std::max(1, threshold))
    , m_cooldownMs(std::max(0, cooldownMs))
    , m_clock(std::move(clock))
{ }

CircuitBreaker::State CircuitBreaker::state() const
{
    if (!m_open)
        return State::Closed;
    return msUntilProbe() > 0 ? State::Open : State::HalfOpen;
}

qint64 CircuitBreaker::msUntilProbe() const
{
    if (!m_open)
        return 0;
    return std::max<qint64>(0, m_cooldownMs - m_openedAt.msecsTo(m_clock()));
}

bool CircuitBreaker::allowRequest()
{
    switch (state()) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeOut)
            return false;
        m_probeOut = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_probeOut = false;
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    if (m_open || m_failures >= m_threshold) {
        // A failed probe (or the threshold reached) opens it for a new cool-down.
        m_open = true;
        m_probeOut = false;
        m_openedAt = m_clock();
    }
}

void CircuitBreaker::recordAbandoned()
{
    m_probeOut = false;
}

} // namespace ClaimDesk
