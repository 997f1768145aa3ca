#include "attachments.h"

#include "apiutil.h"
#include "changelog.h"
#include "hubstore.h"
#include "idempotency.h"
#include "jsonbody.h"
#include "problem.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0;
};

// Parses a single "bytes=" range against `size`. nullopt = ignore the header (serve the
// whole file); an invalid range yields first > last, answered with 416.
std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size)
{
    if (!header.startsWith("bytes=") || header.contains(','))
        return std::nullopt;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return ByteRange { 1, 0 };
    bool okFirst = false, okLast = false;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    if (a.isEmpty()) { // suffix: the last N bytes
        const qint64 n = b.toLongLong(&okLast);
        if (!okLast || n <= 0 || size == 0)
            return ByteRange { 1, 0 };
        return ByteRange { qMax<qint64>(0, size - n), size - 1 };
    }
    const qint64 first = a.toLongLong(&okFirst);
    qint64 last = b.isEmpty() ? size - 1 : b.toLongLong(&okLast);
    if (!okFirst || (!b.isEmpty() && !okLast) || first < 0 || first >= size || last < first)
        return ByteRange { 1, 0 };
    return ByteRange { first, qMin(last, size - 1) };
}

} // namespace

Attachments::Attachments(HubStore &store, ChangeLog &log)
    : m_store(store)
    , m_log(log)
{ }

QString Attachments::sanitizeFileName(const QString &name)
{
    // Keep the last path component only and drop characters that are unsafe on any of the
    // file systems a client may save to.
    QString base = name.section(u'/', -1).section(u'\\', -1);
    QString out;
    for (QChar ch : base) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f || u":*?\"<>|"_s.contains(ch))
            continue;
        out.append(ch);
    }
    out = out.trimmed();
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    return out.left(120);
}

bool Attachments::isAllowedType(const QByteArray &mimeType)
{
    return mimeType == "image/jpeg" || mimeType == "image/png" || mimeType == "application/pdf"
        || mimeType == "text/plain";
}

HttpResponse Attachments::upload(const HttpRequest &request, const Caller &caller,
                                 const QString &caseId)
{
    JsonBody params(QJsonObject {}); // collects errors in the usual shape
    const QString fileName
        = sanitizeFileName(request.query.queryItemValue(u"file_name"_s, QUrl::FullyDecoded));
    const QString ownerKind = request.query.hasQueryItem(u"owner_kind"_s)
        ? request.query.queryItemValue(u"owner_kind"_s)
        : u"case"_s;
    const QString ownerId = request.query.queryItemValue(u"owner_id"_s);
    if (fileName.isEmpty())
        params.addError("file_name", u"file_name is required"_s);
    if (ownerKind != u"case"_s && ownerKind != u"draft"_s)
        params.addError("owner_kind", u"owner_kind must be case or draft"_s);
    if (ownerKind == u"draft"_s && !isUuid(ownerId))
        params.addError("owner_id", u"owner_id must be the draft's UUID"_s);
    if (request.body.isEmpty())
        params.addError("body", u"the file is empty"_s);
    HttpResponse problem;
    if (!params.finish(&problem))
        return problem;
    const QByteArray mimeType
        = request.header("content-type").split(';').value(0).trimmed().toLower();
    if (!isAllowedType(mimeType))
        return Problem::make(415, ProblemType::UnsupportedMediaType,
                             u"Unsupported attachment type"_s,
                             u"Allowed: image/jpeg, image/png, application/pdf, text/plain."_s);

    QString unitId;
    if (auto refused
        = refuseOwner(caller, ApiUtil::parseTrackingId(caseId), ownerKind, ownerId, &unitId))
        return *refused;
    AttachmentRow a;
    a.caseId = *ApiUtil::parseTrackingId(caseId);
    a.ownerKind = ownerKind;
    a.ownerId = ownerId;
    a.fileName = fileName;
    a.mimeType = QString::fromLatin1(mimeType);
    return publish(a, request.body, unitId);
}

