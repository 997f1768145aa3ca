#pragma once

#include "httpmessage.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lapor::hub::ApiUtil {

std::optional<qint64> parseTrackingId(const QString &text);
// If-Match against the entity's current version: 428 when missing, 412 (with the current
// record) when stale. `*` matches any existing version.
std::optional<HttpResponse> checkIfMatch(const HttpRequest &request, qint64 currentVersion,
                                         const QJsonObject &current);
QByteArray etag(qint64 version);
HttpResponse withEtag(int status, const QJsonObject &body, qint64 version);
QString newId();

} // namespace lapor::hub::ApiUtil
