#include "browsersignin.h"

#include "hubclient.h"
#include "oauthsignin.h"
#include "protocol/oauth.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace lapor {

namespace OAuth = protocol::OAuth;

namespace {

constexpr qsizetype kMaxRequestHead = 8192;

// Both languages at once: the browser's language is not the desk's to know, and the
// page must be understood whichever the person reads.
QByteArray page(int status, const QByteArray &indonesian, const QByteArray &english)
{
    const QByteArray body
        = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>LAPOR Desk"
          "</title></head><body style=\"font-family:sans-serif;max-width:30rem;margin:3rem "
          "auto\"><h1>LAPOR Desk</h1><p>"
        + indonesian + "</p><p lang=\"en\">" + english + "</p></body></html>";
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Bad Request")
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
          "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

BrowserSignIn::BrowserSignIn(HubClient &client, Opener opener, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_opener(std::move(opener))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("Waktu masuk lewat peramban habis. Coba lagi.")); });
    connect(&m_server, &QTcpServer::newConnection, this, &BrowserSignIn::onConnection);
}

BrowserSignIn::~BrowserSignIn()
{
    cancel();
}

void BrowserSignIn::start()
{
    cancel();
    m_tokens = {};
    m_error = {};
    m_message.clear();
    // 127.0.0.1 and not "localhost": the name may resolve elsewhere (RFC 8252 §8.3).
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        fail(tr("Tidak dapat menunggu jawaban peramban: %1").arg(m_server.errorString()));
        return;
    }
    m_verifier = OAuth::newVerifier();
    m_state = OAuth::newVerifier();
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1%2")
                        .arg(m_server.serverPort())
                        .arg(QLatin1String(OAuth::kRedirectPath));
    const QList<QPair<QString, QString>> items {
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("client_id"), QLatin1String(OAuth::kDeskClientId) },
        { QStringLiteral("redirect_uri"), m_redirectUri },
        { QStringLiteral("code_challenge"), OAuth::challengeS256(m_verifier) },
        { QStringLiteral("code_challenge_method"), QLatin1String(OAuth::kChallengeS256) },
        { QStringLiteral("state"), m_state },
        { QStringLiteral("ui_locales"), m_language },
        { QStringLiteral("login_hint"), m_loginHint },
    };
    QStringList parts;
    for (const auto &item : items) {
        if (!item.second.isEmpty())
            parts.append(item.first + QLatin1Char('=')
                         + QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    // Under the hub's own path, as HubClient builds every request.
    m_authorizeUrl = m_client.baseUrl();
    m_authorizeUrl.setPath(m_authorizeUrl.path()
                           + protocol::Routes::path(protocol::Route::OAuthAuthorize));
    m_authorizeUrl.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    m_timeout.start();
    if (!m_opener || !m_opener(m_authorizeUrl))
        fail(tr("Peramban tidak dapat dibuka. Buka alamat ini sendiri: %1")
                 .arg(m_authorizeUrl.toString()));
}

void BrowserSignIn::cancel()
{
    stopListening();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
}

void BrowserSignIn::stopListening()
{
    m_timeout.stop();
    m_server.close();
}

void BrowserSignIn::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // The answer page must still go out when this object is gone.
        socket->setParent(nullptr);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
        // A connection that never sends its request line must not linger.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
    }
}

void BrowserSignIn::onRequest(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    if (!head.contains("\r\n\r\n")) {
        if (head.size() > kMaxRequestHead)
            socket->abort();
        else
            socket->setProperty("head", head);
        return;
    }
    socket->setProperty("answered", true);
    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
    const QUrl target = QUrl::fromEncoded(line.value(1));
    auto answer = [socket](const QByteArray &response) {
        socket->write(response);
        socket->disconnectFromHost();
    };
    if (line.value(0) != "GET" || target.path() != QLatin1String(OAuth::kRedirectPath)) {
        answer(page(400, "Alamat ini bukan untuk Anda.", "Nothing here."));
        return;
    }
    const QUrlQuery query(target.query(QUrl::FullyEncoded));
    // A request without our state did not come from the hub's redirect (another page in
    // the browser can reach this port too): refused, and the sign-in keeps waiting.
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        answer(page(400, "Permintaan ini tidak sah.", "This request is not valid."));
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    stopListening();
    if (!error.isEmpty() || code.isEmpty()) {
        answer(page(200, "Masuk dibatalkan. Anda boleh menutup tab ini.",
                    "Sign-in cancelled. You can close this tab."));
        fail(error == QLatin1String("access_denied")
                 ? tr("Masuk dibatalkan di peramban.")
                 : tr("Hub menolak permintaan masuk (%1).").arg(error.left(60)));
        return;
    }
    answer(page(200, "Anda sudah masuk. Anda boleh menutup tab ini dan kembali ke LAPOR Desk.",
                "You are signed in. You can close this tab and return to LAPOR Desk."));
    exchange(code);
}

void BrowserSignIn::exchange(const QString &code)
{
    m_call = OAuthSignIn::postForm(
        m_client, protocol::Route::OAuthToken,
        { { QStringLiteral("grant_type"), QLatin1String(OAuth::kGrantAuthorizationCode) },
          { QStringLiteral("code"), code },
          { QStringLiteral("redirect_uri"), m_redirectUri },
          { QStringLiteral("client_id"), QLatin1String(OAuth::kDeskClientId) },
          { QStringLiteral("code_verifier"), m_verifier } });
    connect(m_call, &HubCall::finished, this, [this](HubCall *call) {
        call->deleteLater();
        if (!call->error().ok()) {
            fail(call->error().userMessage(), call->error());
            return;
        }
        m_tokens = call->json();
        emit finished(true);
    });
}

void BrowserSignIn::fail(const QString &message, const HubError &error)
{
    stopListening();
    m_error = error.ok() ? HubError::invalid(message) : error;
    m_message = message;
    emit finished(false);
}

} // namespace lapor
