#pragma once

#include "huberror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace lapor {

// One request to the hub. HubClient creates it; the job sends the request, applies the
// transfer timeout, and classifies the outcome into a HubError. It deletes nothing itself:
// the receiver of finished() owns it (deleteLater()).
class HubJob : public QObject
{
    Q_OBJECT

public:
    HubJob(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
           const QByteArray &body, QObject *parent = nullptr);
    ~HubJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    const HubError &error() const { return m_error; }
    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    QByteArray rawHeader(const QByteArray &name) const;
    // The body as a JSON object; a non-object body sets error() to Malformed.
    QJsonObject jsonObject();
    QNetworkRequest request() const { return m_request; }

signals:
    void finished(lapor::HubJob *job);
    void progress(qint64 received, qint64 total);

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_requestBody;
    QPointer<QNetworkReply> m_reply;
    HubError m_error;
    int m_status = 0;
    QByteArray m_body;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    bool m_cancelled = false;
};

} // namespace lapor
