#include "hubtestclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

QJsonObject HubReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HubReply::problemType() const
{
    return json()
        .value(QStringLiteral("type"))
        .toString()
        .remove(QStringLiteral("urn:lapor:problem:"));
}

HubTestClient::HubTestClient(const QUrl &baseUrl)
    : m_base(baseUrl)
{ }

HubReply HubTestClient::request(const QByteArray &method, const QString &pathAndQuery,
                                const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HubReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QNetworkReply::TimeoutError;
    } else {
        out.error = reply->error();
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return out;
}

HubReply HubTestClient::get(const QString &pathAndQuery, const Headers &headers)
{
    return request("GET", pathAndQuery, {}, headers);
}

HubReply HubTestClient::post(const QString &path, const QJsonObject &body, const QByteArray &key,
                             const QByteArray &ifMatch)
{
    Headers headers { { "Content-Type", "application/json" } };
    if (!key.isEmpty())
        headers.append({ "Idempotency-Key", key });
    if (!ifMatch.isEmpty())
        headers.append({ "If-Match", ifMatch });
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QString HubTestClient::login(const QString &username, const QString &password)
{
    m_token.clear();
    QJsonObject body;
    body.insert(QStringLiteral("username"), username);
    body.insert(QStringLiteral("password"), password);
    const HubReply reply = post(QStringLiteral("/v1/auth/token"), body);
    if (reply.status == 200)
        m_token = reply.json().value(QStringLiteral("access_token")).toString();
    return m_token;
}
