#include "caseactioncontroller.h"

#include "approvalview.h"
#include "caseactiondialog.h"
#include "caseview.h"
#include "core/identity.h"
#include "core/profile.h"
#include "drafteditor.h"
#include "errorbox.h"
#include "mainwindow.h"
#include "outboxpanel.h"
#include "relatedcasespanel.h"
#include "reports/notadinas.h"
#include "store/actionwriter.h"
#include "store/outboxrepository.h"
#include "sync/hubaccount.h"
#include "sync/synccontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace lapor {

CaseActionController::CaseActionController(MainWindow &window, Profile &profile, Database &db,
                                           SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profile(profile)
    , m_db(db)
    , m_sync(sync)
{
    m_panel = new OutboxPanel(db, &window);
    m_panel->setUser(user());
    m_dock = new QDockWidget(tr("Kotak keluar"), &window);
    m_dock->setObjectName(QStringLiteral("outboxDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    addMenus();

    connect(&window, &MainWindow::caseActionRequested, this, &CaseActionController::onCaseAction);
    connect(m_panel, &OutboxPanel::pushRequested, this, &CaseActionController::pushNow);
    connect(m_panel, &OutboxPanel::openCaseRequested, this, &CaseActionController::showCase);
    connect(m_panel, &OutboxPanel::reviewRequested, this, &CaseActionController::onReview);
    connect(m_panel, &OutboxPanel::changed, this, [this] { m_window.refresh(); });
    RelatedCasesPanel *related = window.caseView()->relatedPanel();
    connect(related, &RelatedCasesPanel::linkRequested, this, &CaseActionController::linkCase);
    connect(related, &RelatedCasesPanel::answerRequested, this,
            &CaseActionController::startFromAnswer);
    connect(related, &RelatedCasesPanel::openRequested, this, &CaseActionController::showCase);
    if (m_sync) {
        connect(m_sync, &SyncController::statusChanged, this, [this] {
            m_panel->setUser(user());
            updatePushState();
        });
        // Every sync pushes the outbox first: entries change state as they are sent, and
        // new hub state may settle conflicts or change what is allowed.
        connect(m_sync, &SyncController::outboxChanged, m_panel, &OutboxPanel::refreshEntry);
        connect(m_sync, &SyncController::syncFinished, this, [this] {
            m_panel->reload();
            if (const qint64 id = m_window.caseView()->trackingId())
                m_window.caseView()->showCase(id);
        });
    }
    updatePushState();
}

CaseActionController::~CaseActionController() = default;

User CaseActionController::user() const
{
    if (m_sync)
        return m_sync->account().user();
    return Identity::load(m_profile.settings()).user();
}

DraftEditor *CaseActionController::editorFor(qint64 trackingId) const
{
    return m_editors.value(trackingId);
}

ApprovalView *CaseActionController::approvalView() const
{
    return m_approval;
}

QAction *CaseActionController::outboxAction() const
{
    return m_dock->toggleViewAction();
}

void CaseActionController::addMenus()
{
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Kotak keluar"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    toggle->setObjectName(QStringLiteral("actionOutbox"));
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_panel->reload();
    });
    m_switchUser = new QAction(tr("&Ganti pengguna…"), this);
    m_switchUser->setObjectName(QStringLiteral("actionSwitchUser"));
    m_switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_switchUser, &QAction::triggered, this, &CaseActionController::switchUser);
    if (auto *viewMenu = m_window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        viewMenu->addAction(toggle);
    } else {
        m_window.addAction(toggle);
    }
    if (auto *fileMenu = m_window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        const auto actions = fileMenu->actions();
        fileMenu->insertAction(actions.isEmpty() ? nullptr : actions.constLast(), m_switchUser);
        fileMenu->insertSeparator(actions.isEmpty() ? nullptr : actions.constLast());
    }
}

