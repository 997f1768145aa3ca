#include "personsignin.h"

#include "core/hubaddress.h"
#include "core/preferences.h"
#include "core/profile.h"
#include "core/profilehome.h"
#include "disabledaccount.h"
#include "hubaccount.h"
#include "hubapi/hubclient.h"
#include "hubapi/offlineverifier.h"
#include "hubapi/passwordthrottle.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace lapor {

PersonSignIn::PersonSignIn(ProfileHome &home, TokenStore::Backend backend, QObject *parent)
    : QObject(parent)
    , m_home(home)
    , m_backend(backend)
{ }

PersonSignIn::~PersonSignIn()
{
    cancel();
}

void PersonSignIn::start(const QString &hubUrl, const QString &username, const QString &password)
{
    cancel();
    m_error = {};
    const QString hub = HubAddress::normalized(hubUrl);
    if (const QString problem = HubAddress::problem(hub); !problem.isEmpty()) {
        emit finished(Outcome::Refused, problem);
        return;
    }
    if (!openFolder(hub, username))
        return;
    m_call = m_account->client().login(username, password);
    connect(m_call, &HubCall::finished, this,
            [this, password](HubCall *call) { onAnswer(call, password); });
}

void PersonSignIn::cancel()
{
    if (!m_call)
        return;
    HubCall *call = m_call;
    m_call = nullptr;
    call->disconnect(this);
    call->cancel();
    call->deleteLater();
    dropNewFolder();
}

void PersonSignIn::onAnswer(HubCall *call, const QString &password)
{
    m_call = nullptr;
    call->deleteLater();
    m_error = call->error();
    if (!call->error().ok()) {
        QString message = call->status() == 401 ? tr("Nama pengguna atau kata sandi salah.")
                                                : call->error().userMessage();
        // The hub is out of reach (not merely slowing sign-ins down with 429).
        const bool unreachable = call->error().isTransient() && call->status() != 429;
        if (m_offlineAllowed && unreachable && !m_newFolder && checkOffline(password, &message)) {
            m_home.setCurrent(m_key);
            emit finished(Outcome::SignedInOffline, message);
            return;
        }
        if (call->error().isAccountDisabled()) {
            if (!m_newFolder)
                message = withdraw();
            // Nobody works as a disabled person, not even lapordeskctl by default.
            if (const auto current = m_home.current(); current && current->key == m_key)
                m_home.clearCurrent();
        }
        dropNewFolder();
        emit finished(Outcome::Refused, message);
        return;
    }
    enabledAgain();
    // The lock screen checks the password against this when the hub is out of reach.
    OfflineVerifier::remember(m_profile->settings(), password);
    accept();
}

void PersonSignIn::accept()
{
    m_account->rememberLogin();
    m_needsLocalPassword = !OfflineVerifier::isKnown(m_profile->settings());
    m_home.touchSignIn(m_key);
    m_home.setCurrent(m_key);
    emit finished(Outcome::SignedIn, {});
}

bool PersonSignIn::openFolder(const QString &hub, const QString &username)
{
    const QString dir = m_home.personDir(hub, username);
    m_key = ProfileHome::personKey(hub, username, m_home.isTraining());
    m_newFolder = !QFileInfo::exists(dir);
    m_profile = std::make_unique<Profile>(dir);
    QString error;
    if (!m_profile->ensureExists(&error)) {
        m_profile.reset();
        emit finished(Outcome::Refused, error);
        return false;
    }
    // The agency's CA goes into the person's settings first: the account reads it there.
    if (!m_caFile.isEmpty()) {
        QSettings &settings = m_profile->settings();
        Preferences preferences = Preferences::load(settings);
        preferences.caFile = m_caFile;
        preferences.store(settings);
        settings.sync();
    }
    m_account = std::make_unique<HubAccount>(*m_profile, m_backend);
    m_account->setHub(hub, username);
    return true;
}

void PersonSignIn::startWithTokens(const QString &hubUrl, const QJsonObject &tokens)
{
    cancel();
    m_error = {};
    const QString hub = HubAddress::normalized(hubUrl);
    const QString username = tokens.value(QLatin1String("user"))
                                 .toObject()
                                 .value(QLatin1String("username"))
                                 .toString();
    if (const QString problem = HubAddress::problem(hub); !problem.isEmpty()) {
        emit finished(Outcome::Refused, problem);
        return;
    }
    // The folder's name is made safe by ProfileHome::personKey; an empty name has no folder.
    if (username.isEmpty() || username.size() > 100) {
        m_error = HubError::invalid(QStringLiteral("the token answer names no usable user"));
        emit finished(Outcome::Refused, tr("Hub tidak menyebut pengguna yang masuk."));
        return;
    }
    if (!openFolder(hub, username))
        return;
    if (!m_account->client().adoptTokens(tokens, &m_error)) {
        dropNewFolder();
        emit finished(Outcome::Refused, m_error.userMessage());
        return;
    }
    enabledAgain();
    accept();
}

void PersonSignIn::enabledAgain()
{
    // Accepted by the hub: an account it had disabled is enabled again.
    if (m_newFolder || !QFileInfo::exists(m_profile->databasePath()))
        return;
    auto opened = Database::open(m_profile->databasePath());
    QString error;
    if (opened.database && !DisabledAccount::clear(*opened.database, &error))
        qWarning("sign-in: %s", qPrintable(error));
}

bool PersonSignIn::checkOffline(const QString &password, QString *message)
{
    QSettings &settings = m_profile->settings();
    if (!OfflineVerifier::isKnown(settings))
        return false;
    PasswordThrottle throttle(settings);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const qint64 wait = throttle.secondsToWait(now); wait > 0) {
        *message = tr("Hub tidak dapat dihubungi, dan terlalu banyak kata sandi salah di komputer "
                      "ini. Coba lagi dalam %n detik.",
                      nullptr, int(wait));
        return false;
    }
    if (!OfflineVerifier::check(settings, password)) {
        throttle.recordFailure(now);
        *message = tr("Hub tidak dapat dihubungi, dan kata sandi tidak cocok dengan yang tersimpan "
                      "di komputer ini dari masuk terakhir Anda.");
        return false;
    }
    throttle.reset();
    *message = tr("Hub tidak dapat dihubungi; Anda bekerja tanpa hub. Sinkronisasi berjalan "
                  "begitu hub dapat dihubungi.");
    return true;
}

QString PersonSignIn::withdraw()
{
    m_account->forgetSession();
    auto opened = Database::open(m_profile->databasePath());
    QString error = opened.message;
    const auto outcome = opened.database ? DisabledAccount::apply(
                             *m_profile, *opened.database, QDateTime::currentDateTimeUtc(), &error)
                                         : std::nullopt;
    if (!outcome) {
        // The store's reason is for whoever looks after this PC, not for the sign-in page.
        qWarning("account disabled, but the local store could not be closed: %s",
                 qPrintable(error));
        return m_error.userMessage();
    }
    return DisabledAccount::message(*outcome);
}

void PersonSignIn::dropNewFolder()
{
    m_account.reset();
    if (m_profile && m_newFolder)
        QDir(m_profile->dir()).removeRecursively();
    m_profile.reset();
}

std::unique_ptr<Profile> PersonSignIn::takeProfile()
{
    return std::move(m_profile);
}

std::unique_ptr<HubAccount> PersonSignIn::takeAccount()
{
    return std::move(m_account);
}

} // namespace lapor
