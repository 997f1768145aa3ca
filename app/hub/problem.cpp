#include "problem.h"

#include <QJsonArray>

namespace lapor::hub::Problem {

using namespace Qt::Literals::StringLiterals;

HttpResponse make(int status, ProblemType type, const QString &title, const QString &detail,
                  const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"type"_s, protocol::ProblemTypes::uri(type));
    body.insert(u"title"_s, title);
    body.insert(u"status"_s, status);
    if (!detail.isEmpty())
        body.insert(u"detail"_s, detail);
    HttpResponse response = HttpResponse::json(status, body);
    response.contentType = "application/problem+json";
    return response;
}

HttpResponse unauthorized(const QString &detail)
{
    HttpResponse response
        = make(401, ProblemType::Unauthorized, u"Authentication required"_s, detail);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"laporhub\"");
    return response;
}

HttpResponse tokenExpired()
{
    HttpResponse response = make(401, ProblemType::TokenExpired, u"Access token expired"_s,
                                 u"Refresh the token with POST /v1/auth/refresh."_s);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"laporhub\", error=\"invalid_token\"");
    return response;
}

HttpResponse forbidden(const QString &detail)
{
    return make(403, ProblemType::Forbidden, u"Not allowed for your role"_s, detail);
}

HttpResponse accountDisabled()
{
    return make(403, ProblemType::AccountDisabled, u"Account disabled"_s,
                u"The agency disabled this account; ask its admin."_s);
}

HttpResponse notFound(const QString &detail)
{
    return make(404, ProblemType::NotFound, u"Not found"_s, detail);
}

HttpResponse methodNotAllowed()
{
    return make(405, ProblemType::MethodNotAllowed, u"Method not allowed"_s);
}

HttpResponse malformedJson(const QString &detail)
{
    return make(400, ProblemType::MalformedJson, u"Request body is not valid JSON"_s, detail);
}

HttpResponse validation(const QJsonArray &errors)
{
    QJsonObject extra;
    extra.insert(u"errors"_s, errors);
    return make(400, ProblemType::Validation, u"Request body failed validation"_s,
                errors.isEmpty() ? QString()
                                 : errors.first().toObject().value(u"message"_s).toString(),
                extra);
}

HttpResponse conflict(ProblemType type, const QString &title, const QString &detail,
                      const QJsonObject &extra)
{
    return make(409, type, title, detail, extra);
}

HttpResponse preconditionFailed(const QJsonObject &current, qint64 version)
{
    QJsonObject extra;
    extra.insert(u"current"_s, current);
    extra.insert(u"current_version"_s, version);
    HttpResponse response = make(412, ProblemType::PreconditionFailed, u"The entity has changed"_s,
                                 u"If-Match does not name the current version."_s, extra);
    response.setHeader("ETag", '"' + QByteArray::number(version) + '"');
    return response;
}

HttpResponse preconditionRequired()
{
    return make(428, ProblemType::PreconditionRequired, u"If-Match is required"_s,
                u"Send the version you based this change on as If-Match."_s);
}

HttpResponse tooLarge(qint64 limit)
{
    QJsonObject extra;
    extra.insert(u"limit_bytes"_s, limit);
    return make(413, ProblemType::PayloadTooLarge, u"Request body too large"_s,
                u"The body exceeds %1 bytes."_s.arg(limit), extra);
}

HttpResponse tooManyRequests(int retryAfterSeconds, const QString &detail)
{
    HttpResponse response = make(429, ProblemType::RateLimited, u"Too many requests"_s, detail);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse unavailable(int retryAfterSeconds, const QString &detail)
{
    HttpResponse response = make(503, ProblemType::Unavailable, u"Service unavailable"_s, detail);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse internal(const QString &detail)
{
    return make(500, ProblemType::Internal, u"Internal error"_s, detail);
}

} // namespace lapor::hub::Problem
