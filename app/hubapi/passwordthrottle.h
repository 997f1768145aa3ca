#pragma once

#include <QDateTime>

class QSettings;

namespace lapor {

// How long a user waits before the next password try on this PC, after wrong ones: the
// first three tries are free, then 30 s, doubling with each further failure up to 15
// minutes. The count and the time of the last failure live in the profile's settings.ini
// beside the OfflineVerifier, so quitting the desk does not reset them, and every check
// of the same password (the lock screen, an offline sign-in) shares one count.
class PasswordThrottle
{
public:
    static constexpr int kFreeTries = 3;
    static constexpr qint64 kFirstWaitSeconds = 30;
    static constexpr qint64 kMaxWaitSeconds = 15 * 60;

    explicit PasswordThrottle(QSettings &settings);

    int failures() const;
    // Seconds before the next try may go ahead at `now`, rounded up; 0 when it may now. A
    // clock set back never makes the wait longer than the current step.
    qint64 secondsToWait(const QDateTime &now) const;
    // A wrong password at `now`. Synced at once: killing the app must not undo it.
    void recordFailure(const QDateTime &now);
    // The right password: the count starts again.
    void reset();

    // The wait that follows `failures` wrong tries in a row.
    static qint64 waitAfter(int failures);

private:
    QSettings &m_settings;
};

} // namespace lapor
