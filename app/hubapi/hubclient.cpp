#include "hubclient.h"

#include "core/hubaddress.h"
#include "hubjob.h"
#include "protocol/records.h"
#include "protocol/routes.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>

namespace lapor {

namespace {

// Refresh this long before the access token expires, so a request never races expiry.
constexpr int kRefreshMarginSeconds = 30;

} // namespace

HubCall::HubCall(QObject *parent)
    : QObject(parent)
{ }

QByteArray HubCall::rawHeader(const QByteArray &name) const
{
    for (const auto &pair : m_headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonObject HubCall::json()
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (m_error.ok())
            m_error = HubError::malformed(QStringLiteral("%1 at byte %2 of %3")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset)
                                              .arg(m_body.size()));
        return {};
    }
    return doc.object();
}

void HubCall::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

QNetworkReply *CountingNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                              QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    // Both signals report totals for this reply: only the growth since the last one counts.
    auto sent = std::make_shared<qint64>(0);
    auto received = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::uploadProgress, this, [this, sent](qint64 done, qint64) {
        if (done > *sent) {
            m_sent += done - *sent;
            *sent = done;
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, received](qint64 done, qint64) {
        if (done > *received) {
            m_received += done - *received;
            *received = done;
        }
    });
    return reply;
}

HubClient::HubClient(const Settings &settings, TokenStore &tokens, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokenStore(tokens)
{
    setUpTls();
    m_network.setAutoDeleteReplies(false);
    m_network.setTransferTimeout(m_settings.transferTimeoutMs);
}

HubClient::~HubClient() = default;

void HubClient::setUpTls()
{
    // The system's CAs plus the agency's, for this hub's requests only: another hub in
    // the same process (a second profile, the training hub) trusts what it was set up with.
    m_tls = QSslConfiguration::defaultConfiguration();
    if (m_settings.extraCaFile.isEmpty())
        return;
    QFile file(m_settings.extraCaFile);
    if (!file.open(QIODevice::ReadOnly)) {
        // The file the person chose is named; the file system's own words are not plain.
        m_tlsProblem = tr("%1 tidak ada atau tidak dapat dibaca").arg(m_settings.extraCaFile);
        return;
    }
    // A bundle: every certificate in the file counts (a root and its intermediates).
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        m_tlsProblem = tr("%1 tidak berisi sertifikat PEM").arg(m_settings.extraCaFile);
        return;
    }
    m_tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
}

QNetworkRequest HubClient::makeRequest(const Request &request, bool withToken) const
{
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path() + request.path);
    url.setQuery(request.query);
    QNetworkRequest r(url);
    r.setTransferTimeout(m_settings.transferTimeoutMs);
    r.setRawHeader("Accept", "application/json");
    // HubJob follows a redirect itself, only within the hub's origin.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        r.setSslConfiguration(m_tls);
    // Named here, so Qt leaves the body compressed and HubJob inflates it within its cap.
    r.setRawHeader("Accept-Encoding", "gzip");
    if (request.verb != "GET")
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    request.contentType.isEmpty() ? QByteArrayLiteral("application/json")
                                                  : request.contentType);
    if (withToken && !m_tokens.accessToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toLatin1());
    if (!request.idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", request.idempotencyKey);
    if (!request.ifMatch.isEmpty())
        r.setRawHeader("If-Match", request.ifMatch);
    if (!request.range.isEmpty()) {
        r.setRawHeader("Range", request.range);
        // Byte ranges are of the file as stored: never of a compressed transfer.
        r.setRawHeader("Accept-Encoding", "identity");
    }
    return r;
}

HubJob *HubClient::makeJob(const Request &request, bool withToken, const QByteArray &body,
                           QObject *parent)
{
    auto *job = new HubJob(&m_network, makeRequest(request, withToken), request.verb, body, parent);
    HubJob::Guards guards;
    guards.pinSha256 = m_settings.pinSha256;
    guards.maxErrorBytes = m_settings.maxResponseBytes;
    guards.maxBytes = request.maxBytes > 0 ? request.maxBytes : m_settings.maxResponseBytes;
    job->setGuards(guards);
    // Checked on every request, not only where an address is typed in: settings.ini can
    // be edited by hand, and a password must never cross the network in the clear.
    const QString address = m_settings.baseUrl.toString();
    if (!HubAddress::problem(address).isEmpty())
        job->refuse(HubError::refused(HubError::Refusal::InsecureAddress, address));
    else if (!m_tlsProblem.isEmpty())
        job->refuse(HubError::refused(HubError::Refusal::CaFile, m_tlsProblem));
    return job;
}

