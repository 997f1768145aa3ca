#pragma once

#include <QList>
#include <QString>

namespace lapor::protocol {

// The `type` of a problem+json answer (urn:lapor:problem:KEY). Clients branch on these,
// never on `title` or `detail`; docs/hub-api.md lists what each means.
enum class ProblemType {
    Unknown, // not a type of this API (another server, a newer hub)
    AccountDisabled,
    CaseClosed,
    CursorExpired,
    DraftClosed,
    DuplicateId,
    Forbidden,
    HeadersTooLarge,
    IdempotencyKeyReused,
    Internal,
    InvalidCredentials,
    InvalidCursor,
    InvalidRefreshToken,
    InvalidTransition,
    MalformedJson,
    MalformedRequest,
    MethodNotAllowed,
    MissingIdempotencyKey,
    NotFound,
    PayloadTooLarge,
    PreconditionFailed,
    PreconditionRequired,
    RangeNotSatisfiable,
    RateLimited,
    SelfApproval,
    StaleRevision,
    TokenExpired,
    Unauthorized,
    Unavailable,
    UnsupportedMediaType,
    UploadCorrupt,
    UploadIncomplete,
    UploadOffset,
    Validation,
};

namespace ProblemTypes {
inline constexpr char kUriPrefix[] = "urn:lapor:problem:";

// "cursor-expired"; empty for Unknown.
QString key(ProblemType type);
// "urn:lapor:problem:cursor-expired".
QString uri(ProblemType type);
// Unknown for anything that is not one of ours.
ProblemType fromUri(const QString &uri);
QList<ProblemType> all();
} // namespace ProblemTypes

} // namespace lapor::protocol
