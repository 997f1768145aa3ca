#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace lapor {

class CaseListModel;
class CaseRepository;
class Database;
class Profile;
class SyncState;
class WorkingCalendar;

// The officer's desk: the case list on the left, the case workspace on the right, and
// the connection and sync state in the status bar. It reads only the local store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Profile &profile, Database &db, const WorkingCalendar &calendar,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListModel *caseModel() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void retranslate();
    void updateEmptyState();
    void updateStatusBar();
    void showCase(qint64 trackingId);
    void onSearchChanged(const QString &text);
    void showPreferences();
    void showAbout();
    void restoreState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Profile &m_profile;
    Database &m_db;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<SyncState> m_syncState;
    CaseListModel *m_model = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    qint64 m_currentCase = 0;
};

} // namespace lapor
