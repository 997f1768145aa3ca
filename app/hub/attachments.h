#pragma once

#include "authservice.h"
#include "entities.h"
#include "httpmessage.h"
#include "protocol/limits.h"

namespace lapor::hub {

class ChangeLog;
class HubStore;

// Attachment upload (raw body, metadata in the query) and download with single-range
// `Range` support, so a client can resume an interrupted download.
class Attachments
{
public:
    static constexpr qint64 kMaxSize = protocol::Limits::kAttachmentBytes;
    // The largest part of an upload in parts, and how long an unused session is kept.
    static constexpr qint64 kMaxPart = 1024 * 1024;
    static constexpr qint64 kUploadKeptSeconds = 24 * 3600;

    Attachments(HubStore &store, ChangeLog &log);

    HttpResponse upload(const HttpRequest &request, const Caller &caller, const QString &caseId);
    HttpResponse download(const HttpRequest &request, const Caller &caller, const QString &id);

    // A file in parts (docs/hub-api.md, "Uploads in parts"): a session per file and
    // Idempotency-Key, parts appended at the offset the hub holds, then completed into the
    // same attachment record an upload in one request makes.
    HttpResponse createUpload(const HttpRequest &request, const Caller &caller,
                              const QString &caseId);
    HttpResponse getUpload(const Caller &caller, const QString &id);
    HttpResponse appendUpload(const HttpRequest &request, const Caller &caller, const QString &id);
    HttpResponse completeUpload(const Caller &caller, const QString &id);

    static QString sanitizeFileName(const QString &name);
    static bool isAllowedType(const QByteArray &mimeType);

private:
    // Why `caller` may not attach to `ownerKind`/`ownerId` of case `trackingId`; nothing
    // when it may. `unitId` is set to the case's unit.
    std::optional<HttpResponse> refuseOwner(const Caller &caller, std::optional<qint64> trackingId,
                                            const QString &ownerKind, const QString &ownerId,
                                            QString *unitId);
    HttpResponse publish(AttachmentRow a, const QByteArray &content, const QString &unitId);
    // The caller's own session, or nothing (another caller's is as good as absent).
    std::optional<UploadRow> ownUpload(const Caller &caller, const QString &id);

    HubStore &m_store;
    ChangeLog &m_log;
};

} // namespace lapor::hub
