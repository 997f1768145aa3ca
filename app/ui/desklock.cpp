#include "desklock.h"

#include "core/identity.h"
#include "core/preferences.h"
#include "core/profile.h"
#include "hubapi/hubclient.h"
#include "hubapi/offlineverifier.h"
#include "hubapi/passwordthrottle.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "notifier.h"
#include "sync/hubaccount.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMetaMethod>
#include <QSettings>
#include <QToolTip>

namespace lapor {

namespace {

using namespace std::chrono_literals;

// Kept until the desk is unlocked, so closing a locked desk does not open it.
const QString kLocked = QStringLiteral("desk/locked");
// The settings spin box goes to four hours; an edited file may say more, never a week.
constexpr int kMaxLockMinutes = 24 * 60;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::InputMethod:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
    case QEvent::ToolTip:
    case QEvent::WhatsThis:
        return true;
    default:
        return false;
    }
}

// What a person does, as opposed to what follows from it (a release, a tooltip).
bool isActivity(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool isPopup(const QWidget *window)
{
    const Qt::WindowType type = window->windowType();
    return type == Qt::Popup || type == Qt::ToolTip;
}

} // namespace

DeskLock::DeskLock(MainWindow &window, Profile &profile, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profile(profile)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &DeskLock::onIdleTimer);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DeskLock::updateWait);
    m_sinceInput.start();
    addLockAction();
    qApp->installEventFilter(this);
    connect(&window, &MainWindow::preferencesChanged, this, &DeskLock::applyPreferences);
    applyPreferences();
    if (profile.settings().value(kLocked).toBool())
        lock(Reason::Restart);
}

DeskLock::~DeskLock()
{
    qApp->removeEventFilter(this);
}

void DeskLock::addLockAction()
{
    m_action = new QAction(tr("&Kunci sekarang"), &m_window);
    m_action->setObjectName(QStringLiteral("actionLock"));
    // Ctrl+L is "Ke daftar laporan"; Ctrl+Alt+L is the desktop's own screen lock.
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_action->setToolTip(tr("Sembunyikan semua laporan sampai kata sandi Anda dimasukkan"));
    connect(m_action, &QAction::triggered, this, [this] { lock(Reason::Manual); });
    m_window.addAction(m_action);
    auto *fileMenu = m_window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    if (!fileMenu)
        return;
    // Above the separator before "Keluar", beside "Ganti pengguna…" when it is there.
    const auto actions = fileMenu->actions();
    QAction *before = actions.isEmpty() ? nullptr : actions.constLast();
    if (actions.size() >= 2 && actions.at(actions.size() - 2)->isSeparator())
        before = actions.at(actions.size() - 2);
    fileMenu->insertAction(before, m_action);
    if (before == actions.value(actions.size() - 1))
        fileMenu->insertSeparator(before);
}

LockScreen *DeskLock::lockScreen()
{
    // The screen lives in whichever window holds it; closing that window takes it along.
    if (!m_screen) {
        m_screen = new LockScreen(&m_window);
        m_screen->setObjectName(QStringLiteral("lockScreen"));
        m_screen->hide();
        connect(m_screen, &LockScreen::unlockRequested, this,
                [this](const QString &password) { tryUnlock(password); });
        connect(m_screen, &LockScreen::switchUserRequested, this, &DeskLock::signOut);
    }
    return m_screen;
}

void DeskLock::applyPreferences()
{
    const int minutes
        = qBound(0, Preferences::load(m_profile.settings()).lockMinutes, kMaxLockMinutes);
    setIdleTimeout(std::chrono::minutes(minutes));
}

void DeskLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = qMax(0ms, timeout);
    m_sinceInput.restart();
    armIdle();
}

void DeskLock::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (m_locked)
        showState();
}

void DeskLock::coverNotifications(Notifier *notifier)
{
    if (!notifier)
        return;
    connect(this, &DeskLock::lockedChanged, notifier, &Notifier::setLocked);
    notifier->setLocked(m_locked);
}

void DeskLock::armIdle()
{
    if (m_locked || m_idleTimeout <= 0ms) {
        m_idleTimer.stop();
        return;
    }
    m_idleTimer.start(m_idleTimeout);
}

void DeskLock::onIdleTimer()
{
    if (m_locked || m_idleTimeout <= 0ms)
        return;
    // Input only notes the time; the timer looks at it when it fires, so a moving mouse
    // does not restart a timer for every event.
    const std::chrono::milliseconds idle { m_sinceInput.elapsed() };
    if (idle >= m_idleTimeout)
        lock(Reason::Idle);
    else
        m_idleTimer.start(m_idleTimeout - idle);
}

