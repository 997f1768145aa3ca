#pragma once

#include "core/role.h"
#include "core/workingcalendar.h"
#include "models/caseactions.h"
#include "models/casefilter.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace lapor {

class CaseListModel;
class CaseView;
class CaseRepository;
class Database;
class InboxLookup;
class Profile;
class QuarantineNotice;
class SavedViewRepository;
class ViewListModel;
class WorkingCalendar;

// The officer's desk: views on the left, the case list in the middle, the case
// workspace on the right, and the connection and sync state in the status bar. It reads
// only the local store, through models and repositories.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Profile &profile, Database &db, const WorkingCalendar &calendar,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the window with the person's saved layout; on their first start it fills the
    // screen, maximised below DeskLayout::kMaximiseBelow pixels of width.
    void showForPerson();

    CaseListModel *caseModel() const { return m_model; }
    ViewListModel *viewModel() const { return m_views; }
    CaseView *caseView() const;
    // "Sinkron sekarang" (F5); the sync code connects to it and enables it.
    QAction *syncAction() const;
    // Where sync indicators and banners go; the status bar today.
    QWidget *statusArea() const;
    // "N catatan dari hub tidak dapat dibaca", above the inbox while there are any.
    QuarantineNotice *quarantineNotice() const { return m_quarantineNotice; }

    QString currentViewKey() const;
    bool selectView(const QString &key);
    // The filter the list shows now: view, filter bar and search box together. While the
    // user types, a last word of one letter is left out until the second letter arrives
    // (docs/inbox.md); `complete` includes it.
    CaseFilter effectiveFilter(bool complete = false) const;
    // What the typing pause would do, without waiting for it.
    void applySearchNow();
    // Saved views, also reachable from the menus; the name dialogs are skipped when a
    // name is given (tests, scripts).
    bool saveCurrentView(const QString &name = QString());
    bool renameCurrentView(const QString &name = QString());
    bool deleteCurrentView(bool confirm = true);
    // Re-reads cases and counts, e.g. after a sync.
    void refresh();
    // Shows a case in the workspace (from a notification, the outbox, a dashboard figure);
    // false when the store does not hold it.
    bool openCase(qint64 trackingId);
    // Who works at this desk: "Milik saya", approver views and case actions follow it.
    void setUser(const QString &userId, Role role);
    // The agency's working-day calendar: zone and holidays, as the hub last said.
    void setCalendar(const WorkingCalendar &calendar);
    const WorkingCalendar &calendar() const { return m_calendar; }
    QString userId() const { return m_userId; }
    Role role() const { return m_role; }

signals:
    void syncRequested();
    // The user saved the preferences dialog.
    void preferencesChanged();
    // An action from the case workspace whose work belongs elsewhere (drafting, notes).
    void caseActionRequested(lapor::CaseAction action, qint64 trackingId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupList();
    void setupViews();
    void connectActions();
    void retranslate();
    void updateEmptyState();
    void updateFilterButton();
    void showCase(qint64 trackingId);
    void applyFilter();
    void onViewSelected(const QString &key);
    // `external`: reloaded by someone else (a sync), so counts and the open case may be stale.
    void onModelReset(bool external);
    void onCaseAction(CaseAction action, qint64 trackingId);
    void ensureFilterOptions();
    void showPreferences();
    void showAbout();
    void restoreState();
    void saveState();
    // Sidebar, list and case pane for the splitter's width (DeskLayout::splitterSizes).
    void splitForWidth();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Profile &m_profile;
    Database &m_db;
    WorkingCalendar m_calendar;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<SavedViewRepository> m_savedViews;
    std::unique_ptr<InboxLookup> m_lookup;
    CaseListModel *m_model = nullptr;
    ViewListModel *m_views = nullptr;
    QuarantineNotice *m_quarantineNotice = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_countTimer = nullptr;
    QList<QAction *> m_viewActions;
    QMenu *m_caseMenu = nullptr;
    InboxView m_baseView = InboxView::All;
    QString m_userId;
    Role m_role = Role::Officer;
    qint64 m_currentCase = 0;
    bool m_applying = false;
    bool m_splittersRestored = false;
    bool m_savedGeometry = false;
    // No saved split: sizes follow the window until the person drags a handle.
    bool m_autoSplit = false;
    bool m_completeSearch = false; // Enter was pressed: search every word as typed
};

} // namespace lapor
