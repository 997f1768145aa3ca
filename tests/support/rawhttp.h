#pragma once

#include "testlocation.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QTcpSocket>

// HTTP on a bare socket, for what QNetworkAccessManager will not send: oversized or
// malformed heads, a body that never comes, a chosen loopback source address
// (127.0.0.2, 127.0.0.3, … are all loopback on Linux, so a test can be "another client").
struct RawReply
{
    int status = 0; // 0 = no complete response
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QByteArray problemType() const; // without the urn:lapor:problem: prefix
};

namespace RawHttp {

// Connects to 127.0.0.1:port, from `from` when set. Fails the current test if it cannot.
bool connect(QTcpSocket &socket, quint16 port, const QHostAddress &from = {},
             TestLocation where = TestLocation::current());
// Reads one response (status line, headers, Content-Length body) from the socket.
RawReply readReply(QTcpSocket &socket, int timeoutMs = 10000);
// True once the peer has closed the connection (within the timeout).
bool waitClosed(QTcpSocket &socket, int timeoutMs);
// One request on a new connection: writes `request`, reads one response.
RawReply exchange(quint16 port, const QByteArray &request, const QHostAddress &from = {},
                  int timeoutMs = 10000);
// A complete POST /v1/auth/token request.
QByteArray loginRequest(const QString &username, const QString &password);

} // namespace RawHttp
