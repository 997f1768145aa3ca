#include "hubjob.h"

#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace lapor {

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

void HubJob::start()
{
    Q_ASSERT(!m_reply);
    m_cancelled = false;
    m_error = {};
    m_status = 0;
    m_body.clear();
    m_headers.clear();
    m_reply = m_network->sendCustomRequest(m_request, m_verb, m_requestBody);
    connect(m_reply, &QNetworkReply::finished, this, &HubJob::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HubJob::progress);
}

void HubJob::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows, reporting Cancelled
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
            m_error = HubError::malformed(QStringLiteral("%1 %2: %3 at byte %4 of %5")
                                              .arg(QString::fromLatin1(m_verb),
                                                   m_request.url().path(), parseError.errorString())
                                              .arg(parseError.offset)
                                              .arg(m_body.size()));
        return {};
    }
    return doc.object();
}

void HubJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    m_body = reply->isOpen() ? reply->readAll() : QByteArray();

    const auto networkError = reply->error();
    const QString what
        = QStringLiteral("%1 %2: ").arg(QString::fromLatin1(m_verb), m_request.url().path());
    if (m_cancelled) {
        m_error.kind = HubError::Kind::Cancelled;
    } else if (networkError == QNetworkReply::OperationCanceledError
               || networkError == QNetworkReply::TimeoutError) {
        // A transfer timeout aborts the reply, which Qt reports as cancelled.
        m_error.kind = HubError::Kind::Timeout;
        m_error.technical = what + reply->errorString();
    } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
        m_error.kind = HubError::Kind::Tls;
        m_error.technical = what + reply->errorString();
    } else if (m_status == 0 || (networkError != QNetworkReply::NoError && m_status < 400)) {
        m_error.kind = HubError::Kind::Network;
        m_error.technical = what + reply->errorString();
    } else if (m_status >= 400) {
        m_error
            = HubError::http(m_status, m_body, parseRetryAfter(reply->rawHeader("Retry-After")));
        m_error.technical.prepend(what);
    }
    emit finished(this);
}

} // namespace lapor
