#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;

namespace lapor {

class AttachmentFetcher;
class Database;
class HubAccount;
class LoginDialog;
class MainWindow;
class Profile;
class SyncController;
class SyncLogDialog;

// Connects one person's main window to the hub: the sync indicator and log, signing in
// again when the session ended, the Sinkronisasi menu, and the training banner.
class DeskShell : public QObject
{
    Q_OBJECT

public:
    DeskShell(MainWindow &window, Profile &profile, Database &db, QObject *parent = nullptr);
    ~DeskShell() override;

    SyncController &controller() { return *m_controller; }

    // Restores a kept session; without one the window stays usable offline.
    void resume();
    // Starts with the account the person just signed in with.
    void adopt(std::unique_ptr<HubAccount> signedIn);
    // Training mode: the banner and Berkas → Atur ulang; `homeDir` is the training
    // ProfileHome, which a reset wipes.
    void showTraining(const QString &homeDir);

    // A reset asked for in the previous run wipes the training profile before anything
    // opens it. True when it did.
    static bool consumeTrainingReset(const QString &profileDir);

    static constexpr const char *kTrainingUser = "petugas1";
    static constexpr const char *kTrainingPassword = "latihan";

signals:
    // The person signed out of the hub: their data closes.
    void signedOut();

private:
    void addMenus();
    void showLogin();
    void showLog();
    void resetTraining();
    void onSyncFinished();
    void updateFetcher();
    // True when the calendar changed (and the window re-read everything).
    bool updateCalendar();

    MainWindow &m_window;
    Profile &m_profile;
    Database &m_db;
    std::unique_ptr<SyncController> m_controller;
    QString m_trainingHome; // empty outside training mode
    std::unique_ptr<AttachmentFetcher> m_fetcher;
    QPointer<SyncLogDialog> m_log;
    QPointer<LoginDialog> m_login; // while it is open
    bool m_signedIn = false; // as last seen on statusChanged
    QAction *m_loginAction = nullptr;
    QAction *m_logoutAction = nullptr;
};

} // namespace lapor
