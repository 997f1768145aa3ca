#pragma once

#include "huberror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QSslCertificate;
class QSslError;

namespace lapor {

class GzipReader;

// One request to the hub. HubClient creates it; the job sends the request, applies the
// transfer timeout, and classifies the outcome into a HubError. It deletes nothing itself:
// the receiver of finished() owns it (deleteLater()).
//
// It also guards the transfer: redirects are followed only within the request's origin,
// the hub's key must match the pin when one is set, and the answer is read (and inflated)
// as it arrives and cut off once it passes its cap.
class HubJob : public QObject
{
    Q_OBJECT

public:
    struct Guards
    {
        QByteArray pinSha256; // base64 SHA-256 of the SubjectPublicKeyInfo; empty for none
        qint64 maxBytes = 16 * 1024 * 1024; // a successful answer, inflated
        qint64 maxErrorBytes = 16 * 1024 * 1024; // any other answer (a problem document)
    };

    HubJob(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
           const QByteArray &body, QObject *parent = nullptr);
    ~HubJob() override;

    void setGuards(const Guards &guards) { m_guards = guards; }
    // start() sends nothing and finishes with `error` (an address the desk refuses).
    void refuse(const HubError &error) { m_refusal = error; }

    void start();
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    const HubError &error() const { return m_error; }
    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    // Bytes of the answer taken in (inflated), also when it was cut off.
    qint64 bytesRead() const { return m_bytesRead; }
    QByteArray rawHeader(const QByteArray &name) const;
    // The body as a JSON object; a non-object body sets error() to Malformed.
    QJsonObject jsonObject();
    QNetworkRequest request() const { return m_request; }

signals:
    void finished(lapor::HubJob *job);
    void progress(qint64 received, qint64 total);
    // A successful answer's head has arrived and its body is on its way: rawHeader()
    // already reads the head. Once per job; never for a redirect or an error.
    void headersArrived(lapor::HubJob *job);

private:
    void onFinished();
    void onReadyRead();
    void send();
    // A redirect within the request's origin is sent again (true); one to another origin
    // ends the job refused (true); false when the answer is no redirect.
    bool followRedirect(QNetworkReply *reply);
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    // False (and the job stopped with a pin mismatch) when a pin is set and `peer`'s key
    // is not the pinned one.
    bool pinMatches(const QSslCertificate &peer);
    // Ends the transfer now; finished() reports `error`.
    void stopWith(const HubError &error);
    QString what() const;

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_requestBody;
    QPointer<QNetworkReply> m_reply;
    Guards m_guards;
    HubError m_refusal;
    HubError m_stopped; // why the job ended the transfer itself
    HubError m_tls; // what the certificate check found, for a failed handshake
    HubError m_error;
    int m_status = 0;
    QByteArray m_body;
    qint64 m_bytesRead = 0;
    std::unique_ptr<GzipReader> m_gzip;
    bool m_encodingKnown = false;
    bool m_headersSaid = false;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    bool m_cancelled = false;
    int m_redirects = 0;
};

// The certificate as the user is shown it.
HubError::Certificate describeCertificate(const QSslCertificate &certificate);
// base64 SHA-256 of the certificate's SubjectPublicKeyInfo, as in HPKP's pin-sha256.
QByteArray publicKeyPin(const QSslCertificate &certificate);

} // namespace lapor
