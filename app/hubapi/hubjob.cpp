#include "hubjob.h"

#include "gzipreader.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QTimer>

namespace lapor {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

HubError::TlsProblem tlsProblem(const QList<QSslError> &errors)
{
    // An untrusted issuer says the most; the other findings matter once it is trusted.
    std::optional<HubError::TlsProblem> other;
    for (const auto &error : errors) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
            other = other.value_or(HubError::TlsProblem::Expired);
            break;
        case QSslError::CertificateNotYetValid:
            other = other.value_or(HubError::TlsProblem::NotYetValid);
            break;
        case QSslError::HostNameMismatch:
            other = other.value_or(HubError::TlsProblem::WrongHost);
            break;
        default:
            return HubError::TlsProblem::Untrusted;
        }
    }
    return other.value_or(HubError::TlsProblem::Untrusted);
}

} // namespace

HubError::Certificate describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    return { certificate.subjectDisplayName(), certificate.issuerDisplayName(),
             pairs.join(QLatin1Char(':')) };
}

QByteArray publicKeyPin(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo, what HPKP pins hash.
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
}

HubJob::HubJob(QNetworkAccessManager *network, const QNetworkRequest &request,
               const QByteArray &verb, const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_verb(verb)
    , m_requestBody(body)
{ }

HubJob::~HubJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString HubJob::what() const
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(m_verb), m_request.url().path());
}

void HubJob::start()
{
    Q_ASSERT(!m_reply);
    m_cancelled = false;
    m_error = {};
    m_redirects = 0;
    if (!m_refusal.ok()) {
        // Nothing is sent; finished() still comes from the event loop like any answer.
        QTimer::singleShot(0, this, [this] {
            m_error = m_refusal;
            emit finished(this);
        });
        return;
    }
    send();
}

void HubJob::send()
{
    m_stopped = {};
    m_tls = {};
    m_status = 0;
    m_body.clear();
    m_bytesRead = 0;
    m_gzip.reset();
    m_encodingKnown = false;
    m_headersSaid = false;
    m_headers.clear();
    m_reply = m_network->sendCustomRequest(m_request, m_verb, m_requestBody);
    connect(m_reply, &QNetworkReply::finished, this, &HubJob::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HubJob::progress);
    connect(m_reply, &QNetworkReply::readyRead, this, &HubJob::onReadyRead);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HubJob::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &HubJob::onEncrypted);
}

bool HubJob::followRedirect(QNetworkReply *reply)
{
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty()
        || (m_status != 301 && m_status != 302 && m_status != 303 && m_status != 307
            && m_status != 308))
        return false;
    // The request may carry a password or a token: it goes nowhere but the hub's origin.
    const QUrl target = m_request.url().resolved(QUrl::fromEncoded(location));
    if (!sameOrigin(m_request.url(), target)) {
        m_error
            = HubError::refused(HubError::Refusal::CrossOriginRedirect,
                                target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        emit finished(this);
        return true;
    }
    constexpr int kMaxRedirects = 5;
    if (++m_redirects > kMaxRedirects) {
        m_error.kind = HubError::Kind::Network;
        m_error.technical = what() + QLatin1String(": too many redirects");
        emit finished(this);
        return true;
    }
    m_request.setUrl(target);
    if (m_status == 303) {
        m_verb = "GET";
        m_requestBody.clear();
    }
    send();
    return true;
}

void HubJob::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows, reporting Cancelled
}

void HubJob::stopWith(const HubError &error)
{
    if (!m_stopped.ok() || !m_reply)
        return;
    m_stopped = error;
    m_reply->abort();
}

void HubJob::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails; this only keeps what the user must be told.
    m_tls.kind = HubError::Kind::Tls;
    m_tls.tlsProblem = tlsProblem(errors);
    QSslCertificate certificate;
    for (const auto &error : errors) {
        if (!error.certificate().isNull()) {
            certificate = error.certificate();
            break;
        }
    }
    if (certificate.isNull() && m_reply)
        certificate = m_reply->sslConfiguration().peerCertificate();
    m_tls.certificate = describeCertificate(certificate);
    QStringList texts;
    for (const auto &error : errors)
        texts.append(error.errorString());
    m_tls.technical = texts.join(QLatin1String("; "));
}

void HubJob::onEncrypted()
{
    // Aborted here, before the request (and any password in it) is written.
    if (m_reply && !pinMatches(m_reply->sslConfiguration().peerCertificate()))
        m_reply->abort();
}

