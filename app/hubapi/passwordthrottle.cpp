#include "passwordthrottle.h"

#include <QSettings>

namespace lapor {

namespace {
const QString kFailures = QStringLiteral("offlinePassword/failures");
const QString kLastFailure = QStringLiteral("offlinePassword/lastFailureAt");
} // namespace

PasswordThrottle::PasswordThrottle(QSettings &settings)
    : m_settings(settings)
{ }

int PasswordThrottle::failures() const
{
    return qMax(0, m_settings.value(kFailures, 0).toInt());
}

qint64 PasswordThrottle::waitAfter(int failures)
{
    if (failures < kFreeTries)
        return 0;
    qint64 wait = kFirstWaitSeconds;
    for (int i = kFreeTries; i < failures && wait < kMaxWaitSeconds; ++i)
        wait *= 2;
    return qMin(wait, kMaxWaitSeconds);
}

qint64 PasswordThrottle::secondsToWait(const QDateTime &now) const
{
    const qint64 step = waitAfter(failures());
    if (step == 0)
        return 0;
    const QDateTime last
        = QDateTime::fromString(m_settings.value(kLastFailure).toString(), Qt::ISODateWithMs);
    // A count without its time (an edited file) waits the whole step.
    const qint64 elapsedMs = last.isValid() ? qMax<qint64>(0, last.msecsTo(now)) : 0;
    const qint64 leftMs = step * 1000 - elapsedMs;
    return leftMs <= 0 ? 0 : (leftMs + 999) / 1000;
}

void PasswordThrottle::recordFailure(const QDateTime &now)
{
    m_settings.setValue(kFailures, failures() + 1);
    m_settings.setValue(kLastFailure, now.toUTC().toString(Qt::ISODateWithMs));
    m_settings.sync();
}

void PasswordThrottle::reset()
{
    if (!m_settings.contains(kFailures) && !m_settings.contains(kLastFailure))
        return;
    m_settings.remove(kFailures);
    m_settings.remove(kLastFailure);
    m_settings.sync();
}

} // namespace lapor
