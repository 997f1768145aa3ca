#include "deviceflow.h"

#include "authservice.h"
#include "entities.h"
#include "hubstore.h"
#include "oauthserver.h"
#include "protocol/oauth.h"
#include "protocol/routes.h"

#include <QRandomGenerator>
#include <QUrlQuery>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;
namespace OAuth = protocol::OAuth;

namespace {

// RFC 8628 §6.1: consonants only, so no word is spelled and nothing reads alike (0/O, 1/I).
constexpr char kAlphabet[] = "BCDFGHJKLMNPQRSTVWXZ";

QString value(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QString newUserCode()
{
    QString code;
    for (int i = 0; i < 8; ++i)
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(20)]);
    return code;
}

QString display(const QString &normalized)
{
    return normalized.left(4) + u'-' + normalized.mid(4);
}

} // namespace

DeviceFlow::DeviceFlow(HubStore &store, AuthService &auth, bool https)
    : m_store(store)
    , m_auth(auth)
    , m_https(https)
{ }

QString DeviceFlow::normalizeUserCode(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isLetter())
            out += c.toUpper();
    }
    return out;
}

void DeviceFlow::prune()
{
    const qint64 now = Records::now();
    for (auto it = m_grants.begin(); it != m_grants.end();) {
        // Kept a little past expiry, so that a late poll hears expired_token.
        if (it->expiresAt + kLifetime <= now) {
            m_byUserCode.remove(it->userCode);
            it = m_grants.erase(it);
        } else {
            ++it;
        }
    }
    m_visits.removeIf([now](const auto &it) { return it.value().expiresAt <= now; });
    m_wrongCodes.removeIf([now](qint64 at) { return at <= now - 300; });
}

QString DeviceFlow::verificationUri(const HttpRequest &request) const
{
    const QString host = QString::fromLatin1(request.header("host"));
    return (m_https ? u"https://"_s : u"http://"_s) + host
        + protocol::Routes::path(protocol::Route::OAuthVerify);
}

HttpResponse DeviceFlow::authorize(const HttpRequest &request)
{
    prune();
    const QUrlQuery form(QString::fromLatin1(OAuth::formToQuery(request.body)));
    const QString clientId = value(form, u"client_id"_s);
    if (!OAuth::isKnownClient(clientId))
        return OAuthError::make(401, "invalid_client", u"Unknown client_id"_s);
    QString userCode = newUserCode();
    while (m_byUserCode.contains(userCode))
        userCode = newUserCode();
    const QString deviceCode = AuthService::randomToken();
    const QString key = AuthService::digest(deviceCode);
    Grant grant;
    grant.clientId = clientId;
    grant.userCode = userCode;
    grant.expiresAt = Records::now() + kLifetime;
    m_grants.insert(key, grant);
    m_byUserCode.insert(userCode, key);
    const QString uri = verificationUri(request);
    QUrl complete(uri);
    complete.setQuery(u"user_code="_s + display(userCode));
    HttpResponse response
        = HttpResponse::json(200,
                             { { u"device_code"_s, deviceCode },
                               { u"user_code"_s, display(userCode) },
                               { u"verification_uri"_s, uri },
                               { u"verification_uri_complete"_s, complete.toString() },
                               { u"expires_in"_s, kLifetime },
                               { u"interval"_s, kInterval } });
    response.setHeader("Cache-Control", "no-store");
    return response;
}

LoginPage::Form DeviceFlow::form(const QString &transaction, const QString &userCode) const
{
    LoginPage::Form form;
    form.action = protocol::Routes::path(protocol::Route::OAuthVerifySubmit);
    form.transaction = transaction;
    form.agencyName = m_store.meta(u"agency_name"_s);
    form.askUserCode = true;
    form.userCode = userCode;
    return form;
}

HttpResponse DeviceFlow::page(const HttpRequest &request)
{
    prune();
    Visit visit;
    visit.language = LoginPage::choose(value(request.query, u"ui_locales"_s),
                                       request.header("accept-language"));
    visit.expiresAt = Records::now() + kLifetime;
    const QString transaction = AuthService::randomToken();
    m_visits.insert(transaction, visit);
    const QString typed = value(request.query, u"user_code"_s).left(20);
    return LoginPage::form(visit.language, form(transaction, typed));
}

