#pragma once

#include "core/workingcalendar.h"
#include "reports/notificationfeed.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace lapor {

class Database;

// Shows the notification feed: a bell button with the recent events (for the status bar)
// and, where the desktop has one, the system tray. Each event opens its case; each kind
// can be switched off (settings: notifications/<kind>, default on). What was already seen
// is kept in `statePath` so a restart does not repeat old events.
class Notifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 60 * 1000;
    static constexpr int kRecentLimit = 30;

    Notifier(Database &db, const WorkingCalendar &calendar, QSettings &settings,
             const FeedUser &user, const QString &statePath, QObject *parent = nullptr);
    ~Notifier() override;

    QToolButton *button() const { return m_button; }
    QMenu *menu() const { return m_menu; }
    // Checks every minute from now on; the first check runs at once.
    void start();
    void setNow(const QDateTime &now) { m_fixedNow = now; }
    void setUser(const FeedUser &user);

    bool isEnabled(NotificationKind kind) const;
    void setEnabled(NotificationKind kind, bool enabled);
    QList<Notification> recent() const { return m_recent; }
    int unseen() const { return m_unseen; }
    // The text of the last desktop message, also where the desktop has no tray.
    QString lastMessage() const { return m_lastMessage; }
    bool isLocked() const { return m_locked; }

public slots:
    // While the desk is locked, the tray message and the menu say how many events there
    // are, never which case; the message opens nothing.
    void setLocked(bool locked);

    // New events since the last check, after the per-kind switches; they are also shown.
    QList<Notification> checkNow();

signals:
    void openCaseRequested(const QString &trackingId);
    void notified(const QList<Notification> &events);

private:
    void rebuildMenu();
    void updateButton();
    void saveState() const;

    NotificationFeed m_feed;
    QSettings &m_settings;
    FeedUser m_user;
    QString m_statePath;
    FeedState m_state;
    QDateTime m_fixedNow;
    QList<Notification> m_recent; // newest first
    int m_unseen = 0;
    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_kindsMenu = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    qint64 m_lastShown = 0;
    QString m_lastMessage;
    bool m_locked = false;
};

} // namespace lapor
