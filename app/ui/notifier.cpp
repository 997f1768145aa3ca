#include "notifier.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace lapor {

namespace {

QString settingsKey(NotificationKind kind)
{
    return QStringLiteral("notifications/") + NotificationFeed::kindKey(kind);
}

} // namespace

Notifier::Notifier(Database &db, const WorkingCalendar &calendar, QSettings &settings,
                   const FeedUser &user, const QString &statePath, QObject *parent)
    : QObject(parent)
    , m_feed(db, calendar)
    , m_settings(settings)
    , m_user(user)
    , m_statePath(statePath)
{
    QFile file(m_statePath);
    if (file.open(QIODevice::ReadOnly))
        m_state = FeedState::fromJson(file.readAll());

    const QIcon bell = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_menu = new QMenu();
    m_kindsMenu = new QMenu(tr("Jenis pemberitahuan"), m_menu);
    for (auto kind : NotificationFeed::kinds()) {
        QAction *toggle = m_kindsMenu->addAction(NotificationFeed::kindLabel(kind));
        toggle->setCheckable(true);
        toggle->setChecked(isEnabled(kind));
        connect(toggle, &QAction::toggled, this, [this, kind](bool on) { setEnabled(kind, on); });
    }
    m_button = new QToolButton();
    m_button->setIcon(bell);
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    m_button->setAccessibleName(tr("Pemberitahuan"));
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        if (m_locked)
            return; // the menu shows a count only: nothing was seen
        m_unseen = 0;
        updateButton();
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(bell, this);
        m_tray->setToolTip(tr("LAPOR Desk"));
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastShown > 0 && !m_locked)
                emit openCaseRequested(QString::number(m_lastShown));
        });
        m_tray->show();
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Notifier::checkNow);
    rebuildMenu();
}

Notifier::~Notifier()
{
    // The button belongs to whichever bar shows it; the menu is ours.
    delete m_menu;
    if (m_button && !m_button->parent())
        delete m_button;
}

void Notifier::start()
{
    checkNow();
    m_timer->start();
}

void Notifier::setUser(const FeedUser &user)
{
    if (user.id == m_user.id && user.role == m_user.role && user.unitId == m_user.unitId)
        return;
    // Another person's events are not news to them: take stock again.
    m_user = user;
    m_state = FeedState();
    m_recent.clear();
    m_unseen = 0;
    rebuildMenu();
}

bool Notifier::isEnabled(NotificationKind kind) const
{
    return m_settings.value(settingsKey(kind), true).toBool();
}

void Notifier::setEnabled(NotificationKind kind, bool enabled)
{
    m_settings.setValue(settingsKey(kind), enabled);
}

QList<Notification> Notifier::checkNow()
{
    QString error;
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    const auto events = m_feed.check(m_user, m_state, now, &error);
    if (!events)
        return {};
    saveState();
    QList<Notification> shown;
    for (const auto &event : *events) {
        if (isEnabled(event.kind))
            shown.append(event);
    }
    if (shown.isEmpty())
        return shown;
    for (const auto &event : shown)
        m_recent.prepend(event);
    while (m_recent.size() > kRecentLimit)
        m_recent.removeLast();
    m_unseen += int(shown.size());
    rebuildMenu();
    if (m_locked) {
        m_lastShown = 0;
        m_lastMessage = tr("%n pemberitahuan baru. Buka kunci LAPOR Desk untuk melihatnya.",
                           nullptr, m_unseen);
    } else {
        m_lastShown = shown.constFirst().trackingId;
        m_lastMessage = shown.size() == 1
            ? shown.constFirst().text
            : tr("%1 (dan %n pemberitahuan lain)", nullptr, int(shown.size()) - 1)
                  .arg(shown.constFirst().text);
    }
    if (m_tray)
        m_tray->showMessage(tr("LAPOR Desk"), m_lastMessage, QSystemTrayIcon::Information);
    emit notified(shown);
    return shown;
}

void Notifier::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    rebuildMenu();
}

void Notifier::rebuildMenu()
{
    m_menu->clear();
    if (m_locked) {
        m_menu
            ->addAction(m_unseen > 0
                            ? tr("%n pemberitahuan baru. Buka kunci LAPOR Desk untuk melihatnya.",
                                 nullptr, m_unseen)
                            : tr("LAPOR Desk terkunci."))
            ->setEnabled(false);
    } else if (m_recent.isEmpty()) {
        m_menu->addAction(tr("Belum ada pemberitahuan"))->setEnabled(false);
    } else {
        for (const auto &event : m_recent) {
            const qint64 id = event.trackingId;
            QAction *open = m_menu->addAction(event.text);
            connect(open, &QAction::triggered, this,
                    [this, id] { emit openCaseRequested(QString::number(id)); });
        }
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Bersihkan daftar")), &QAction::triggered, this, [this] {
            m_recent.clear();
            m_unseen = 0;
            rebuildMenu();
        });
    }
    m_menu->addSeparator();
    m_menu->addMenu(m_kindsMenu);
    updateButton();
}

void Notifier::updateButton()
{
    m_button->setText(m_unseen > 0 ? QString::number(m_unseen) : QString());
    m_button->setToolTip(m_unseen > 0 ? tr("%n pemberitahuan baru", nullptr, m_unseen)
                                      : tr("Pemberitahuan"));
}

void Notifier::saveState() const
{
    if (m_statePath.isEmpty())
        return;
    QSaveFile file(m_statePath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_state.toJson());
        file.commit();
    }
}

} // namespace lapor