void DeskLock::lock(Reason reason)
{
    if (m_locked)
        return;
    m_locked = true;
    m_reason = reason;
    m_idleTimer.stop();
    auto &settings = m_profile.settings();
    settings.setValue(kLocked, true);
    settings.sync();
    m_focusBefore = QApplication::focusWidget();
    // An open menu or list would stay on top of the lock screen.
    for (int i = 0; i < 10 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    QToolTip::hideText();
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible() && !isPopup(window))
            shield(window, true);
    }
    rehost();
    lockScreen()->clearPassword();
    showState();
    emit lockedChanged(true);
}

DeskLock::Outcome DeskLock::tryUnlock(const QString &password)
{
    if (!m_locked)
        return Outcome::Unlocked;
    if (m_checking)
        return Outcome::Checking;
    auto &settings = m_profile.settings();
    PasswordThrottle throttle(settings);
    if (throttle.secondsToWait(now()) > 0) {
        showState();
        return Outcome::Waiting;
    }
    if (password.isEmpty()) {
        showState(tr("Ketik kata sandi Anda."));
        return Outcome::Refused;
    }
    if (OfflineVerifier::isKnown(settings)) {
        if (OfflineVerifier::check(settings, password)) {
            throttle.reset();
            finishUnlock();
            return Outcome::Unlocked;
        }
        throttle.recordFailure(now());
        const int left = PasswordThrottle::kFreeTries - throttle.failures();
        showState(left > 0 ? tr("Kata sandi salah. Masih %n kali percobaan sebelum harus menunggu.",
                                nullptr, left)
                           : QString());
        return Outcome::Wrong;
    }
    const Identity identity = Identity::load(settings);
    if (identity.hubUrl.isEmpty() || identity.username.isEmpty()) {
        showState();
        return Outcome::Refused;
    }
    checkOnline(password);
    return Outcome::Checking;
}

void DeskLock::checkOnline(const QString &password)
{
    m_checking = true;
    showState(tr("Memeriksa kata sandi ke hub…"));
    // A client of its own: the check must not touch the desk's session or its schedule.
    m_online = std::make_unique<HubAccount>(m_profile, TokenStore::Backend::Memory);
    HubClient &client = m_online->client();
    HubCall *call = client.login(m_online->username(), password);
    connect(call, &HubCall::finished, this, [this, password](HubCall *done) {
        done->deleteLater();
        m_checking = false;
        if (done->error().ok()) {
            OfflineVerifier::remember(m_profile.settings(), password);
            // The check opened a session nobody uses: end it on the hub.
            connect(m_online->client().logout(), &HubCall::finished, this,
                    [](HubCall *bye) { bye->deleteLater(); });
            if (m_locked)
                finishUnlock();
            return;
        }
        if (done->status() == 401) {
            PasswordThrottle(m_profile.settings()).recordFailure(now());
            showState(tr("Kata sandi salah."));
            return;
        }
        showState(tr("Kata sandi tidak dapat diperiksa: %1").arg(done->error().userMessage()));
    });
}

qint64 DeskLock::secondsToWait() const
{
    return PasswordThrottle(m_profile.settings()).secondsToWait(now());
}

void DeskLock::release()
{
    if (m_locked)
        finishUnlock();
}

void DeskLock::finishUnlock()
{
    m_locked = false;
    m_tick.stop();
    auto &settings = m_profile.settings();
    settings.remove(kLocked);
    settings.sync();
    if (m_screen) {
        m_screen->clearPassword();
        m_screen->setMessage(QString());
        m_screen->hide();
    }
    for (auto it = m_shields.rbegin(); it != m_shields.rend(); ++it) {
        Shield &s = *it;
        delete s.cover;
        if (!s.window)
            continue;
        if (s.hiddenWhole) {
            s.window->show();
            continue;
        }
        restoreSize(s);
        for (const auto &child : std::as_const(s.hiddenChildren)) {
            if (child)
                child->show();
        }
        s.window->setWindowTitle(s.title);
    }
    m_shields.clear();
    m_exempt.clear();
    if (m_focusBefore) {
        m_focusBefore->activateWindow();
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    }
    m_sinceInput.restart();
    armIdle();
    emit lockedChanged(false);
}

DeskLock::Shield *DeskLock::findShield(const QObject *window)
{
    if (!window)
        return nullptr;
    for (Shield &s : m_shields) {
        if (s.window == window)
            return &s;
    }
    return nullptr;
}

