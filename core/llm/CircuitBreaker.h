#pragma once

#include "util/Clock.h"

#include <QDateTime>

namespace ClaimDesk {

// Stops calling a model server that keeps failing. Closed: calls go through.
// After `threshold` consecutive failures it opens: calls fail at once, without
// touching the network, for `cooldownMs`. Then it is half-open: one probe call is
// let through; its success closes the circuit, its failure opens it again.
class CircuitBreaker final
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };

    CircuitBreaker(int threshold, int cooldownMs, Clock clock = systemClock());

    // Asks to make a call. False while open, and while half-open once the probe is out.
    bool allowRequest();
    void recordSuccess();
    void recordFailure();
    // A call that ended without telling anything about the server (cancelled):
    // a probe that was out may be sent again.
    void recordAbandoned();

    State state() const;
    // How long until a probe is allowed (0 unless open).
    qint64 msUntilProbe() const;

private:
    int m_threshold;
    int m_cooldownMs;
    Clock m_clock;
    int m_failures = 0;
    bool m_open = false;
    bool m_probeOut = false;
    QDateTime m_openedAt;
};

} // namespace ClaimDesk
