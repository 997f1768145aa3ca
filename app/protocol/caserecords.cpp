// The case and its history: each kind's decoder (the desk) next to its encoder (laporhub).
#include "recordfields.h"
#include "records.h"

#include <algorithm>

namespace lapor::Wire {

using namespace Fields;

namespace {

// Lower-case hex only: AttachmentFetcher compares it with the digest of the download, so
// anything else would make every download of the file fail its check.
bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar ch) {
        return (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
            || (ch >= QLatin1Char('a') && ch <= QLatin1Char('f'));
    });
}

} // namespace

std::optional<Case> decodeCase(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("case"));
    Case c;
    c.trackingId = trackingId(json, "tracking_id");
    c.title = json.string("title", kMaxTitleLength, false);
    c.content = json.string("content", kMaxContentLength);
    c.category = json.string("category", kNameLength);
    c.subcategory = json.string("subcategory", kNameLength);
    c.channel = json.string("channel", 32);
    // Once: a first sync decodes every case of its scope.
    static const QStringList statuses = [] {
        QStringList keys;
        for (auto status : Status::all())
            keys.append(Status::key(status));
        return keys;
    }();
    c.status = Status::fromKey(json.keyword("status", statuses)).value_or(CaseStatus::Unverified);
    c.agencyId = json.string("agency_id", kIdLength);
    c.unitId = json.string("unit_id", kIdLength);
    c.assigneeId = json.string("assignee_id", kIdLength);
    c.anonymous = json.boolean("anonymous");
    c.confidential = json.boolean("confidential");
    c.reporterName = json.string("reporter_name", kNameLength);
    c.receivedAt = json.time("received_at");
    c.disposedAt = json.optionalTime("disposed_at");
    c.firstFollowupAt = json.optionalTime("first_followup_at");
    c.lastFollowupAt = json.optionalTime("last_followup_at");
    c.lastReplyAt = json.optionalTime("last_reply_at");
    c.resolutionDays = int(json.integer("resolution_days", 5, 60));
    c.rating = int(json.integer("rating", 0, 5));
    c.version = json.integer("version", 0, kMaxVersion);
    // Older hubs do not send it; the status alone then says "not our authority".
    if (json.has("not_authority_reason"))
        c.notAuthorityReason = json.string("not_authority_reason", kTextLength);
    if (json.ok()) {
        if (const QString invalid = c.validate(); !invalid.isEmpty())
            json.fail("tracking_id", invalid);
    }
    return finish(json, std::move(c), error);
}

QJsonObject encode(const Case &c)
{
    QJsonObject o;
    o.insert(QLatin1String("tracking_id"), double(c.trackingId));
    o.insert(QLatin1String("title"), c.title);
    o.insert(QLatin1String("content"), c.content);
    o.insert(QLatin1String("category"), c.category);
    o.insert(QLatin1String("subcategory"), c.subcategory);
    o.insert(QLatin1String("channel"), c.channel);
    o.insert(QLatin1String("status"), Status::key(c.status));
    o.insert(QLatin1String("agency_id"), c.agencyId);
    o.insert(QLatin1String("unit_id"), c.unitId);
    o.insert(QLatin1String("assignee_id"), c.assigneeId);
    o.insert(QLatin1String("anonymous"), c.anonymous);
    o.insert(QLatin1String("confidential"), c.confidential);
    // Never a reporter's identity for an anonim case, whatever the caller holds.
    o.insert(QLatin1String("reporter_name"), c.anonymous ? QString() : c.reporterName);
    o.insert(QLatin1String("received_at"), time(c.receivedAt));
    o.insert(QLatin1String("disposed_at"), optionalTime(c.disposedAt));
    o.insert(QLatin1String("first_followup_at"), optionalTime(c.firstFollowupAt));
    o.insert(QLatin1String("last_followup_at"), optionalTime(c.lastFollowupAt));
    o.insert(QLatin1String("last_reply_at"), optionalTime(c.lastReplyAt));
    o.insert(QLatin1String("resolution_days"), c.resolutionDays);
    o.insert(QLatin1String("rating"), c.rating);
    o.insert(QLatin1String("not_authority_reason"), c.notAuthorityReason);
    o.insert(QLatin1String("version"), double(c.version));
    return o;
}

std::optional<Followup> decodeFollowup(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("followup"));
    Followup f;
    f.id = json.string("id", kIdLength, false);
    f.caseId = trackingId(json, "case_id");
    f.authorId = json.string("author_id", kIdLength);
    f.unitId = json.string("unit_id", kIdLength);
    f.text = json.string("text", kTextLength, false);
    f.publishedAt = json.time("published_at");
    return finish(json, std::move(f), error);
}