void DeskLock::shield(QWidget *window, bool atLock)
{
    if (!window || findShield(window))
        return;
    Shield s;
    s.window = window;
    s.title = window->windowTitle();
    // A window in a modal loop would leave the loop when hidden (a dialog's answer lost), and
    // the main window holds the lock screen: those keep their frame and lose their content.
    // A window shown while locked is in its show event, where hiding it would not stick.
    if (atLock && window != &m_window && !window->isModal()) {
        s.hiddenWhole = true;
        window->hide();
    } else {
        hideContent(s);
        window->setWindowTitle(lockedTitle());
    }
    m_shields.push_back(s);
}

void DeskLock::hideContent(Shield &s)
{
    const auto children = s.window->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child->isWindow() || child->isHidden() || child == m_screen || child == s.cover)
            continue;
        child->hide();
        s.hiddenChildren.append(child);
    }
}

void DeskLock::rehost()
{
    if (!m_locked)
        return;
    // The lock screen must take input, so it goes into the modal window on top, if any.
    QWidget *host = &m_window;
    if (QWidget *modal = QApplication::activeModalWidget()) {
        if (const Shield *s = findShield(modal); s && !s->hiddenWhole)
            host = modal;
    }
    for (Shield &s : m_shields) {
        if (!s.window || s.hiddenWhole)
            continue;
        // Content shown since it was hidden (a dock, a bar) goes again.
        hideContent(s);
        if (s.window == host) {
            delete s.cover;
            continue;
        }
        restoreSize(s);
        if (!s.cover) {
            auto *cover = new QLabel(tr("LAPOR Desk terkunci."), s.window);
            cover->setObjectName(QStringLiteral("lockCover"));
            cover->setTextFormat(Qt::PlainText);
            cover->setAlignment(Qt::AlignCenter);
            cover->setAutoFillBackground(true);
            s.cover = cover;
        }
        s.cover->setGeometry(s.window->rect());
        s.cover->show();
        s.cover->raise();
    }
    LockScreen *screen = lockScreen();
    if (screen->parentWidget() != host)
        screen->setParent(host);
    if (Shield *s = findShield(host)) {
        const QSize needed = screen->minimumSizeHint();
        if (!s->resized && (host->width() < needed.width() || host->height() < needed.height())) {
            s->resized = true;
            s->minimumSize = host->minimumSize();
            s->maximumSize = host->maximumSize();
            s->size = host->size();
            host->setMinimumSize(host->minimumSize().expandedTo(needed));
            host->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
            host->resize(host->size().expandedTo(needed));
        }
    }
    screen->setGeometry(host->rect());
    screen->show();
    screen->raise();
    if (host->isVisible())
        host->activateWindow();
    screen->focusPassword();
}

void DeskLock::restoreSize(Shield &s)
{
    if (!s.resized || !s.window)
        return;
    s.resized = false;
    s.window->setMinimumSize(s.minimumSize);
    s.window->setMaximumSize(s.maximumSize);
    s.window->resize(s.size);
}

bool DeskLock::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (isInput(type)) {
        if (!m_locked) {
            if (isActivity(type))
                m_sinceInput.restart();
            return false;
        }
        return !reachable(watched, event);
    }
    if (!m_locked || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    switch (type) {
    case QEvent::Show:
        onShown(widget);
        break;
    case QEvent::Hide:
        onHostHidden(widget);
        break;
    case QEvent::Resize:
        fitOverlay(widget);
        break;
    case QEvent::WindowTitleChange:
        keepTitle(widget);
        break;
    default:
        break;
    }
    return false;
}

bool DeskLock::reachable(QObject *receiver, const QEvent *event) const
{
    if (!receiver->isWidgetType()) {
        // A window hands its input on to a widget, which is checked then. A shortcut goes to
        // its action: every action belongs to a hidden window.
        return event->type() != QEvent::Shortcut;
    }
    const auto *widget = static_cast<const QWidget *>(receiver);
    if (m_screen && (widget == m_screen || m_screen->isAncestorOf(widget)))
        return true;
    const QWidget *window = widget->window();
    // The tray's menu, which names no case while locked (Notifier::setLocked).
    return isPopup(window) || isExempt(window);
}

bool DeskLock::isExempt(const QWidget *window) const
{
    for (const auto &exempt : m_exempt) {
        if (exempt == window)
            return true;
    }
    return false;
}

void DeskLock::onShown(QWidget *widget)
{
    if (widget == m_screen || isPopup(widget->window()))
        return;
    if (!widget->isWindow()) {
        // A bar or a dock of a covered window: hidden again once its show has finished.
        if (const Shield *s = findShield(widget->parentWidget()); s && widget != s->cover)
            QMetaObject::invokeMethod(this, &DeskLock::rehost, Qt::QueuedConnection);
        return;
    }
    if (m_signingOut) {
        m_exempt.append(widget);
        return;
    }
    if (isExempt(widget))
        return;
    shield(widget, false);
    // A new modal window becomes the modal window only after its show event.
    QMetaObject::invokeMethod(this, &DeskLock::rehost, Qt::QueuedConnection);
}