std::optional<HttpResponse> Attachments::refuseOwner(const Caller &caller,
                                                     std::optional<qint64> trackingId,
                                                     const QString &ownerKind,
                                                     const QString &ownerId, QString *unitId)
{
    const auto row = trackingId ? m_store.loadCase(*trackingId) : std::nullopt;
    if (!row || !caller.viewer.canSee(*row))
        return Problem::notFound(u"No such case in your scope."_s);
    *unitId = row->c.unitId;
    // A draft's files move to its follow-up on approval: only its author adds them, and
    // only on its own case. A draft the hub does not know yet is the author's next one
    // (the desk sends its files ahead of the first revision); its id is a fresh UUID.
    if (ownerKind == u"draft"_s) {
        if (const auto draft = m_store.loadDraft(ownerId)) {
            if (draft->authorId != caller.viewer.userId)
                return Problem::forbidden(u"Only the draft's author attaches files to it."_s);
            if (draft->caseId != row->c.trackingId)
                return Problem::conflict(ProblemType::DuplicateId,
                                         u"The draft belongs to another case"_s,
                                         u"Upload to the draft's own case."_s);
            if (draft->state == u"published"_s)
                return Problem::conflict(ProblemType::DraftClosed,
                                         u"The draft is already published"_s,
                                         u"Its files went to the follow-up."_s);
        }
    }
    return std::nullopt;
}

HttpResponse Attachments::publish(AttachmentRow a, const QByteArray &content, const QString &unitId)
{
    a.id = ApiUtil::newId();
    if (a.ownerKind == u"case"_s)
        a.ownerId = QString::number(a.caseId);
    a.size = content.size();
    a.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    a.createdAt = Records::now();
    m_store.insertAttachment(a, content);
    m_log.publishAttachment(a, unitId);
    HttpResponse response = HttpResponse::json(201, Records::attachmentJson(a));
    response.setHeader("Location", "/v1/attachments/" + a.id.toLatin1());
    return response;
}

namespace {

QJsonObject uploadJson(const UploadRow &u)
{
    return { { u"id"_s, u.id },
             { u"offset"_s, double(u.attachmentId.isEmpty() ? u.received : u.length) },
             { u"length"_s, double(u.length) },
             { u"completed"_s, !u.attachmentId.isEmpty() },
             { u"expires_at"_s, Records::isoTime(u.touchedAt + Attachments::kUploadKeptSeconds) } };
}

HttpResponse uploadAnswer(int status, const UploadRow &u)
{
    HttpResponse response = HttpResponse::json(status, uploadJson(u));
    response.setHeader("Upload-Offset", QByteArray::number(u.received));
    return response;
}

// `400 validation` naming one field.
HttpResponse invalidField(const char *field, const QString &message)
{
    JsonBody errors(QJsonObject {});
    errors.addError(field, message);
    HttpResponse problem;
    errors.finish(&problem);
    return problem;
}

bool isSha256Hex(const QString &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return c.isDigit() || (c >= u'a' && c <= u'f');
           });
}

} // namespace

