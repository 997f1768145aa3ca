#include "oauthserver.h"

#include "authservice.h"
#include "deviceflow.h"
#include "entities.h"
#include "hubstore.h"
#include "protocol/oauth.h"
#include "protocol/routes.h"
#include "tokenfamily.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;
namespace OAuth = protocol::OAuth;

namespace OAuthError {

HttpResponse make(int status, const char *error, const QString &description)
{
    HttpResponse response = HttpResponse::json(
        status,
        { { u"error"_s, QString::fromLatin1(error) }, { u"error_description"_s, description } });
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace OAuthError

namespace {

QString value(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// RFC 6749 §3.1: a parameter sent twice is an error, not a choice for the server.
bool hasDuplicates(const QUrlQuery &query)
{
    QStringList seen;
    for (const auto &item : query.queryItems()) {
        if (seen.contains(item.first))
            return true;
        seen.append(item.first);
    }
    return false;
}

bool isForm(const HttpRequest &request)
{
    return request.header("content-type").split(';').value(0).trimmed().toLower()
        == "application/x-www-form-urlencoded";
}

QString clientName(const QString &clientId)
{
    return clientId == QLatin1String(OAuth::kCliClientId) ? u"lapordeskctl"_s : u"LAPOR Desk"_s;
}

} // namespace

OAuthServer::OAuthServer(HubStore &store, AuthService &auth, DeviceFlow &device)
    : m_store(store)
    , m_auth(auth)
    , m_device(device)
{ }

void OAuthServer::prune()
{
    const qint64 now = Records::now();
    m_pending.removeIf([now](const auto &it) { return it.value().expiresAt <= now; });
    m_codes.removeIf([now](const auto &it) { return it.value().expiresAt <= now; });
}

HttpResponse OAuthServer::authorizePage(const HttpRequest &request)
{
    prune();
    const QUrlQuery &query = request.query;
    const auto language
        = LoginPage::choose(value(query, u"ui_locales"_s), request.header("accept-language"));
    auto refuse = [language](const char *why) {
        // Without a trusted redirect_uri the error cannot go back to the client (RFC 6749
        // §4.1.2.1): it is shown here, and nothing is sent anywhere.
        return LoginPage::message(
            language,
            LoginPage::text(language,
                            QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Tidak dapat masuk")),
            LoginPage::text(language, why), 400);
    };
    if (hasDuplicates(query))
        return refuse(
            QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Permintaan masuk ini tidak sah."));
    Pending pending;
    pending.clientId = value(query, u"client_id"_s);
    pending.redirectUri = value(query, u"redirect_uri"_s);
    if (!OAuth::isKnownClient(pending.clientId))
        return refuse(QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                        "Aplikasi yang meminta masuk tidak dikenal."));
    if (!OAuth::isLoopbackRedirect(QUrl(pending.redirectUri, QUrl::StrictMode)))
        return refuse(QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                        "Alamat kembali aplikasi ini tidak diizinkan."));
    pending.state = value(query, u"state"_s);
    pending.challenge = value(query, u"code_challenge"_s);
    pending.language = language;
    pending.expiresAt = Records::now() + kTransactionSeconds;
    if (value(query, u"response_type"_s) != u"code"_s)
        return redirect(pending, { { u"error"_s, u"unsupported_response_type"_s } });
    static const QRegularExpression s256(u"^[A-Za-z0-9_-]{43}$"_s);
    if (value(query, u"code_challenge_method"_s) != QLatin1String(OAuth::kChallengeS256)
        || !s256.match(pending.challenge).hasMatch())
        return redirect(
            pending,
            { { u"error"_s, u"invalid_request"_s },
              { u"error_description"_s, u"PKCE with code_challenge_method=S256 is required"_s } });
    const QString transaction = AuthService::randomToken();
    m_pending.insert(transaction, pending);
    LoginPage::Form form;
    form.action = protocol::Routes::path(protocol::Route::OAuthAuthorizeSubmit);
    form.transaction = transaction;
    form.clientName = clientName(pending.clientId);
    form.agencyName = m_store.meta(u"agency_name"_s);
    form.username = value(query, u"login_hint"_s);
    return LoginPage::form(language, form);
}

HttpResponse OAuthServer::expiredPage(const QByteArray &acceptLanguage)
{
    const auto language = LoginPage::choose({}, acceptLanguage);
    return LoginPage::message(
        language,
        LoginPage::text(language, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Tidak dapat masuk")),
        LoginPage::text(language,
                        QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                          "Halaman masuk ini sudah kedaluwarsa. Mulai "
                                          "lagi dari aplikasi LAPOR Desk.")),
        400);
}

CheckedAnswer OAuthServer::authorizeSubmit(const HttpRequest &request)
{
    prune();
    const QUrlQuery form(QString::fromLatin1(OAuth::formToQuery(request.body)));
    const QString transaction = value(form, u"transaction"_s);
    const auto it = m_pending.constFind(transaction);
    if (!isForm(request) || hasDuplicates(form) || transaction.isEmpty() || it == m_pending.cend())
        return expiredPage(request.header("accept-language"));
    const Pending pending = *it;
    if (value(form, u"action"_s) == u"cancel"_s) {
        m_pending.remove(transaction);
        return redirect(pending, { { u"error"_s, u"access_denied"_s } });
    }
    LoginCheck check;
    check.username = value(form, u"username"_s).left(100);
    check.password = value(form, u"password"_s);
    check.peer = request.peer.toString();
    LoginPage::Form again;
    again.action = protocol::Routes::path(protocol::Route::OAuthAuthorizeSubmit);
    again.transaction = transaction;
    again.clientName = clientName(pending.clientId);
    again.agencyName = m_store.meta(u"agency_name"_s);
    again.username = check.username;
    // The check runs while other requests are served: the same form may have been sent
    // twice, or the transaction may have run out, by the time it is done.
    const QByteArray acceptLanguage = request.header("accept-language");
    const auto accepted = [this, transaction, acceptLanguage](const QString &userId) {
        const auto still = m_pending.constFind(transaction);
        if (still == m_pending.cend())
            return expiredPage(acceptLanguage);
        const Pending signIn = *still;
        m_pending.remove(transaction);
        const QString code = AuthService::randomToken();
        m_codes.insert(AuthService::digest(code),
                       { userId,
                         signIn.clientId,
                         signIn.redirectUri,
                         signIn.challenge,
                         Records::now() + kCodeSeconds,
                         {} });
        return redirect(signIn, { { u"code"_s, code } });
    };
    const auto page = [this, transaction, acceptLanguage, again,
                       language = pending.language](const HttpResponse &answer) {
        if (answer.status == 302 || answer.contentType.startsWith("text/html"))
            return answer;
        if (!m_pending.contains(transaction))
            return expiredPage(acceptLanguage);
        return LoginPage::refused(language, again, answer);
    };
    return m_auth.checkForm(check, accepted, page);
}

HttpResponse OAuthServer::redirect(const Pending &pending,
                                   const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &item : items)
        parts.append(item.first + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    if (!pending.state.isEmpty())
        parts.append(u"state="_s + QString::fromLatin1(QUrl::toPercentEncoding(pending.state)));
    QUrl target(pending.redirectUri, QUrl::StrictMode);
    target.setQuery(parts.join(u'&'), QUrl::StrictMode);
    HttpResponse response = HttpResponse::empty(302);
    response.setHeader("Location", target.toEncoded());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

HttpResponse OAuthServer::token(const HttpRequest &request)
{
    prune();
    if (!isForm(request))
        return OAuthError::make(400, "invalid_request",
                                u"Send application/x-www-form-urlencoded (RFC 6749 §4.1.3)"_s);
    const QUrlQuery form(QString::fromLatin1(OAuth::formToQuery(request.body)));
    if (hasDuplicates(form))
        return OAuthError::make(400, "invalid_request", u"A parameter was sent twice"_s);
    const QString grant = value(form, u"grant_type"_s);
    if (grant == QLatin1String(OAuth::kGrantAuthorizationCode))
        return codeGrant(form);
    if (grant == QLatin1String(OAuth::kGrantRefreshToken))
        return refreshGrant(form);
    if (grant == QLatin1String(OAuth::kGrantDeviceCode))
        return m_device.token(form);
    if (grant.isEmpty())
        return OAuthError::make(400, "invalid_request", u"grant_type is missing"_s);
    return OAuthError::make(400, "unsupported_grant_type",
                            u"Use authorization_code, refresh_token or device_code"_s);
}

HttpResponse OAuthServer::codeGrant(const QUrlQuery &form)
{
    const QString code = value(form, u"code"_s);
    const QString verifier = value(form, u"code_verifier"_s);
    const QString clientId = value(form, u"client_id"_s);
    const QString redirectUri = value(form, u"redirect_uri"_s);
    if (code.isEmpty() || verifier.isEmpty() || clientId.isEmpty() || redirectUri.isEmpty())
        return OAuthError::make(400, "invalid_request",
                                u"code, code_verifier, client_id and redirect_uri are required"_s);
    if (!OAuth::isKnownClient(clientId))
        return OAuthError::make(401, "invalid_client", u"Unknown client_id"_s);
    const auto it = m_codes.find(AuthService::digest(code));
    if (it == m_codes.end())
        return OAuthError::make(400, "invalid_grant", u"The code is not valid"_s);
    if (!it->sessionId.isEmpty()) {
        // A code that comes back was copied (RFC 6749 §4.1.2): whatever it bought is revoked.
        TokenFamily::revoke(m_store.db(), it->sessionId);
        m_codes.erase(it);
        return OAuthError::make(400, "invalid_grant",
                                u"The code was already used; its session is revoked"_s);
    }
    // Every check that fails spends the code: a guess at the verifier gets one try.
    const Code grant = *it;
    const bool ok = grant.clientId == clientId && grant.redirectUri == redirectUri
        && OAuth::isValidVerifier(verifier) && OAuth::challengeS256(verifier) == grant.challenge;
    if (!ok) {
        m_codes.erase(it);
        return OAuthError::make(400, "invalid_grant",
                                u"client_id, redirect_uri or code_verifier do not match"_s);
    }
    QString sessionId;
    HttpResponse response = m_auth.startSession(grant.userId, &sessionId);
    it->sessionId = sessionId;
    return response;
}

HttpResponse OAuthServer::refreshGrant(const QUrlQuery &form)
{
    const QString refreshToken = value(form, u"refresh_token"_s);
    if (refreshToken.isEmpty())
        return OAuthError::make(400, "invalid_request", u"refresh_token is missing"_s);
    // The JSON route holds the rotation and the reuse detection; this is its form-encoded
    // face with the standard's error names.
    HttpRequest inner;
    inner.method = "POST";
    inner.path = protocol::Routes::path(protocol::Route::AuthRefresh);
    inner.headers.insert("content-type", "application/json");
    inner.body = QJsonDocument(QJsonObject { { u"refresh_token"_s, refreshToken } })
                     .toJson(QJsonDocument::Compact);
    HttpResponse response = m_auth.refresh(inner);
    if (response.isSuccess())
        return response;
    if (response.status == 401 || response.status == 403) {
        const QString title
            = QJsonDocument::fromJson(response.body).object().value(u"title"_s).toString();
        return OAuthError::make(400, "invalid_grant", title);
    }
    return response;
}

} // namespace lapor::hub
