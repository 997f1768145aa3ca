#include "problemtype.h"

#include "core/keytable.h"

namespace lapor::protocol::ProblemTypes {

namespace {

// The one table of keys: the hub writes them, the desk reads them.
constexpr KeyTable<ProblemType, 33> kKeys { { {
    { ProblemType::AccountDisabled, "account-disabled" },
    { ProblemType::CaseClosed, "case-closed" },
    { ProblemType::CursorExpired, "cursor-expired" },
    { ProblemType::DraftClosed, "draft-closed" },
    { ProblemType::DuplicateId, "duplicate-id" },
    { ProblemType::Forbidden, "forbidden" },
    { ProblemType::HeadersTooLarge, "headers-too-large" },
    { ProblemType::IdempotencyKeyReused, "idempotency-key-reused" },
    { ProblemType::Internal, "internal" },
    { ProblemType::InvalidCredentials, "invalid-credentials" },
    { ProblemType::InvalidCursor, "invalid-cursor" },
    { ProblemType::InvalidRefreshToken, "invalid-refresh-token" },
    { ProblemType::InvalidTransition, "invalid-transition" },
    { ProblemType::MalformedJson, "malformed-json" },
    { ProblemType::MalformedRequest, "malformed-request" },
    { ProblemType::MethodNotAllowed, "method-not-allowed" },
    { ProblemType::MissingIdempotencyKey, "missing-idempotency-key" },
    { ProblemType::NotFound, "not-found" },
    { ProblemType::PayloadTooLarge, "payload-too-large" },
    { ProblemType::PreconditionFailed, "precondition-failed" },
    { ProblemType::PreconditionRequired, "precondition-required" },
    { ProblemType::RangeNotSatisfiable, "range-not-satisfiable" },
    { ProblemType::RateLimited, "rate-limited" },
    { ProblemType::SelfApproval, "self-approval" },
    { ProblemType::StaleRevision, "stale-revision" },
    { ProblemType::TokenExpired, "token-expired" },
    { ProblemType::Unauthorized, "unauthorized" },
    { ProblemType::Unavailable, "unavailable" },
    { ProblemType::UnsupportedMediaType, "unsupported-media-type" },
    { ProblemType::UploadCorrupt, "upload-corrupt" },
    { ProblemType::UploadIncomplete, "upload-incomplete" },
    { ProblemType::UploadOffset, "upload-offset" },
    { ProblemType::Validation, "validation" },
} } };

} // namespace

QString key(ProblemType type)
{
    return kKeys.key(type);
}

QString uri(ProblemType type)
{
    return QLatin1String(kUriPrefix) + key(type);
}

ProblemType fromUri(const QString &uri)
{
    if (!uri.startsWith(QLatin1String(kUriPrefix)))
        return ProblemType::Unknown;
    const QStringView name = QStringView(uri).mid(qsizetype(sizeof(kUriPrefix)) - 1);
    return kKeys.fromKey(name).value_or(ProblemType::Unknown);
}

QList<ProblemType> all()
{
    return kKeys.all();
}

} // namespace lapor::protocol::ProblemTypes
