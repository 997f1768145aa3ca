#pragma once

#include "core/user.h"
#include "huberror.h"
#include "protocol/records.h"
#include "tokenstore.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace lapor {

class HubJob;

// A request through the session: the Bearer token is attached, refreshed before it
// expires and once more after a 401. Emits finished() exactly once.
class HubCall : public QObject
{
    Q_OBJECT

public:
    const HubError &error() const { return m_error; }
    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    QByteArray rawHeader(const QByteArray &name) const;
    // Bytes of the answer taken in (inflated), also when it was cut off at its cap.
    qint64 bytesRead() const { return m_bytesRead; }
    // The body as an object; sets a Malformed error when it is not one.
    QJsonObject json();
    void cancel();

signals:
    void finished(lapor::HubCall *call);
    // A successful answer's head is in (rawHeader() reads it); its body is still arriving.
    void headersArrived(lapor::HubCall *call);

private:
    friend class HubClient;
    explicit HubCall(QObject *parent);

    HubError m_error;
    int m_status = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_bytesRead = 0;
    QPointer<HubJob> m_job;
    bool m_cancelled = false;
};

// The network of one HubClient, counting what crosses it: the bytes of request bodies as
// Qt hands them to the socket (uploadProgress) and of answer bodies as they arrive, still
// compressed (downloadProgress; the desk asks for gzip itself, so Qt does not inflate).
// Headers, TLS records and TCP/IP framing are not counted (docs/sync.md, "Text first").
class CountingNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    qint64 bytesSent() const { return m_sent; }
    qint64 bytesReceived() const { return m_received; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    qint64 m_sent = 0;
    qint64 m_received = 0;
};

// The one owner of the network. Holds the hub address, the TLS settings and the session,
// and hands out one job per request. Every request it builds trusts the system's CAs plus
// the agency's CA file (this hub only, never the process-wide default), checks the pin
// when one is set, follows redirects only within the hub's origin, caps the answer, and
// goes nowhere but https or this computer, whatever the settings say.
class HubClient : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl baseUrl;
        QString extraCaFile; // PEM: a government CA trusted in addition to the system's
        int transferTimeoutMs = 30000;
        // base64 SHA-256 of the hub certificate's SubjectPublicKeyInfo (HPKP pin-sha256);
        // empty: any certificate the CAs trust.
        QByteArray pinSha256 {};
        qint64 maxResponseBytes = kDefaultMaxResponseBytes; // a JSON answer, inflated
    };
    static constexpr qint64 kDefaultMaxResponseBytes = 16 * 1024 * 1024;

    struct Request
    {
        QByteArray verb = "GET";
        QString path; // e.g. "/v1/changes"
        QUrlQuery query;
        QJsonObject body; // sent when the verb is not GET
        // Instead of `body`: raw bytes of this type (an attachment upload).
        QByteArray rawBody;
        QByteArray contentType;
        QByteArray idempotencyKey;
        QByteArray ifMatch;
        QByteArray range; // "bytes=A-B": a part of an attachment
        // The most a successful answer may hold (an attachment: its declared size);
        // 0 for the JSON cap, maxResponseBytes.
        qint64 maxBytes = 0;
    };

    HubClient(const Settings &settings, TokenStore &tokens, QObject *parent = nullptr);
    ~HubClient() override;

    // Why no request can go out (the CA file cannot be used); empty when they can.
    QString tlsProblem() const { return m_tlsProblem; }
    QUrl baseUrl() const { return m_settings.baseUrl; }
    QNetworkAccessManager *network() { return &m_network; }
    // Body bytes sent and received through this client since it was made, every request
    // counted (CountingNetwork says what is counted). A caller takes the difference.
    qint64 bytesSent() const { return m_network.bytesSent(); }
    qint64 bytesReceived() const { return m_network.bytesReceived(); }

    // The session. restoreSession() reads tokens kept for this hub and user.
    HubCall *login(const QString &username, const QString &password);
    // A session the hub opened elsewhere (a browser or device sign-in): `response` is the
    // hub's token answer, which names the user. Kept in the token store like a login's.
    bool adoptTokens(const QJsonObject &response, HubError *error);
    bool restoreSession(const QString &username);
    HubCall *logout();
    bool hasSession() const { return !m_tokens.refreshToken.isEmpty(); }
    const User &user() const { return m_user; }
    // The user as remembered in the profile, for a session restored without a login.
    void setUser(const User &user) { m_user = user; }
    // The user of the last login or refresh, with the unit and agency names and the zone.
    const SignedInUser &signedIn() const { return m_signedIn; }
    QString username() const { return m_username; }

    HubCall *send(const Request &request);
    // A single unauthenticated request, for the connectivity probe.
    HubJob *probe(const QString &path);

signals:
    void sessionExpired(); // refresh refused: the user must log in again
    // The hub answered account-disabled (to a sign-in, a refresh or any request): the
    // session is forgotten, and neither a refresh nor the password will help.
    void accountDisabled();

private:
    void setUpTls();
    QNetworkRequest makeRequest(const Request &request, bool withToken) const;
    // A job for `request` with the client's guards; one that is refused sends nothing.
    HubJob *makeJob(const Request &request, bool withToken, const QByteArray &body,
                    QObject *parent);
    void run(HubCall *call, const Request &request, bool retried);
    // Copies the headers a caller may read (ETag, Link, …) from the job to its call.
    static void keepHeaders(HubCall *call, const HubJob *job);
    void refresh(std::function<void(const HubError &)> done);
    bool acceptTokens(const QJsonObject &response, HubError *error);
    void saveTokens();
    void forgetTokens();

    Settings m_settings;
    QSslConfiguration m_tls;
    QString m_tlsProblem;
    CountingNetwork m_network;
    TokenStore &m_tokenStore;
    SessionTokens m_tokens;
    User m_user;
    SignedInUser m_signedIn;
    QString m_username;
    QList<std::function<void(const HubError &)>> m_refreshWaiters;
};

} // namespace lapor
