#pragma once

#include "core/user.h"
#include "models/caseactions.h"
#include "store/relatedcases.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;

namespace lapor {

enum class OutboxKind; // store/outboxrepository.h

class ApprovalView;
class Database;
class DraftEditor;
class MainWindow;
class OutboxPanel;
class Profile;
class SyncController;

// The drafting work behind the case workspace's actions: opens the draft editor, the
// approval view and the small action dialogs for MainWindow::caseActionRequested, keeps
// the outbox panel (Tampilan → Kotak keluar, Ctrl+Shift+O), pushes the outbox when a
// session exists, and offers Berkas → Ganti pengguna. After every action the list and the
// open case are read again from the store.
class CaseActionController : public QObject
{
    Q_OBJECT

public:
    // `sync` may be null (tests, or a desk without a hub): then nothing is pushed and
    // the user comes from the profile's settings.
    CaseActionController(MainWindow &window, Profile &profile, Database &db, SyncController *sync,
                         QObject *parent = nullptr);
    ~CaseActionController() override;

    User user() const;
    OutboxPanel *outboxPanel() const { return m_panel; }
    QDockWidget *outboxDock() const { return m_dock; }
    QAction *outboxAction() const;
    QAction *switchUserAction() const { return m_switchUser; }
    DraftEditor *editorFor(qint64 trackingId) const;
    ApprovalView *approvalView() const;

    // Opens (or raises) the editor for the case; null with a message in the status bar.
    DraftEditor *openEditor(qint64 trackingId);
    ApprovalView *openApproval(qint64 trackingId);
    void showCase(qint64 trackingId);
    // Sends the outbox now when signed in; the panel follows each entry.
    void pushNow();
    // Closes the editors (they save) and asks for the people picker.
    void switchUser();
    // "Laporan terkait": records the link as an internal note on `trackingId`, queued in
    // the outbox like any note, and sent when signed in.
    bool linkCase(qint64 trackingId, qint64 otherId, RelatedCases::Link link);
    // Opens the case's editor with `answer` (another case's) as its starting text.
    DraftEditor *startFromAnswer(qint64 trackingId, qint64 otherId, const QString &answer);

signals:
    void switchUserRequested();

private:
    void onCaseAction(CaseAction action, qint64 trackingId);
    void runDialog(int kind, qint64 trackingId);
    void onReview(qint64 trackingId, OutboxKind kind, const QString &entityId,
                  const QString &outboxId);
    void afterAction(qint64 trackingId, const QString &message);
    void updatePushState();
    void addMenus();

    MainWindow &m_window;
    Profile &m_profile;
    Database &m_db;
    QPointer<SyncController> m_sync;
    OutboxPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_switchUser = nullptr;
    QHash<qint64, QPointer<DraftEditor>> m_editors;
    QPointer<ApprovalView> m_approval;
};

} // namespace lapor
