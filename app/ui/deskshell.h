#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;

namespace lapor {

class AttachmentFetcher;
class Database;
class MainWindow;
class Profile;
class SyncController;
class SyncLogDialog;
class TrainingHub;

// Connects the main window to the hub: the sync indicator and log, the sign-in dialog,
// the Sinkronisasi menu, and training mode (a local laporhub with sample data).
class DeskShell : public QObject
{
    Q_OBJECT

public:
    DeskShell(MainWindow &window, Profile &profile, Database &db, QObject *parent = nullptr);
    ~DeskShell() override;

    SyncController &controller() { return *m_controller; }

    // Restores a kept session; without one the window stays usable offline.
    void resume();
    // Training: starts the local hub, signs in as petugas1 and syncs.
    bool startTraining(QString *error);

    // A reset asked for in the previous run wipes the training profile before anything
    // opens it. True when it did.
    static bool consumeTrainingReset(const QString &profileDir);

    static constexpr const char *kTrainingUser = "petugas1";
    static constexpr const char *kTrainingPassword = "latihan";

private:
    void addMenus();
    void addTrainingBanner();
    void showLogin();
    void showLog();
    void resetTraining();
    void onSyncFinished(bool ok);
    void updateFetcher();
    // True when the calendar changed (and the window re-read everything).
    bool updateCalendar();

    MainWindow &m_window;
    Profile &m_profile;
    Database &m_db;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<TrainingHub> m_trainingHub;
    std::unique_ptr<AttachmentFetcher> m_fetcher;
    QPointer<SyncLogDialog> m_log;
    bool m_signedIn = false; // as last seen on statusChanged
    QAction *m_loginAction = nullptr;
    QAction *m_logoutAction = nullptr;
};

} // namespace lapor
