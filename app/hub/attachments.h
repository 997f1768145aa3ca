#pragma once

#include "authservice.h"
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

    Attachments(HubStore &store, ChangeLog &log);

    HttpResponse upload(const HttpRequest &request, const Caller &caller, const QString &caseId);
    HttpResponse download(const HttpRequest &request, const Caller &caller, const QString &id);

    static QString sanitizeFileName(const QString &name);
    static bool isAllowedType(const QByteArray &mimeType);

private:
    HubStore &m_store;
    ChangeLog &m_log;
};

} // namespace lapor::hub