HttpResponse Attachments::createUpload(const HttpRequest &request, const Caller &caller,
                                       const QString &caseId)
{
    const QByteArray key = request.header("idempotency-key").trimmed();
    if (!Idempotency::isValidKey(key))
        return Problem::make(400, ProblemType::MissingIdempotencyKey,
                             u"Idempotency-Key is required"_s,
                             u"The key names the upload: send the same key to resume it."_s);
    const qint64 now = Records::now();
    m_store.sweepUploads(now - kUploadKeptSeconds);

    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    const QString fileName = sanitizeFileName(body->string("file_name", 1, 1000));
    const QString ownerKind = body->optionalString("owner_kind", 10).value_or(u"case"_s);
    const QString ownerId = body->optionalString("owner_id", 64).value_or(QString());
    const QString contentType = body->string("content_type", 1, 100);
    const qint64 length = body->integer("length", 1, kMaxSize);
    const QString sha256 = body->string("sha256", 64, 64);
    if (fileName.isEmpty())
        body->addError("file_name", u"file_name is required"_s);
    if (ownerKind != u"case"_s && ownerKind != u"draft"_s)
        body->addError("owner_kind", u"owner_kind must be case or draft"_s);
    if (ownerKind == u"draft"_s && !isUuid(ownerId))
        body->addError("owner_id", u"owner_id must be the draft's UUID"_s);
    if (!sha256.isEmpty() && !isSha256Hex(sha256))
        body->addError("sha256", u"sha256 must be 64 lower-case hex digits"_s);
    if (!body->finish(&problem))
        return problem;
    if (!isAllowedType(contentType.toLatin1()))
        return Problem::make(415, ProblemType::UnsupportedMediaType,
                             u"Unsupported attachment type"_s,
                             u"Allowed: image/jpeg, image/png, application/pdf, text/plain."_s);
    const auto trackingId = ApiUtil::parseTrackingId(caseId);

    // The same key again is the same file resumed: its session as it stands.
    if (const auto known
        = m_store.loadUploadByKey(caller.viewer.userId, QString::fromLatin1(key))) {
        if (!trackingId || known->caseId != *trackingId || known->fileName != fileName
            || known->length != length || known->sha256 != sha256 || known->mimeType != contentType)
            return Problem::make(422, ProblemType::IdempotencyKeyReused,
                                 u"The key names another upload"_s,
                                 u"Use a new key for another file."_s);
        return uploadAnswer(200, *known);
    }
    QString unitId;
    if (auto refused = refuseOwner(caller, trackingId, ownerKind, ownerId, &unitId))
        return *refused;
    UploadRow u;
    u.id = ApiUtil::newId();
    u.userId = caller.viewer.userId;
    u.idempotencyKey = QString::fromLatin1(key);
    u.caseId = *trackingId;
    u.ownerKind = ownerKind;
    u.ownerId = ownerId;
    u.fileName = fileName;
    u.mimeType = contentType;
    u.length = length;
    u.sha256 = sha256;
    u.touchedAt = now;
    m_store.insertUpload(u);
    HttpResponse response = uploadAnswer(201, u);
    response.setHeader("Location", "/v1/uploads/" + u.id.toLatin1());
    return response;
}

std::optional<UploadRow> Attachments::ownUpload(const Caller &caller, const QString &id)
{
    auto upload = m_store.loadUpload(id);
    if (!upload || upload->userId != caller.viewer.userId
        || upload->touchedAt < Records::now() - kUploadKeptSeconds)
        return std::nullopt;
    return upload;
}

HttpResponse Attachments::getUpload(const Caller &caller, const QString &id)
{
    const auto upload = ownUpload(caller, id);
    if (!upload)
        return Problem::notFound(u"No such upload; start it again."_s);
    return uploadAnswer(200, *upload);
}

HttpResponse Attachments::appendUpload(const HttpRequest &request, const Caller &caller,
                                       const QString &id)
{
    const auto upload = ownUpload(caller, id);
    if (!upload)
        return Problem::notFound(u"No such upload; start it again."_s);
    bool ok = false;
    const qint64 offset = request.query.queryItemValue(u"offset"_s).toLongLong(&ok);
    if (!ok || offset < 0) {
        return invalidField("offset", u"offset must be the byte the part starts at"_s);
    }
    if (offset != upload->received || !upload->attachmentId.isEmpty()) {
        // A part sent twice (its answer was lost) or one after a lost part: the client
        // goes on from what the hub holds.
        HttpResponse problem = Problem::make(
            409, ProblemType::UploadOffset, u"The part does not start where the upload stands"_s,
            u"Send the part that starts at offset."_s,
            { { u"offset"_s,
                double(upload->attachmentId.isEmpty() ? upload->received : upload->length) } });
        problem.setHeader("Upload-Offset", QByteArray::number(upload->received));
        return problem;
    }
    if (request.body.isEmpty() || offset + request.body.size() > upload->length) {
        return invalidField("body", u"the part is empty or goes past the upload's length"_s);
    }
    m_store.appendUploadPart(id, offset, request.body, Records::now());
    UploadRow after = *upload;
    after.received = offset + request.body.size();
    return uploadAnswer(200, after);
}