void DeskLock::onHostHidden(QWidget *window)
{
    if (!m_screen || window != m_screen->parentWidget() || window == &m_window)
        return;
    // The dialog holding the lock screen is closing: the screen must outlive it.
    m_screen->hide();
    m_screen->setParent(&m_window);
    QMetaObject::invokeMethod(this, &DeskLock::rehost, Qt::QueuedConnection);
}

void DeskLock::fitOverlay(QWidget *window)
{
    if (!window->isWindow())
        return;
    if (m_screen && m_screen->parentWidget() == window)
        m_screen->setGeometry(window->rect());
    if (const Shield *s = findShield(window); s && s->cover)
        s->cover->setGeometry(window->rect());
}

void DeskLock::keepTitle(QWidget *window)
{
    Shield *s = findShield(window);
    if (!s || s->hiddenWhole || window->windowTitle() == lockedTitle())
        return;
    // Set while locked: shown again on unlock, not now.
    s->title = window->windowTitle();
    window->setWindowTitle(lockedTitle());
}

void DeskLock::signOut()
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&DeskLock::signOutRequested))) {
        showState(tr("Berganti pengguna tidak tersedia di sini."));
        return;
    }
    m_signingOut = true;
    emit signOutRequested();
    m_signingOut = false;
    const auto exempt = std::exchange(m_exempt, {});
    if (!m_locked)
        return;
    for (const auto &window : exempt) {
        if (window && window->isVisible())
            shield(window, true);
    }
    rehost();
    showState();
}

void DeskLock::showState(const QString &message)
{
    if (!m_locked)
        return;
    LockScreen *screen = lockScreen();
    const Identity identity = Identity::load(m_profile.settings());
    screen->setUserName(identity.displayName.isEmpty() ? identity.username : identity.displayName);
    screen->setReason(reasonText(m_reason));
    const qint64 wait = secondsToWait();
    if (wait > 0) {
        screen->setMessage(waitText(wait));
        screen->setInputEnabled(false);
        if (!m_tick.isActive())
            m_tick.start();
        return;
    }
    m_tick.stop();
    screen->setMessage(message.isEmpty() ? hint() : message);
    screen->setInputEnabled(!m_checking);
}

void DeskLock::updateWait()
{
    if (!m_locked) {
        m_tick.stop();
        return;
    }
    if (secondsToWait() > 0)
        showState();
    else
        showState(tr("Silakan coba lagi."));
}

QString DeskLock::hint() const
{
    const auto &settings = m_profile.settings();
    if (OfflineVerifier::isKnown(settings))
        return tr("Ketik kata sandi akun SP4N-LAPOR! Anda untuk membuka kunci.");
    const Identity identity = Identity::load(settings);
    if (!identity.hubUrl.isEmpty() && !identity.username.isEmpty())
        return tr("Komputer ini belum menyimpan pemeriksa kata sandi untuk akun ini, jadi kata "
                  "sandi diperiksa ke hub: perlu tersambung ke internet. Setelah itu kunci dapat "
                  "dibuka tanpa internet.");
    return tr("Belum ada akun yang pernah masuk di profil ini, jadi tidak ada kata sandi untuk "
              "diperiksa. Pilih \"Masuk sebagai pengguna lain\" untuk masuk ke hub.");
}

QString DeskLock::waitText(qint64 seconds) const
{
    const int minutes = int(seconds / 60);
    const int rest = int(seconds % 60);
    QString duration = tr("%n detik", nullptr, rest);
    if (minutes > 0)
        duration = rest > 0 ? tr("%n menit", nullptr, minutes) + QLatin1Char(' ') + duration
                            : tr("%n menit", nullptr, minutes);
    const int failures = PasswordThrottle(m_profile.settings()).failures();
    return tr("Kata sandi salah %n kali berturut-turut. Coba lagi dalam %1.", nullptr, failures)
        .arg(duration);
}

QString DeskLock::reasonText(Reason reason) const
{
    switch (reason) {
    case Reason::Idle: {
        const auto minutes = std::chrono::ceil<std::chrono::minutes>(m_idleTimeout).count();
        return tr("Terkunci sendiri setelah %n menit tidak dipakai.", nullptr, int(minutes));
    }
    case Reason::Manual:
        return tr("Dikunci dengan \"Kunci sekarang\".");
    case Reason::Restart:
        return tr("LAPOR Desk ditutup dalam keadaan terkunci, jadi tetap terkunci.");
    }
    return {};
}

QString DeskLock::lockedTitle() const
{
    return tr("LAPOR Desk — Terkunci");
}

} // namespace lapor
