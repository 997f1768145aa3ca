#pragma once

#include "httpmessage.h"
#include "protocol/problemtype.h"

#include <QJsonObject>
#include <QString>

namespace lapor::hub {

using protocol::ProblemType;

// application/problem+json (RFC 9457) responses. The `type` URIs are part of the contract
// (docs/hub-api.md): clients branch on them, never on `title` or `detail`.
namespace Problem {

HttpResponse make(int status, ProblemType type, const QString &title, const QString &detail = {},
                  const QJsonObject &extra = {});

HttpResponse unauthorized(const QString &detail);
HttpResponse tokenExpired();
HttpResponse forbidden(const QString &detail);
// 403, not 401: the credentials are right and the account itself is refused, so a client
// must neither refresh nor ask for the password again.
HttpResponse accountDisabled();
HttpResponse notFound(const QString &detail = {});
HttpResponse methodNotAllowed();
HttpResponse malformedJson(const QString &detail);
HttpResponse validation(const QJsonArray &errors);
HttpResponse conflict(ProblemType type, const QString &title, const QString &detail,
                      const QJsonObject &extra = {});
HttpResponse preconditionFailed(const QJsonObject &current, qint64 version);
HttpResponse preconditionRequired();
HttpResponse tooLarge(qint64 limit);
HttpResponse tooManyRequests(int retryAfterSeconds, const QString &detail);
HttpResponse unavailable(int retryAfterSeconds, const QString &detail);
HttpResponse internal(const QString &detail);

} // namespace Problem

} // namespace lapor::hub