HubJob *HubClient::probe(const QString &path)
{
    Request request;
    request.path = path;
    auto *job = makeJob(request, false, {}, this);
    job->start();
    return job;
}

bool HubClient::acceptTokens(const QJsonObject &response, HubError *error)
{
    const QString access = response.value(QLatin1String("access_token")).toString();
    const QString refreshToken = response.value(QLatin1String("refresh_token")).toString();
    const double expiresIn = response.value(QLatin1String("expires_in")).toDouble(-1);
    if (access.isEmpty() || refreshToken.isEmpty() || expiresIn < 0) {
        *error = HubError::invalid(QStringLiteral("token response lacks access_token, "
                                                  "refresh_token or expires_in"));
        return false;
    }
    if (response.contains(QLatin1String("user"))) {
        QString why;
        const auto user
            = Wire::decodeSignedInUser(response.value(QLatin1String("user")).toObject(), &why);
        if (!user) {
            *error = HubError::invalid(why);
            return false;
        }
        m_user = user->user;
        m_signedIn = *user;
    }
    m_tokens.accessToken = access;
    m_tokens.refreshToken = refreshToken;
    m_tokens.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(expiresIn));
    saveTokens();
    return true;
}

void HubClient::saveTokens()
{
    m_tokenStore.save(TokenStore::accountKey(m_settings.baseUrl.toString(), m_username), m_tokens);
}

void HubClient::forgetTokens()
{
    m_tokens = {};
    m_tokenStore.remove(TokenStore::accountKey(m_settings.baseUrl.toString(), m_username));
}

HubCall *HubClient::login(const QString &username, const QString &password)
{
    auto *call = new HubCall(this);
    Request request;
    request.verb = "POST";
    request.path = protocol::Routes::path(protocol::Route::AuthToken);
    request.body
        = { { QStringLiteral("username"), username }, { QStringLiteral("password"), password } };
    auto *job
        = makeJob(request, false, QJsonDocument(request.body).toJson(QJsonDocument::Compact), call);
    call->m_job = job;
    connect(job, &HubJob::finished, call, [this, call, username](HubJob *done) {
        call->m_error = done->error();
        call->m_status = done->status();
        call->m_body = done->body();
        call->m_bytesRead = done->bytesRead();
        if (call->m_error.ok()) {
            m_username = username;
            acceptTokens(done->jsonObject(), &call->m_error);
            if (!done->error().ok())
                call->m_error = done->error();
        }
        done->deleteLater();
        if (call->m_error.isAccountDisabled())
            emit accountDisabled();
        emit call->finished(call);
    });
    job->start();
    return call;
}

bool HubClient::restoreSession(const QString &username)
{
    m_username = username;
    const auto tokens
        = m_tokenStore.load(TokenStore::accountKey(m_settings.baseUrl.toString(), username));
    if (!tokens || tokens->refreshToken.isEmpty())
        return false;
    m_tokens = *tokens;
    return true;
}

HubCall *HubClient::logout()
{
    Request request;
    request.verb = "POST";
    request.path = protocol::Routes::path(protocol::Route::AuthLogout);
    // Forget locally whatever the hub says: a lost connection must not keep a session alive.
    // The keychain is cleared before the request goes out: its job runs an event loop, and a
    // quick answer would otherwise finish the call before the caller could connect to it.
    m_tokenStore.remove(TokenStore::accountKey(m_settings.baseUrl.toString(), m_username));
    auto *call = send(request);
    connect(call, &HubCall::finished, this, [this] { m_tokens = {}; });
    return call;
}

void HubClient::keepHeaders(HubCall *call, const HubJob *job)
{
    call->m_headers.clear();
    for (const char *name :
         { "ETag", "Retry-After", "Content-Type", "Location", "Content-Range", "Link" })
        call->m_headers.append({ QByteArray(name), job->rawHeader(name) });
}