CheckedAnswer DeviceFlow::submit(const HttpRequest &request)
{
    prune();
    const QUrlQuery posted(QString::fromLatin1(OAuth::formToQuery(request.body)));
    const QString transaction = value(posted, u"transaction"_s);
    const auto visit = m_visits.constFind(transaction);
    if (transaction.isEmpty() || visit == m_visits.cend()) {
        const auto l = LoginPage::choose({}, request.header("accept-language"));
        return LoginPage::message(
            l, LoginPage::text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Tidak dapat masuk")),
            LoginPage::text(l,
                            QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                              "Halaman ini sudah kedaluwarsa. Buka lagi "
                                              "alamat yang ditampilkan perangkat Anda.")),
            400);
    }
    const auto l = visit->language;
    const QString typed = value(posted, u"user_code"_s).left(20);
    LoginPage::Form again = form(transaction, typed);
    again.username = value(posted, u"username"_s).left(100);
    if (m_wrongCodes.size() >= kMaxWrongCodes) {
        again.error = LoginPage::text(
            l,
            QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                              "Terlalu banyak kode salah. Coba lagi beberapa menit lagi."));
        HttpResponse page = LoginPage::form(l, again, 429);
        page.setHeader("Retry-After", "300");
        return page;
    }
    const QString key = m_byUserCode.value(normalizeUserCode(typed));
    auto grant = m_grants.find(key);
    if (key.isEmpty() || grant == m_grants.end() || grant->state != State::Pending
        || grant->expiresAt <= Records::now()) {
        m_wrongCodes.append(Records::now());
        again.error = LoginPage::text(
            l,
            QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                              "Kode perangkat tidak dikenal atau sudah kedaluwarsa."));
        return LoginPage::form(l, again, 400);
    }
    if (value(posted, u"action"_s) == u"cancel"_s) {
        grant->state = State::Denied;
        m_visits.remove(transaction);
        return LoginPage::message(
            l, LoginPage::text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Masuk dibatalkan")),
            LoginPage::text(l,
                            QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                              "Perangkat itu tidak masuk. Anda boleh "
                                              "menutup halaman ini.")),
            200);
    }
    LoginCheck check;
    check.username = again.username;
    check.password = value(posted, u"password"_s);
    check.peer = request.peer.toString();
    // The check runs while other requests are served: by the time it is done the grant
    // may have been cancelled, used or run out.
    const auto accepted = [this, key, transaction, l](const QString &userId) {
        auto still = m_grants.find(key);
        if (still == m_grants.end() || still->state != State::Pending
            || still->expiresAt <= Records::now())
            return LoginPage::message(
                l,
                LoginPage::text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Tidak dapat masuk")),
                LoginPage::text(l,
                                QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                                  "Kode perangkat tidak dikenal atau sudah "
                                                  "kedaluwarsa.")),
                400);
        still->state = State::Approved;
        still->userId = userId;
        m_visits.remove(transaction);
        return LoginPage::message(
            l,
            LoginPage::text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Perangkat sudah masuk")),
            LoginPage::text(l,
                            QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                              "Anda boleh menutup halaman ini dan "
                                              "kembali ke perangkat Anda.")),
            200);
    };
    const auto page = [l, again](const HttpResponse &answer) {
        if (answer.contentType.startsWith("text/html"))
            return answer;
        return LoginPage::refused(l, again, answer);
    };
    return m_auth.checkForm(check, accepted, page);
}

HttpResponse DeviceFlow::token(const QUrlQuery &form)
{
    prune();
    const QString deviceCode = value(form, u"device_code"_s);
    const QString clientId = value(form, u"client_id"_s);
    if (deviceCode.isEmpty() || clientId.isEmpty())
        return OAuthError::make(400, "invalid_request",
                                u"device_code and client_id are required"_s);
    const auto grant = m_grants.find(AuthService::digest(deviceCode));
    if (grant == m_grants.end() || grant->clientId != clientId)
        return OAuthError::make(400, "invalid_grant", u"The device code is not valid"_s);
    const qint64 now = Records::now();
    if (grant->expiresAt <= now)
        return OAuthError::make(400, "expired_token", u"The device code expired; start again"_s);
    switch (grant->state) {
    case State::Denied:
        m_byUserCode.remove(grant->userCode);
        m_grants.erase(grant);
        return OAuthError::make(400, "access_denied", u"The sign-in was cancelled"_s);
    case State::Approved: {
        const QString userId = grant->userId;
        m_byUserCode.remove(grant->userCode);
        m_grants.erase(grant);
        return m_auth.startSession(userId);
    }
    case State::Pending:
        break;
    }
    // A second of slack: the hub's clock counts whole seconds, a client's timer does not.
    const bool tooSoon = grant->lastPoll > 0 && now - grant->lastPoll < grant->interval - 1;
    grant->lastPoll = now;
    if (tooSoon) {
        grant->interval += 5; // RFC 8628 §3.5
        HttpResponse response = OAuthError::make(400, "slow_down", u"Poll less often"_s);
        return response;
    }
    return OAuthError::make(400, "authorization_pending", u"Waiting for the person to sign in"_s);
}

} // namespace lapor::hub
