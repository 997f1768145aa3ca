#include "apiutil.h"

#include "core/case.h"
#include "problem.h"

#include <QUuid>

namespace lapor::hub::ApiUtil {

std::optional<qint64> parseTrackingId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || id > kMaxTrackingId || text.startsWith(u'+') || text.startsWith(u'0'))
        return std::nullopt;
    return id;
}

std::optional<HttpResponse> checkIfMatch(const HttpRequest &request, qint64 currentVersion,
                                         const QJsonObject &current)
{
    QByteArray value = request.header("if-match").trimmed();
    if (value.isEmpty())
        return Problem::preconditionRequired();
    if (value == "*")
        return std::nullopt;
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    if (!ok || version != currentVersion)
        return Problem::preconditionFailed(current, currentVersion);
    return std::nullopt;
}

QByteArray etag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

HttpResponse withEtag(int status, const QJsonObject &body, qint64 version)
{
    HttpResponse response = HttpResponse::json(status, body);
    response.setHeader("ETag", etag(version));
    return response;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace lapor::hub::ApiUtil