bool HubJob::pinMatches(const QSslCertificate &peer)
{
    if (m_guards.pinSha256.isEmpty() || !m_stopped.ok())
        return m_stopped.ok();
    const QByteArray pin = publicKeyPin(peer);
    if (pin == m_guards.pinSha256)
        return true;
    HubError error;
    error.kind = HubError::Kind::Tls;
    error.tlsProblem = HubError::TlsProblem::PinMismatch;
    error.certificate = describeCertificate(peer);
    error.technical
        = QStringLiteral("%1: public key pin-sha256 %2, expected %3")
              .arg(what(), QString::fromLatin1(pin), QString::fromLatin1(m_guards.pinSha256));
    m_stopped = error;
    return false;
}

void HubJob::onReadyRead()
{
    if (!m_reply || !m_stopped.ok())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 cap = status >= 200 && status < 300 ? m_guards.maxBytes : m_guards.maxErrorBytes;
    if (!m_encodingKnown) {
        m_encodingKnown = true;
        const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (encoding == "gzip" || encoding == "x-gzip")
            m_gzip = std::make_unique<GzipReader>(cap);
    }
    if (!m_headersSaid && status >= 200 && status < 300) {
        m_headersSaid = true;
        m_headers = m_reply->rawHeaderPairs();
        // A receiver may start other requests here, or cancel this one.
        const QPointer<HubJob> self(this);
        emit headersArrived(this);
        if (!self || !m_reply || !m_stopped.ok())
            return;
    }
    // In pieces, never more than one byte past the cap (or one inflated step past it).
    constexpr qint64 kPiece = 64 * 1024;
    while (m_reply->bytesAvailable() > 0) {
        if (m_gzip) {
            const QByteArray piece = m_reply->read(kPiece);
            if (m_gzip->feed(piece, &m_body) == GzipReader::Result::Corrupt) {
                stopWith(HubError::malformed(what() + QLatin1String(": the gzip body is corrupt")));
                return;
            }
        } else {
            m_body += m_reply->read(qBound<qint64>(1, cap + 1 - m_body.size(), kPiece * 16));
        }
        m_bytesRead = m_body.size();
        if (m_bytesRead > cap) {
            m_body.clear();
            m_body.squeeze();
            stopWith(HubError::tooLarge(cap, what()));
            return;
        }
    }
}

QByteArray HubJob::rawHeader(const QByteArray &name) const
{
    for (const auto &pair : m_headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonObject HubJob::jsonObject()
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (m_error.ok())
            m_error = HubError::malformed(QStringLiteral("%1: %2 at byte %3 of %4")
                                              .arg(what(), parseError.errorString())
                                              .arg(parseError.offset)
                                              .arg(m_body.size()));
        return {};
    }
    return doc.object();
}

void HubJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (m_stopped.ok() && reply->isOpen() && reply->bytesAvailable() > 0)
        onReadyRead();
    // Once more at the end: a reused or HTTP/2 connection may not have said encrypted()
    // for this reply, and an answer from an unpinned key is never used.
    if (const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        !peer.isNull() && !m_cancelled)
        pinMatches(peer);
    m_reply = nullptr;
    reply->deleteLater();

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();

    if (!m_cancelled && m_stopped.ok() && followRedirect(reply))
        return;
    const auto networkError = reply->error();
    const QString prefix = what() + QLatin1String(": ");
    if (m_cancelled) {
        m_error.kind = HubError::Kind::Cancelled;
    } else if (!m_stopped.ok()) {
        m_error = m_stopped;
        m_body.clear();
    } else if (networkError == QNetworkReply::OperationCanceledError
               || networkError == QNetworkReply::TimeoutError) {
        // A transfer timeout aborts the reply, which Qt reports as cancelled.
        m_error.kind = HubError::Kind::Timeout;
        m_error.technical = prefix + reply->errorString();
    } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
        m_error = m_tls.ok() ? HubError() : m_tls;
        m_error.kind = HubError::Kind::Tls;
        m_error.technical = prefix + reply->errorString();
        if (!m_tls.technical.isEmpty())
            m_error.technical += QLatin1String(" (") + m_tls.technical + QLatin1Char(')');
    } else if (m_status == 0 || (networkError != QNetworkReply::NoError && m_status < 400)) {
        m_error.kind = HubError::Kind::Network;
        m_error.technical = prefix + reply->errorString();
    } else if (m_status >= 400) {
        m_error
            = HubError::http(m_status, m_body, parseRetryAfter(reply->rawHeader("Retry-After")));
        m_error.technical.prepend(prefix);
    } else if (m_gzip && !m_gzip->isFinished()) {
        m_error = HubError::malformed(prefix + QLatin1String("the gzip body ends early"));
    }
    emit finished(this);
}

} // namespace lapor
