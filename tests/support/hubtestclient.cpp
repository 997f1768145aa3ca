#include "hubtestclient.h"

#include "testlocation.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

QJsonObject HubReply::json(TestLocation where) const
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        lapor::test::failAt(QStringLiteral("the reply is not a JSON object (%1): %2")
                                .arg(parse.errorString(), describe()),
                            where);
        return {};
    }
    return document.object();
}

QString HubReply::problemType(TestLocation where) const
{
    return json(where)
        .value(QStringLiteral("type"))
        .toString()
        .remove(QStringLiteral("urn:lapor:problem:"));
}

QString HubReply::describe() const
{
    QString text
        = status ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("no HTTP answer");
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QString type = problem.value(QStringLiteral("type")).toString();
    if (!type.isEmpty())
        text += QStringLiteral(" [%1]").arg(type);
    if (error != QNetworkReply::NoError)
        text += QStringLiteral(", network error %1")
                    .arg(QString::fromLatin1(
                        QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error)));
    constexpr qsizetype excerpt = 300;
    text += QStringLiteral(", body: ")
        + (body.isEmpty() ? QStringLiteral("(empty)")
                          : QString::fromUtf8(body.left(excerpt))
                   + (body.size() > excerpt ? QStringLiteral("...") : QString()));
    return text;
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

HubReply HubTestClient::tryLogin(const QString &username, const QString &password)
{
    m_token.clear();
    QJsonObject body;
    body.insert(QStringLiteral("username"), username);
    body.insert(QStringLiteral("password"), password);
    const HubReply reply = post(QStringLiteral("/v1/auth/token"), body);
    if (reply.status == 200)
        m_token = QJsonDocument::fromJson(reply.body)
                      .object()
                      .value(QStringLiteral("access_token"))
                      .toString();
    return reply;
}

QString HubTestClient::login(const QString &username, const QString &password, TestLocation where)
{
    const HubReply reply = tryLogin(username, password);
    if (m_token.isEmpty())
        lapor::test::failAt(QStringLiteral("login as %1 at %2 failed: %3")
                                .arg(username, m_base.toString(), reply.describe()),
                            where);
    return m_token;
}