void CaseActionController::onCaseAction(CaseAction action, qint64 trackingId)
{
    switch (action) {
    case CaseAction::WriteFollowup:
        openEditor(trackingId);
        break;
    case CaseAction::ReviewDraft:
        openApproval(trackingId);
        break;
    case CaseAction::Forward:
        runDialog(int(CaseActionDialog::Kind::Forward), trackingId);
        break;
    case CaseAction::NotAuthority:
        runDialog(int(CaseActionDialog::Kind::NotAuthority), trackingId);
        break;
    case CaseAction::InternalNote:
        runDialog(int(CaseActionDialog::Kind::Note), trackingId);
        break;
    case CaseAction::MarkUnread:
        break; // the window does this itself
    }
}

DraftEditor *CaseActionController::openEditor(qint64 trackingId)
{
    if (DraftEditor *open = m_editors.value(trackingId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *editor = new DraftEditor(m_db, m_profile.dir(), user(), &m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!editor->openCase(trackingId, &error)) {
        delete editor;
        m_window.statusBar()->showMessage(error, 6000);
        return nullptr;
    }
    m_editors.insert(trackingId, editor);
    connect(editor, &QObject::destroyed, this,
            [this, trackingId] { m_editors.remove(trackingId); });
    connect(editor, &DraftEditor::saved, this, [this, trackingId] {
        // The list shows "Draf" once the first autosave created it.
        if (m_window.caseView()->trackingId() == trackingId)
            m_window.caseView()->showCase(trackingId);
    });
    connect(editor, &DraftEditor::submitted, this,
            [this](qint64 id, const QString &, int revision) {
                afterAction(id,
                            tr("Revisi %1 untuk laporan #%2 diajukan untuk persetujuan.")
                                .arg(revision)
                                .arg(id));
            });
    connect(editor, &DraftEditor::discarded, this, [this](qint64 id, const QString &) {
        afterAction(id, tr("Draf untuk laporan #%1 dibuang.").arg(id));
    });
    // Fits a 1366×768 screen with the main window behind it.
    editor->resize(qMin(900, m_window.width() - 40), qMin(640, m_window.height() - 40));
    editor->show();
    return editor;
}

ApprovalView *CaseActionController::openApproval(qint64 trackingId)
{
    if (m_approval)
        m_approval->close();
    auto *view = new ApprovalView(m_db, user(), &m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!view->openCase(trackingId, &error)) {
        delete view;
        m_window.statusBar()->showMessage(error, 6000);
        return nullptr;
    }
    m_approval = view;
    connect(view, &ApprovalView::decided, this,
            [this](qint64 id, const QString &draftId, int revision, bool approved) {
                QString message = approved
                    ? tr("Revisi %1 laporan #%2 disetujui.").arg(revision).arg(id)
                    : tr("Revisi %1 laporan #%2 dikembalikan ke penulis.").arg(revision).arg(id);
                // The nota dinas is made here, offline, as the decision is taken. The decision
                // stands without it; the reason is shown and the memo can be made later.
                QString why;
                const auto memo = NotaDinas::make(m_db, m_profile.dir(), m_profile.settings(),
                                                  NotaDinas::latestDecision(m_db, draftId), &why);
                if (memo)
                    message += QLatin1Char(' ') + tr("Nota dinas %1 dibuat.").arg(memo->number);
                else
                    message += QLatin1Char(' ') + tr("Nota dinas belum dibuat: %1").arg(why);
                afterAction(id, message);
            });
    view->resize(qMin(900, m_window.width() - 40), qMin(640, m_window.height() - 40));
    view->show();
    return view;
}

void CaseActionController::runDialog(int kind, qint64 trackingId)
{
    CaseActionDialog dialog(CaseActionDialog::Kind(kind), m_db, user(), trackingId, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString message;
    switch (CaseActionDialog::Kind(kind)) {
    case CaseActionDialog::Kind::Forward:
        message = tr("Disposisi laporan #%1 disimpan dan akan dikirim ke hub.").arg(trackingId);
        break;
    case CaseActionDialog::Kind::NotAuthority:
        message = tr("Laporan #%1 dikembalikan sebagai bukan wewenang; menunggu dikirim.")
                      .arg(trackingId);
        break;
    case CaseActionDialog::Kind::Note:
        message = tr("Catatan internal untuk laporan #%1 disimpan.").arg(trackingId);
        break;
    }
    afterAction(trackingId, message);
}

bool CaseActionController::linkCase(qint64 trackingId, qint64 otherId, RelatedCases::Link link)
{
    const ActionResult result
        = ActionWriter(m_db, user()).addNote(trackingId, RelatedCases::linkNote(link, otherId));
    if (!result) {
        ErrorBox::warnAbout(&m_window, tr("Tautkan laporan"), tr("Tautan tidak dapat disimpan."),
                            result.error);
        return false;
    }
    afterAction(trackingId,
                link == RelatedCases::Link::Duplicate
                    ? tr("Laporan #%1 dicatat sebagai duplikat dari #%2; catatan internal "
                         "menunggu dikirim.")
                          .arg(trackingId)
                          .arg(otherId)
                    : tr("Laporan #%1 dicatat terkait dengan #%2; catatan internal menunggu "
                         "dikirim.")
                          .arg(trackingId)
                          .arg(otherId));
    return true;
}

DraftEditor *CaseActionController::startFromAnswer(qint64 trackingId, qint64 otherId,
                                                   const QString &answer)
{
    DraftEditor *editor = openEditor(trackingId);
    if (!editor)
        return nullptr;
    editor->startFrom(answer);
    m_window.statusBar()->showMessage(
        tr("Draf dimulai dari jawaban laporan #%1. Periksa dan sesuaikan untuk pelapor ini.")
            .arg(otherId),
        8000);
    return editor;
}

void CaseActionController::afterAction(qint64 trackingId, const QString &message)
{
    m_window.refresh();
    if (m_window.caseView()->trackingId() == trackingId)
        m_window.caseView()->showCase(trackingId);
    m_panel->reload();
    m_window.statusBar()->showMessage(message, 6000);
    pushNow();
}

void CaseActionController::showCase(qint64 trackingId)
{
    m_window.openCase(trackingId);
}

void CaseActionController::onReview(qint64 trackingId, OutboxKind kind, const QString &entityId,
                                    const QString &outboxId)
{
    showCase(trackingId);
    if (kind == OutboxKind::DraftSubmit) {
        // The draft goes back to the author's editor; "Ajukan ulang" resubmits it against
        // the case as it is now.
        if (DraftEditor *editor = openEditor(trackingId)) {
            QString error;
            if (editor->draftId() != entityId && !editor->openDraft(entityId, &error))
                m_window.statusBar()->showMessage(error, 6000);
        }
        return;
    }
    if (kind == OutboxKind::DraftDecide) {
        // A stale decision: look at the revision waiting now and decide again.
        if (!openApproval(trackingId))
            m_window.statusBar()->showMessage(
                tr("Tidak ada revisi baru yang menunggu; buang keputusan lama ini."), 6000);
        return;
    }
    // Forward, note, bukan wewenang: after looking at the case, send it again on the
    // hub's current version.
    const auto answer = QMessageBox::question(
        &m_window, tr("Kirim ulang"),
        tr("Laporan #%1 sudah ditampilkan dengan keadaan terbarunya. Kirim ulang tindakan ini?")
            .arg(trackingId));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!OutboxRepository(m_db).retry(outboxId, &error)) {
        ErrorBox::warnAbout(&m_window, tr("Kirim ulang"),
                            tr("Tindakan ini tidak dapat dijadwalkan ulang."), error);
        return;
    }
    afterAction(trackingId, tr("Tindakan dikirim ulang."));
}

void CaseActionController::updatePushState()
{
    const bool signedIn = m_sync && m_sync->isSignedIn();
    m_panel->setPushAvailable(signedIn,
                              signedIn ? tr("Kirim semua tindakan yang menunggu ke hub.")
                                       : tr("Masuk ke hub terlebih dahulu."));
}

void CaseActionController::pushNow()
{
    // One path to the hub: a sync pushes the outbox, then pulls what changed (a request
    // when nothing did). A sync already running has the new entry in its push or the next.
    if (m_sync && m_sync->isSignedIn())
        m_sync->syncNow();
}

void CaseActionController::switchUser()
{
    // Open editors save under the person who wrote in them, before anyone else signs in.
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor)
            editor->close();
    }
    if (m_approval)
        m_approval->close();
    emit switchUserRequested();
}

} // namespace lapor
