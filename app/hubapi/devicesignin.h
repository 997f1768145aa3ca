#pragma once

#include "huberror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace lapor {

class HubCall;
class HubClient;

// The device authorization grant (RFC 8628) from the device's side: asks the hub for a
// code pair, tells who runs it where to type the code, and polls the token endpoint at the
// interval the hub asks for until the person has signed in in a browser, cancelled, or the
// code expired. `client` carries no session; the tokens go to whoever stores them.
class DeviceSignIn : public QObject
{
    Q_OBJECT

public:
    DeviceSignIn(HubClient &client, const QString &clientId, QObject *parent = nullptr);
    ~DeviceSignIn() override;

    void start();
    void cancel();

    // After finished() without an error: the hub's token answer (with `user`).
    QJsonObject tokens() const { return m_tokens; }
    const HubError &error() const { return m_error; }
    // Why it failed, for a person.
    QString message() const { return m_message; }
    int pollCount() const { return m_polls; }

signals:
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QUrl &complete,
                   int expiresInSeconds);
    void finished(bool ok);

private:
    void onCodes(HubCall *call);
    void poll();
    void onPoll(HubCall *call);
    void schedule();
    void fail(const QString &message, const HubError &error = {});

    HubClient &m_client;
    QString m_clientId;
    QString m_deviceCode;
    int m_intervalSeconds = 5;
    QDateTime m_deadline;
    QTimer m_timer;
    QPointer<HubCall> m_call;
    QJsonObject m_tokens;
    HubError m_error;
    QString m_message;
    int m_polls = 0;
};

} // namespace lapor
