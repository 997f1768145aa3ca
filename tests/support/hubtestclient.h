#pragma once

#include "testlocation.h"

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

    // The body as a JSON object. A body that is not one fails the current test at the
    // caller's line: reading fields of a broken body would otherwise yield default values
    // that a comparison against 0, "" or false accepts.
    QJsonObject json(TestLocation where = TestLocation::current()) const;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // The problem+json `type` without the urn:lapor:problem: prefix.
    QString problemType(TestLocation where = TestLocation::current()) const;
    // Status, problem type, network error and the start of the body, for failure messages.
    QString describe() const;
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

    // Logs in and keeps the access token for later requests. Anything but a token fails
    // the current test; the token is returned so that a caller can stop early.
    QString login(const QString &username, const QString &password = QStringLiteral("latihan"),
                  TestLocation where = TestLocation::current());
    // For tests that expect the login to be refused: the hub's answer, never a failure.
    // A 200 still keeps the token.
    HubReply tryLogin(const QString &username, const QString &password = QStringLiteral("latihan"));

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
};
