#include "devicesignin.h"

#include "hubclient.h"
#include "oauthsignin.h"
#include "protocol/oauth.h"

namespace lapor {

DeviceSignIn::DeviceSignIn(HubClient &client, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clientId(clientId)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire early, and an early poll is answered with slow_down.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeviceSignIn::poll);
}

DeviceSignIn::~DeviceSignIn()
{
    cancel();
}

void DeviceSignIn::start()
{
    m_tokens = {};
    m_error = {};
    m_message.clear();
    m_call = OAuthSignIn::postForm(m_client, protocol::Route::OAuthDevice,
                                   { { QStringLiteral("client_id"), m_clientId } });
    connect(m_call, &HubCall::finished, this, &DeviceSignIn::onCodes);
}

void DeviceSignIn::cancel()
{
    m_timer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
}

void DeviceSignIn::onCodes(HubCall *call)
{
    call->deleteLater();
    if (!call->error().ok()) {
        fail(call->error().userMessage(), call->error());
        return;
    }
    const QJsonObject body = call->json();
    m_deviceCode = body.value(QLatin1String("device_code")).toString();
    const QString userCode = body.value(QLatin1String("user_code")).toString();
    const QUrl uri(body.value(QLatin1String("verification_uri")).toString());
    const QUrl complete(body.value(QLatin1String("verification_uri_complete")).toString());
    const int expiresIn = body.value(QLatin1String("expires_in")).toInt();
    m_intervalSeconds = qBound(1, body.value(QLatin1String("interval")).toInt(5), 60);
    if (m_deviceCode.isEmpty() || userCode.isEmpty() || !uri.isValid() || expiresIn <= 0) {
        fail(tr("Hub tidak memberikan kode perangkat yang dapat dipakai."),
             HubError::invalid(QStringLiteral("device authorization answer is incomplete")));
        return;
    }
    m_deadline = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    emit codeReady(userCode, uri, complete, expiresIn);
    schedule();
}

void DeviceSignIn::schedule()
{
    if (QDateTime::currentDateTimeUtc() >= m_deadline) {
        fail(tr("Kode perangkat sudah kedaluwarsa. Mulai lagi."));
        return;
    }
    m_timer.start(m_intervalSeconds * 1000);
}

void DeviceSignIn::poll()
{
    ++m_polls;
    m_call = OAuthSignIn::postForm(
        m_client, protocol::Route::OAuthToken,
        { { QStringLiteral("grant_type"), QLatin1String(protocol::OAuth::kGrantDeviceCode) },
          { QStringLiteral("device_code"), m_deviceCode },
          { QStringLiteral("client_id"), m_clientId } });
    connect(m_call, &HubCall::finished, this, &DeviceSignIn::onPoll);
}

void DeviceSignIn::onPoll(HubCall *call)
{
    call->deleteLater();
    if (call->error().ok()) {
        m_tokens = call->json();
        emit finished(true);
        return;
    }
    const QString code = OAuthSignIn::errorCode(call);
    if (code == QLatin1String("authorization_pending") || call->error().isTransient()) {
        schedule(); // the hub out of reach for a moment is no reason to give up
        return;
    }
    if (code == QLatin1String("slow_down")) {
        m_intervalSeconds += 5;
        schedule();
        return;
    }
    if (code == QLatin1String("access_denied"))
        fail(tr("Masuk dibatalkan di peramban."), call->error());
    else if (code == QLatin1String("expired_token"))
        fail(tr("Kode perangkat sudah kedaluwarsa. Mulai lagi."), call->error());
    else
        fail(call->error().userMessage(), call->error());
}

void DeviceSignIn::fail(const QString &message, const HubError &error)
{
    m_error = error;
    if (m_error.ok())
        m_error = HubError::invalid(message);
    m_message = message;
    emit finished(false);
}

} // namespace lapor