QJsonObject encode(const Followup &f)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), f.id);
    o.insert(QLatin1String("case_id"), double(f.caseId));
    o.insert(QLatin1String("author_id"), f.authorId);
    o.insert(QLatin1String("unit_id"), f.unitId);
    o.insert(QLatin1String("text"), f.text);
    o.insert(QLatin1String("published_at"), time(f.publishedAt));
    return o;
}

std::optional<CitizenReply> decodeReply(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("citizen_reply"));
    CitizenReply r;
    r.id = json.string("id", kIdLength, false);
    r.caseId = trackingId(json, "case_id");
    r.text = json.string("text", kTextLength);
    r.rating = int(json.integer("rating", 0, 5));
    r.createdAt = json.time("created_at");
    return finish(json, std::move(r), error);
}

QJsonObject encode(const CitizenReply &r)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), r.id);
    o.insert(QLatin1String("case_id"), double(r.caseId));
    o.insert(QLatin1String("text"), r.text);
    o.insert(QLatin1String("rating"), r.rating);
    o.insert(QLatin1String("created_at"), time(r.createdAt));
    return o;
}

std::optional<Disposition> decodeDisposition(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("disposition"));
    Disposition d;
    d.id = json.string("id", kIdLength, false);
    d.caseId = trackingId(json, "case_id");
    d.fromUnitId = json.string("from_unit_id", kIdLength);
    d.toUnitId = json.string("to_unit_id", kIdLength, false);
    d.byUserId = json.string("by_user_id", kIdLength);
    d.note = json.string("note", kTextLength);
    d.at = json.time("at");
    return finish(json, std::move(d), error);
}

QJsonObject encode(const Disposition &d)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), d.id);
    o.insert(QLatin1String("case_id"), double(d.caseId));
    o.insert(QLatin1String("from_unit_id"), d.fromUnitId);
    o.insert(QLatin1String("to_unit_id"), d.toUnitId);
    o.insert(QLatin1String("by_user_id"), d.byUserId);
    o.insert(QLatin1String("note"), d.note);
    o.insert(QLatin1String("at"), time(d.at));
    return o;
}

std::optional<InternalNote> decodeNote(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("note"));
    InternalNote n;
    n.id = json.string("id", kIdLength, false);
    n.caseId = trackingId(json, "case_id");
    n.authorId = json.string("author_id", kIdLength);
    n.text = json.string("text", kTextLength, false);
    n.createdAt = json.time("created_at");
    return finish(json, std::move(n), error);
}

QJsonObject encode(const InternalNote &n)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), n.id);
    o.insert(QLatin1String("case_id"), double(n.caseId));
    o.insert(QLatin1String("author_id"), n.authorId);
    o.insert(QLatin1String("text"), n.text);
    o.insert(QLatin1String("created_at"), time(n.createdAt));
    return o;
}

std::optional<AttachmentInfo> decodeAttachment(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("attachment"));
    AttachmentInfo a;
    a.id = json.string("id", kIdLength, false);
    a.caseId = trackingId(json, "case_id");
    a.ownerKind = json.keyword("owner_kind",
                               { QStringLiteral("case"), QStringLiteral("followup"),
                                 QStringLiteral("reply"), QStringLiteral("draft") });
    a.ownerId = json.string("owner_id", kIdLength);
    a.fileName = json.string("file_name", 255, false);
    a.mimeType = json.string("mime_type", 128);
    a.size = json.integer("size", 0, qint64(1) << 40);
    a.sha256 = json.string("sha256", 64).toLower();
    // Sent by every hub of this API version, but not needed to show or fetch the file:
    // a record without it is still taken.
    if (json.has("created_at"))
        a.createdAt = json.time("created_at");
    if (json.ok() && !isSha256Hex(a.sha256))
        json.fail("sha256", QStringLiteral("must be 64 hex digits"));
    return finish(json, std::move(a), error);
}

QJsonObject encode(const AttachmentInfo &a)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), a.id);
    o.insert(QLatin1String("case_id"), double(a.caseId));
    o.insert(QLatin1String("owner_kind"), a.ownerKind);
    o.insert(QLatin1String("owner_id"), a.ownerId);
    o.insert(QLatin1String("file_name"), a.fileName);
    o.insert(QLatin1String("mime_type"), a.mimeType);
    o.insert(QLatin1String("size"), double(a.size));
    o.insert(QLatin1String("sha256"), a.sha256);
    o.insert(QLatin1String("created_at"), time(a.createdAt));
    return o;
}

} // namespace lapor::Wire
