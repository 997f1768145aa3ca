#include "deskshell.h"

#include "core/preferences.h"
#include "core/profile.h"
#include "hubapi/hubclient.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "quarantinenotice.h"
#include "sync/attachmentfetcher.h"
#include "sync/hubaccount.h"
#include "sync/synccontroller.h"
#include "synclogdialog.h"
#include "syncstatuswidget.h"
#include "ui/caseview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>

namespace lapor {

namespace {
const QString kResetMarker = QStringLiteral("reset-training");
} // namespace

DeskShell::DeskShell(MainWindow &window, Profile &profile, Database &db, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profile(profile)
    , m_db(db)
    , m_controller(std::make_unique<SyncController>(profile, db))
{
    auto *indicator = new SyncStatusWidget(*m_controller, &window);
    window.statusBar()->addPermanentWidget(indicator);
    connect(indicator, &SyncStatusWidget::clicked, this, &DeskShell::showLog);
    connect(m_controller.get(), &SyncController::syncFinished, this, &DeskShell::onSyncFinished);
    connect(m_controller.get(), &SyncController::sessionExpired, this, &DeskShell::showLogin);
    // The desk follows whoever signs in: "Milik saya", approver views, allowed actions.
    // statusChanged also fires for every page of a sync: only a sign-in or sign-out matters.
    connect(m_controller.get(), &SyncController::statusChanged, this, [this] {
        if (m_controller->isSignedIn() == m_signedIn)
            return;
        m_signedIn = m_controller->isSignedIn();
        updateFetcher();
        if (!m_signedIn)
            return;
        const User user = m_controller->account().user();
        if (!user.id.isEmpty())
            m_window.setUser(user.id, user.role);
        updateCalendar();
    });
    connect(&window, &MainWindow::preferencesChanged, this, [this] {
        m_controller->setAutoSyncMinutes(
            Preferences::load(m_profile.settings()).syncIntervalMinutes);
    });
    addMenus();
}

DeskShell::~DeskShell() = default;

void DeskShell::addMenus()
{
    QAction *syncNow = m_window.syncAction();
    syncNow->setEnabled(true);
    connect(syncNow, &QAction::triggered, this, [this] {
        if (m_controller->isSignedIn())
            m_controller->syncNow();
        else
            showLogin();
    });
    QMenu *menu = !syncNow->associatedObjects().isEmpty()
        ? qobject_cast<QMenu *>(syncNow->associatedObjects().constFirst())
        : m_window.menuBar()->addMenu(tr("&Sinkronisasi"));
    m_loginAction = menu->addAction(tr("&Masuk ke hub…"), this, &DeskShell::showLogin);
    m_loginAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_logoutAction = menu->addAction(tr("&Keluar dari hub"), this, [this] {
        m_controller->logout();
        emit signedOut();
    });
    m_logoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    menu->addSeparator();
    menu->addAction(tr("&Catatan sinkronisasi…"), this, &DeskShell::showLog)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    auto updateActions = [this] {
        const bool signedIn = m_controller->isSignedIn();
        m_loginAction->setEnabled(!signedIn);
        m_logoutAction->setEnabled(signedIn);
    };
    connect(m_controller.get(), &SyncController::statusChanged, this, updateActions);
    updateActions();
}

bool DeskShell::updateCalendar()
{
    // The desk starts with the zone remembered from the last sign-in (WIB before the first
    // one); after a sign-in or a sync the agency's zone and the hub's holidays are known.
    const WorkingCalendar calendar = m_controller->account().calendar(m_db);
    const WorkingCalendar &shown = m_window.calendar();
    if (calendar.zone() == shown.zone() && calendar.holidays().size() == shown.holidays().size())
        return false;
    m_window.setCalendar(calendar);
    return true;
}

void DeskShell::updateFetcher()
{
    const bool signedIn = m_controller->isSignedIn();
    if (signedIn == bool(m_fetcher))
        return;
    if (!signedIn) {
        m_window.caseView()->setAttachmentFetcher(nullptr);
        m_controller->setAttachmentFetcher(nullptr);
        m_fetcher.reset();
        return;
    }
    m_fetcher = std::make_unique<AttachmentFetcher>(
        [this]() -> HubClient & { return m_controller->account().client(); }, m_db,
        m_profile.attachmentsDir());
    connect(m_fetcher.get(), &AttachmentFetcher::failed, this,
            [this](const QString &, const QString &message) {
                m_controller->addLog(tr("Lampiran: %1").arg(message));
            });
    m_window.caseView()->setAttachmentFetcher(m_fetcher.get());
    // The controller prefetches after each pull, never during one (docs/sync.md).
    m_controller->setAttachmentFetcher(m_fetcher.get());
}

void DeskShell::resume()
{
    if (m_controller->account().isConfigured())
        m_controller->resume();
}

void DeskShell::adopt(std::unique_ptr<HubAccount> signedIn)
{
    m_controller->adopt(std::move(signedIn));
}

void DeskShell::showLogin()
{
    if (m_login) {
        m_login->raise();
        m_login->activateWindow();
        return;
    }
    // Not exec(): the session may close while the dialog is up (the account found disabled,
    // a switch of user), and its window then takes the dialog with it. A dialog on this
    // stack would be deleted twice, and this shell would go on after its end.
    m_login = new LoginDialog(&m_window);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setPerson(m_controller->account().hubUrl(), m_controller->account().username());
    connect(m_login, &LoginDialog::signInRequested, this,
            [this](const QString &hub, const QString &user, const QString &password) {
                // A training session lives only as long as the training hub.
                m_controller->login(hub, user, password, m_trainingHome.isEmpty());
            });
    connect(m_controller.get(), &SyncController::loginFinished, m_login.data(),
            &LoginDialog::showResult);
    m_login->open();
}

void DeskShell::showLog()
{
    if (!m_log) {
        m_log = new SyncLogDialog(*m_controller, &m_window);
        m_log->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_log->show();
    m_log->raise();
}

void DeskShell::onSyncFinished()
{
    // New or changed cases: the list re-reads its counts and pages from the store; the
    // hub may have sent holidays.
    if (!updateCalendar())
        m_window.refresh();
    // Even a failed run may have set records aside on the pages it committed.
    m_window.quarantineNotice()->refresh();
}

void DeskShell::showTraining(const QString &homeDir)
{
    m_trainingHome = homeDir;
    auto *banner = new QLabel(&m_window);
    banner->setObjectName(QStringLiteral("trainingBanner"));
    banner->setTextFormat(Qt::PlainText);
    // One line, never a share of the window's height (a wrapping label asks for the
    // height of its narrowest layout); the whole text is also in the tooltip.
    banner->setWordWrap(false);
    banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    banner->setText(tr("MODE PELATIHAN · Semua laporan di sini adalah data contoh, bukan laporan "
                       "warga sungguhan. Masuk sebagai %1 (kata sandi: %2).")
                        .arg(QLatin1String(kTrainingUser), QLatin1String(kTrainingPassword)));
    banner->setToolTip(banner->text());
    banner->setStyleSheet(QStringLiteral("background: #fff3c4; color: #5c4400; padding: 6px;"
                                         "border-bottom: 1px solid #e0c870; font-weight: bold;"));
    if (auto *layout = m_window.centralWidget()->layout())
        static_cast<QBoxLayout *>(layout)->insertWidget(0, banner);
    m_window.setWindowTitle(tr("LAPOR Desk — Pelatihan"));

    QMenu *fileMenu = m_window.menuBar()->actions().isEmpty()
        ? m_window.menuBar()->addMenu(tr("&Berkas"))
        : m_window.menuBar()->actions().constFirst()->menu();
    if (fileMenu) {
        auto *reset = new QAction(tr("Atur &ulang data pelatihan…"), fileMenu);
        reset->setObjectName(QStringLiteral("actionResetTraining"));
        reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        connect(reset, &QAction::triggered, this, &DeskShell::resetTraining);
        fileMenu->insertAction(fileMenu->actions().value(0), reset);
    }
}

void DeskShell::resetTraining()
{
    const auto answer = QMessageBox::question(
        &m_window, tr("Atur ulang data pelatihan"),
        tr("Semua latihan di profil pelatihan (draf, tindak lanjut, perubahan) dihapus dan data "
           "contoh dibuat ulang. LAPOR Desk akan dimulai ulang. Lanjutkan?"));
    if (answer != QMessageBox::Yes)
        return;
    QFile marker(m_trainingHome + QLatin1Char('/') + kResetMarker);
    if (marker.open(QIODevice::WriteOnly))
        marker.close();
    QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
    m_window.close();
}

bool DeskShell::consumeTrainingReset(const QString &profileDir)
{
    if (!QFile::exists(profileDir + QLatin1Char('/') + kResetMarker))
        return false;
    // Only ever called for the training profile: real profiles are never wiped.
    QDir(profileDir).removeRecursively();
    return QDir().mkpath(profileDir);
}

} // namespace lapor
