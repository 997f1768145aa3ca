#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace lapor::hub {

// A request as HttpConnection read it, held by value: delayed (fault-injected) requests
// and logins waiting for their password check are answered later from it.
struct HttpRequest
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer; // for login throttling

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool acceptsGzip() const;
    bool wantsClose() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse rawJson(int status, QByteArray body);
    static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray headerValue(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

namespace Http {
QByteArray reasonPhrase(int status);
// Status line, headers and Content-Length; the body follows separately so that a fault
// can send fewer bytes than announced.
QByteArray serializeHead(const HttpResponse &response, qint64 contentLength, bool close);
// gzip (RFC 1952) of `data`; the hub writes its responses itself.
QByteArray gzip(const QByteArray &data);
} // namespace Http

} // namespace lapor::hub