HubCall *HubClient::send(const Request &request)
{
    auto *call = new HubCall(this);
    const bool expiring = m_tokens.accessToken.isEmpty() || !m_tokens.accessExpiresAt.isValid()
        || QDateTime::currentDateTimeUtc().secsTo(m_tokens.accessExpiresAt) < kRefreshMarginSeconds;
    if (expiring && !m_tokens.refreshToken.isEmpty()) {
        refresh([this, call, request](const HubError &error) {
            if (!error.ok()) {
                call->m_error = error;
                emit call->finished(call);
                return;
            }
            run(call, request, true);
        });
    } else {
        run(call, request, false);
    }
    return call;
}

void HubClient::run(HubCall *call, const Request &request, bool retried)
{
    if (call->m_cancelled) {
        call->m_error.kind = HubError::Kind::Cancelled;
        emit call->finished(call);
        return;
    }
    const QByteArray body = request.verb == "GET" ? QByteArray()
        : !request.contentType.isEmpty()
        ? request.rawBody
        : QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    auto *job = makeJob(request, true, body, call);
    call->m_job = job;
    connect(job, &HubJob::finished, call, [this, call, request, retried](HubJob *done) {
        done->deleteLater();
        if (done->error().isAuth() && !retried && !m_tokens.refreshToken.isEmpty()) {
            refresh([this, call, request](const HubError &error) {
                if (!error.ok()) {
                    call->m_error = error;
                    emit call->finished(call);
                    return;
                }
                run(call, request, true);
            });
            return;
        }
        if (done->error().isAccountDisabled() && !m_tokens.refreshToken.isEmpty()) {
            forgetTokens();
            emit accountDisabled();
        }
        call->m_error = done->error();
        call->m_status = done->status();
        call->m_body = done->body();
        call->m_bytesRead = done->bytesRead();
        keepHeaders(call, done);
        emit call->finished(call);
    });
    connect(job, &HubJob::headersArrived, call, [call](HubJob *answering) {
        keepHeaders(call, answering);
        emit call->headersArrived(call);
    });
    job->start();
}

void HubClient::refresh(std::function<void(const HubError &)> done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshWaiters.size() > 1)
        return; // one refresh at a time; everyone waits for it
    // The desk and lapordeskctl of one person share the session kept in the keychain.
    // If the other one has rotated it since, its tokens are the session's now: this
    // refresh token is spent, and presenting it again would read as a stolen token and
    // end the session for both.
    if (const auto kept
        = m_tokenStore.load(TokenStore::accountKey(m_settings.baseUrl.toString(), m_username));
        kept && !kept->refreshToken.isEmpty() && kept->refreshToken != m_tokens.refreshToken) {
        m_tokens = *kept;
        const bool fresh = m_tokens.accessExpiresAt.isValid()
            && QDateTime::currentDateTimeUtc().secsTo(m_tokens.accessExpiresAt)
                >= kRefreshMarginSeconds;
        if (fresh) {
            const auto waiters = std::exchange(m_refreshWaiters, {});
            for (const auto &waiter : waiters)
                waiter(HubError());
            return;
        }
    }
    Request request;
    request.verb = "POST";
    request.path = protocol::Routes::path(protocol::Route::AuthRefresh);
    request.body = { { QStringLiteral("refresh_token"), m_tokens.refreshToken } };
    auto *job
        = makeJob(request, false, QJsonDocument(request.body).toJson(QJsonDocument::Compact), this);
    connect(job, &HubJob::finished, this, [this](HubJob *finished) {
        finished->deleteLater();
        HubError error = finished->error();
        if (error.ok())
            acceptTokens(finished->jsonObject(), &error);
        if (!finished->error().ok() && error.ok())
            error = finished->error();
        // Only the hub's own refusal ends the session: a certificate, an address or a cap
        // the desk refused says nothing about the refresh token.
        const bool hubRefused
            = error.kind == HubError::Kind::Http || error.kind == HubError::Kind::Invalid;
        if (hubRefused && !error.isTransient()) {
            // The refresh token itself was refused: the session is over.
            forgetTokens();
            if (error.isAccountDisabled())
                emit accountDisabled();
            else
                emit sessionExpired();
        }
        const auto waiters = std::exchange(m_refreshWaiters, {});
        for (const auto &waiter : waiters)
            waiter(error);
    });
    job->start();
}

} // namespace lapor
