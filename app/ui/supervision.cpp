#include "supervision.h"

#include "core/identity.h"
#include "core/profile.h"
#include "dashboardwindow.h"
#include "mainwindow.h"
#include "notifier.h"
#include "reports/supervisionsetup.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolButton>

namespace lapor {

Supervision::Supervision(MainWindow &window, Profile &profile, Database &db, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profile(profile)
    , m_db(db)
    , m_calendar(SupervisionSetup::calendar(db, Identity::load(profile.settings())))
{
    m_action = new QAction(tr("&Dasbor pengawasan"), &window);
    m_action->setObjectName(QStringLiteral("actionDashboard"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_action->setToolTip(tr("Angka unit atau instansi, laporan rekap dan daftar terlambat"));
    window.addAction(m_action);
    if (auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        menu->addSeparator();
        menu->addAction(m_action);
    }
    connect(m_action, &QAction::triggered, this, [this] { showDashboard(); });

    m_notifier
        = new Notifier(db, m_calendar, profile.settings(),
                       SupervisionSetup::feedUser(Identity::load(profile.settings())),
                       QDir(profile.dir()).filePath(QStringLiteral("notifications.json")), this);
    window.statusBar()->addPermanentWidget(m_notifier->button());
    connect(m_notifier, &Notifier::openCaseRequested, this, &Supervision::openCase);
    m_notifier->start();
}

Supervision::~Supervision() = default;

DashboardWindow *Supervision::showDashboard()
{
    if (!m_dashboard) {
        const Identity identity = Identity::load(m_profile.settings());
        m_dashboard = new DashboardWindow(m_db, m_calendar, SupervisionSetup::scope(identity),
                                          Roles::seesWholeAgency(identity.role), &m_window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dashboard, &DashboardWindow::openCaseRequested, this, &Supervision::openCase);
        m_dashboard->refresh();
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

void Supervision::openCase(const QString &trackingId)
{
    // The feed follows whoever is signed in now.
    m_notifier->setUser(SupervisionSetup::feedUser(Identity::load(m_profile.settings())));
    if (m_window.openCase(trackingId.toLongLong())) {
        m_window.raise();
        m_window.activateWindow();
    }
}

} // namespace lapor