HttpResponse Attachments::completeUpload(const Caller &caller, const QString &id)
{
    // Its own transaction: a corrupt upload's reset is kept although the answer is an error.
    Transaction tx(m_store.db());
    const auto upload = ownUpload(caller, id);
    if (!upload)
        return Problem::notFound(u"No such upload; start it again."_s);
    if (!upload->attachmentId.isEmpty()) {
        // Completed before and the answer lost: the same attachment again.
        const auto found = m_store.loadAttachment(upload->attachmentId);
        if (!found)
            return Problem::notFound(u"The upload's attachment is gone."_s);
        HttpResponse response = HttpResponse::json(201, Records::attachmentJson(found->first));
        response.setHeader("Location", "/v1/attachments/" + upload->attachmentId.toLatin1());
        return response;
    }
    if (upload->received < upload->length)
        return Problem::make(409, ProblemType::UploadIncomplete, u"The upload is not complete"_s,
                             u"Send the rest from offset first."_s,
                             { { u"offset"_s, double(upload->received) } });
    const QByteArray content = m_store.uploadContent(id);
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (content.size() != upload->length || sha256 != upload->sha256) {
        // Parts that do not make the declared file: start over from byte 0.
        m_store.settleUpload(id, QString(), Records::now());
        tx.commit();
        return Problem::make(422, ProblemType::UploadCorrupt,
                             u"The parts do not make the declared file"_s,
                             u"Send the file again from offset 0."_s, { { u"offset"_s, 0 } });
    }
    QString unitId;
    if (auto refused
        = refuseOwner(caller, upload->caseId, upload->ownerKind, upload->ownerId, &unitId))
        return *refused;
    AttachmentRow a;
    a.caseId = upload->caseId;
    a.ownerKind = upload->ownerKind;
    a.ownerId = upload->ownerId;
    a.fileName = upload->fileName;
    a.mimeType = upload->mimeType;
    HttpResponse response = publish(a, content, unitId);
    m_store.settleUpload(id,
                         QString::fromLatin1(response.headerValue("Location")).section(u'/', -1),
                         Records::now());
    tx.commit();
    return response;
}

HttpResponse Attachments::download(const HttpRequest &request, const Caller &caller,
                                   const QString &id)
{
    const auto found = m_store.loadAttachment(id);
    const auto row = found ? m_store.loadCase(found->first.caseId) : std::nullopt;
    if (!found || !row || !caller.viewer.canSee(*row))
        return Problem::notFound(u"No such attachment in your scope."_s);
    const AttachmentRow &a = found->first;

    HttpResponse response;
    response.contentType = a.mimeType.toLatin1();
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("ETag", '"' + a.sha256.toLatin1() + '"');
    response.setHeader("Content-Disposition",
                       "attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(a.fileName));
    const auto range = parseRange(request.header("range"), a.size);
    if (range && range->first > range->last) {
        HttpResponse refused
            = Problem::make(416, ProblemType::RangeNotSatisfiable, u"Range not satisfiable"_s);
        refused.setHeader("Content-Range", "bytes */" + QByteArray::number(a.size));
        return refused;
    }
    const qint64 first = range ? range->first : 0;
    const qint64 length = range ? range->last - range->first + 1 : a.size;
    response.status = range ? 206 : 200;
    if (range) {
        response.setHeader("Content-Range",
                           "bytes " + QByteArray::number(range->first) + '-'
                               + QByteArray::number(range->last) + '/'
                               + QByteArray::number(a.size));
    }
    response.body = length > 0
        ? m_store.db().readBlob("attachments", "content", found->second, first, length)
        : QByteArray();
    return response;
}

} // namespace lapor::hub
