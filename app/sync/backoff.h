#pragma once

#include <QRandomGenerator>

namespace lapor {

// Exponential back-off with full jitter: after the n-th consecutive failure wait a random
// time in [base, min(cap, base * 2^n)]. A hub's Retry-After is a floor, never shortened.
class Backoff
{
public:
    Backoff(int baseMs = 2000, int capMs = 15 * 60 * 1000, quint32 seed = 0);

    // The delay before the next attempt; counts this failure.
    int nextDelayMs(int retryAfterSeconds = -1);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_baseMs;
    int m_capMs;
    int m_failures = 0;
    QRandomGenerator m_random;
};

} // namespace lapor
