#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// One HTTP exchange as a test sees it.
struct HubReply
{
    int status = 0; // 0 = no HTTP response (connection dropped, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // The problem+json `type` without the urn:lapor:problem: prefix.
    QString problemType() const;
};

// A blocking HTTP client for hub tests (runs a local event loop per request).
class HubTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HubTestClient(const QUrl &baseUrl = {});
    void setBaseUrl(const QUrl &baseUrl) { m_base = baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    HubReply request(const QByteArray &method, const QString &pathAndQuery,
                     const QByteArray &body = {}, const Headers &headers = {},
                     int timeoutMs = 30000);
    HubReply get(const QString &pathAndQuery, const Headers &headers = {});
    // POST with a JSON body; `key` becomes Idempotency-Key, `ifMatch` If-Match (if set).
    HubReply post(const QString &path, const QJsonObject &body, const QByteArray &key = {},
                  const QByteArray &ifMatch = {});

    // Logs in and keeps the access token for later requests; empty on failure.
    QString login(const QString &username, const QString &password = QStringLiteral("latihan"));

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
};
