#pragma once

#include "huberror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace lapor {

class HubCall;
class HubClient;

// Signs in through the system browser (RFC 8252): makes a PKCE pair and a state, listens
// on 127.0.0.1 on a port the OS picks, opens the hub's login page, takes the one redirect
// that carries the matching state, answers the browser with a short page, and exchanges the
// code for tokens. The password is typed into the hub's page and never reaches the desk.
// `client` carries no session; the tokens go to whoever stores them (PersonSignIn).
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    // Opens a URL in the system browser; the desk passes QDesktopServices::openUrl, tests a
    // function that drives the page over HTTP.
    using Opener = std::function<bool(const QUrl &)>;

    BrowserSignIn(HubClient &client, Opener opener, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // ui_locales for the hub's page ("id" or "en") and a user name to fill in.
    void setLanguage(const QString &code) { m_language = code; }
    void setLoginHint(const QString &username) { m_loginHint = username; }
    // How long the desk waits for the person to finish in the browser.
    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }

    void start();
    void cancel();
    bool isRunning() const { return m_server.isListening() || m_call; }
    QUrl authorizeUrl() const { return m_authorizeUrl; }

    // After finished(true): the hub's token answer (with `user`).
    QJsonObject tokens() const { return m_tokens; }
    const HubError &error() const { return m_error; }
    QString message() const { return m_message; }

    static constexpr int kDefaultTimeoutMs = 10 * 60 * 1000;

signals:
    void finished(bool ok);

private:
    void onConnection();
    void onRequest(QTcpSocket *socket);
    void exchange(const QString &code);
    void fail(const QString &message, const HubError &error = {});
    void stopListening();

    HubClient &m_client;
    Opener m_opener;
    QString m_language;
    QString m_loginHint;
    QTcpServer m_server;
    QTimer m_timeout;
    QString m_verifier;
    QString m_state;
    QString m_redirectUri;
    QUrl m_authorizeUrl;
    QPointer<HubCall> m_call;
    QJsonObject m_tokens;
    HubError m_error;
    QString m_message;
};

} // namespace lapor
