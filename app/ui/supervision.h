#pragma once

#include "core/workingcalendar.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace lapor {

class Database;
class DashboardWindow;
class MainWindow;
class Notifier;
class Profile;

// Supervision in the desk: the Dasbor action (Ctrl+D) in the Tampilan menu, and the
// notifier with its bell in the status bar. Both open cases in the main window.
class Supervision : public QObject
{
    Q_OBJECT

public:
    Supervision(MainWindow &window, Profile &profile, Database &db, QObject *parent = nullptr);
    ~Supervision() override;

    QAction *dashboardAction() const { return m_action; }
    Notifier *notifier() const { return m_notifier; }
    DashboardWindow *showDashboard();

private:
    void openCase(const QString &trackingId);

    MainWindow &m_window;
    Profile &m_profile;
    Database &m_db;
    WorkingCalendar m_calendar;
    QAction *m_action = nullptr;
    Notifier *m_notifier = nullptr;
    QPointer<DashboardWindow> m_dashboard;
};

} // namespace lapor
