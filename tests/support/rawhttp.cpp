#include "rawhttp.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

QByteArray RawReply::problemType() const
{
    const QString type
        = QJsonDocument::fromJson(body).object().value(QLatin1String("type")).toString();
    return type.section(u':', -1).toLatin1();
}

namespace RawHttp {

bool connect(QTcpSocket &socket, quint16 port, const QHostAddress &from, TestLocation where)
{
    if (!from.isNull() && !socket.bind(from)) {
        lapor::test::failAt(QStringLiteral("cannot bind to ") + from.toString(), where);
        return false;
    }
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) {
        lapor::test::failAt(QStringLiteral("cannot connect: ") + socket.errorString(), where);
        return false;
    }
    return true;
}

RawReply readReply(QTcpSocket &socket, int timeoutMs)
{
    RawReply reply;
    QDeadlineTimer deadline(timeoutMs);
    QByteArray data;
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (!deadline.hasExpired()) {
        data += socket.readAll();
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = data.left(headEnd).split('\n');
            reply.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    reply.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                         lines[i].mid(colon + 1).trimmed());
            }
            length = reply.header("content-length").toLongLong();
            if (reply.status == 100) { // an interim answer: the real one follows
                data.remove(0, headEnd + 4);
                headEnd = -1;
                reply = {};
                continue;
            }
        }
        if (headEnd >= 0 && data.size() - headEnd - 4 >= length) {
            reply.body = data.mid(headEnd + 4, length);
            return reply;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    reply.status = 0;
    return reply;
}

bool waitClosed(QTcpSocket &socket, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        socket.readAll();
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))
            && socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

RawReply exchange(quint16 port, const QByteArray &request, const QHostAddress &from, int timeoutMs)
{
    QTcpSocket socket;
    if (!connect(socket, port, from))
        return {};
    socket.write(request);
    return readReply(socket, timeoutMs);
}

QByteArray loginRequest(const QString &username, const QString &password)
{
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("username"), username },
                                                        { QStringLiteral("password"), password } })
                                .toJson(QJsonDocument::Compact);
    return "POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace RawHttp
