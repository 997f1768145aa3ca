#include "backoff.h"

#include <algorithm>

namespace lapor {

Backoff::Backoff(int baseMs, int capMs, quint32 seed)
    : m_baseMs(baseMs)
    , m_capMs(capMs)
    , m_random(seed ? seed : QRandomGenerator::global()->generate())
{ }

int Backoff::nextDelayMs(int retryAfterSeconds)
{
    const int shift = std::min(m_failures, 20);
    ++m_failures;
    const qint64 ceiling = std::min<qint64>(m_capMs, qint64(m_baseMs) << shift);
    const qint64 jittered = ceiling > m_baseMs
        ? m_baseMs + qint64(m_random.bounded(quint32(ceiling - m_baseMs + 1)))
        : ceiling;
    const qint64 floor = retryAfterSeconds > 0 ? qint64(retryAfterSeconds) * 1000 : 0;
    return int(std::max(jittered, floor));
}

} // namespace lapor
