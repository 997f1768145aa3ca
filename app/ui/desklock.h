#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QWidget;

namespace lapor {

class HubAccount;
class LockScreen;
class MainWindow;
class Notifier;
class Profile;

// Locks the desk after a time without keyboard or mouse input (Preferences::lockMinutes,
// watched by an application-wide event filter) or at once (Berkas → Kunci sekarang,
// Ctrl+Shift+L). While locked no case data is on screen: the main window and every modal
// dialog show only their LockScreen or a plain cover, other windows are hidden, window
// titles read "LAPOR Desk — Terkunci", and no input reaches anything but the lock screen.
// The lock is kept in settings.ini, so a desk closed while locked starts locked.
//
// Unlocking takes the user's password, checked offline by OfflineVerifier and slowed by
// PasswordThrottle after wrong tries. Without a verifier (no password sign-in on this PC
// since this version) the password is checked once with the hub, and the verifier is kept
// from then on; with no account in the profile there is nothing to check, and only
// "Masuk sebagai pengguna lain" leads on (docs/privacy.md, "Lock").
class DeskLock : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Idle, Manual, Restart };
    enum class Outcome {
        Unlocked,
        Wrong, // counted by the throttle
        Waiting, // not tried: the throttle's wait has not passed
        Checking, // sent to the hub; lockedChanged() tells when it opens
        Refused, // not tried: nothing to check it against, or no password typed
    };
    Q_ENUM(Reason)
    Q_ENUM(Outcome)
    using Clock = std::function<QDateTime()>;

    DeskLock(MainWindow &window, Profile &profile, QObject *parent = nullptr);
    ~DeskLock() override;

    bool isLocked() const { return m_locked; }
    QAction *lockAction() const { return m_action; }
    LockScreen *lockScreen();

    // Time without input before the desk locks itself; zero never. Follows the
    // preferences when they are saved; tests set a short one.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    // The wall clock the wait between wrong tries is counted by.
    void setClock(Clock clock);
    // While locked the notifier names no case (Notifier::setLocked).
    void coverNotifications(Notifier *notifier);

    void lock(Reason reason = Reason::Manual);
    Outcome tryUnlock(const QString &password);
    // Before the next try may go ahead; 0 when it may now.
    qint64 secondsToWait() const;
    // Ends the lock without a password. Only for a handler of signOutRequested(), once
    // another sign-in has replaced the session.
    void release();

signals:
    void lockedChanged(bool locked);
    // "Masuk sebagai pengguna lain". The lock stays up while handlers run; windows they
    // show (a sign-in dialog, which must show no case data) are left uncovered and take
    // input. A handler calls release() when someone has signed in.
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What locking did to one top-level window, to be undone on unlock.
    struct Shield
    {
        QPointer<QWidget> window;
        QString title;
        bool hiddenWhole = false; // a window without a modal loop: hidden as a whole
        QList<QPointer<QWidget>> hiddenChildren; // otherwise its content is hidden
        QPointer<QWidget> cover; // shown where the lock screen is not
        bool resized = false; // made larger to hold the lock screen
        QSize minimumSize, maximumSize, size;
    };

    void addLockAction();
    void applyPreferences();
    void onIdleTimer();
    void armIdle();
    Shield *findShield(const QObject *window);
    void shield(QWidget *window, bool atLock);
    void hideContent(Shield &shield);
    void rehost();
    void restoreSize(Shield &shield);
    void onShown(QWidget *widget);
    void onHostHidden(QWidget *window);
    void fitOverlay(QWidget *window);
    void keepTitle(QWidget *window);
    bool reachable(QObject *receiver, const QEvent *event) const;
    bool isExempt(const QWidget *window) const;
    void finishUnlock();
    void signOut();
    void checkOnline(const QString &password);
    void showState(const QString &message = QString());
    void updateWait();
    QString hint() const;
    QString waitText(qint64 seconds) const;
    QString reasonText(Reason reason) const;
    QString lockedTitle() const;
    QDateTime now() const { return m_clock(); }

    MainWindow &m_window;
    Profile &m_profile;
    QAction *m_action = nullptr;
    QPointer<LockScreen> m_screen;
    std::vector<Shield> m_shields;
    QList<QPointer<QWidget>> m_exempt;
    QPointer<QWidget> m_focusBefore;
    std::unique_ptr<HubAccount> m_online;
    Clock m_clock;
    QTimer m_idleTimer;
    QTimer m_tick; // the countdown while a try must wait
    QElapsedTimer m_sinceInput;
    std::chrono::milliseconds m_idleTimeout { 0 };
    Reason m_reason = Reason::Manual;
    bool m_locked = false;
    bool m_checking = false;
    bool m_signingOut = false;
};

} // namespace lapor
