#include "attachments.h"

#include "apiutil.h"
#include "changelog.h"
#include "hubstore.h"
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

    const auto trackingId = ApiUtil::parseTrackingId(caseId);
    const auto row = trackingId ? m_store.loadCase(*trackingId) : std::nullopt;
    if (!row || !caller.viewer.canSee(*row))
        return Problem::notFound(u"No such case in your scope."_s);
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

    AttachmentRow a;
    a.id = ApiUtil::newId();
    a.caseId = row->c.trackingId;
    a.ownerKind = ownerKind;
    a.ownerId = ownerKind == u"case"_s ? QString::number(a.caseId) : ownerId;
    a.fileName = fileName;
    a.mimeType = QString::fromLatin1(mimeType);
    a.size = request.body.size();
    a.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    a.createdAt = Records::now();
    m_store.insertAttachment(a, request.body);
    m_log.publishAttachment(a, row->c.unitId);
    HttpResponse response = HttpResponse::json(201, Records::attachmentJson(a));
    response.setHeader("Location", "/v1/attachments/" + a.id.toLatin1());
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
