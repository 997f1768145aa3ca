#include "wirerecords.h"

#include "strictjson.h"

#include <QJsonArray>

#include <algorithm>

namespace lapor::Wire {

namespace {

constexpr qsizetype kIdLength = 64;
constexpr qsizetype kNameLength = 200;
constexpr qsizetype kTextLength = 100'000;
constexpr qint64 kMaxVersion = qint64(1) << 52;

template<typename T> std::optional<T> finish(const StrictJson &json, T &&value, QString *error)
{
    if (json.ok())
        return std::forward<T>(value);
    if (error)
        *error = json.error();
    return std::nullopt;
}

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

qint64 trackingId(StrictJson &json, const char *key)
{
    return json.integer(key, 1, kMaxTrackingId);
}

// More than any real draft goes through; a hub that sends more is broken or hostile.
constexpr qsizetype kMaxRevisions = 1000;

// A draft's `revisions`: [{"revision", "text", "submitted_at"}], oldest first. Older hubs
// leave the field out; then only the current revision is known.
QList<DraftRevision> draftRevisions(StrictJson &json, const QJsonObject &o, const QString &authorId)
{
    const QJsonValue value = o.value(QLatin1String("revisions"));
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        json.fail("revisions", QStringLiteral("must be an array"));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxRevisions) {
        json.fail("revisions", QStringLiteral("more than %1 entries").arg(kMaxRevisions));
        return {};
    }
    QList<DraftRevision> revisions;
    revisions.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        StrictJson entry(array.at(i).toObject(), QStringLiteral("draft.revisions[%1]").arg(i));
        DraftRevision revision;
        revision.number = int(entry.integer("revision", 1, 1'000'000));
        revision.text = entry.string("text", kTextLength);
        revision.createdAt = entry.time("submitted_at");
        revision.authorId = authorId;
        if (!array.at(i).isObject())
            entry.fail("revision", QStringLiteral("must be an object"));
        if (!entry.ok()) {
            json.fail("revisions", entry.error());
            return {};
        }
        revisions.append(revision);
    }
    return revisions;
}

} // namespace

std::optional<Case> decodeCase(const QJsonObject &o, QString *error)
{
    StrictJson json(o, QStringLiteral("case"));
    Case c;
    c.trackingId = trackingId(json, "tracking_id");
    c.title = json.string("title", kMaxTitleLength, false);
    c.content = json.string("content", kMaxContentLength);
    c.category = json.string("category", kNameLength);
    c.subcategory = json.string("subcategory", kNameLength);
    c.channel = json.string("channel", 32);
    QStringList statuses;
    for (auto status : Status::all())
        statuses.append(Status::key(status));
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
    if (o.contains(QLatin1String("not_authority_reason")))
        c.notAuthorityReason = json.string("not_authority_reason", kTextLength);
    if (json.ok()) {
        if (const QString invalid = c.validate(); !invalid.isEmpty())
            json.fail("tracking_id", invalid);
    }
    return finish(json, std::move(c), error);
}

std::optional<Followup> decodeFollowup(const QJsonObject &o, QString *error)
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

std::optional<CitizenReply> decodeReply(const QJsonObject &o, QString *error)
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

std::optional<Disposition> decodeDisposition(const QJsonObject &o, QString *error)
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

std::optional<InternalNote> decodeNote(const QJsonObject &o, QString *error)
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

std::optional<AttachmentInfo> decodeAttachment(const QJsonObject &o, QString *error)
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
    if (json.ok() && !isSha256Hex(a.sha256))
        json.fail("sha256", QStringLiteral("must be 64 hex digits"));
    return finish(json, std::move(a), error);
}

std::optional<Unit> decodeUnit(const QJsonObject &o, QString *error)
{
    StrictJson json(o, QStringLiteral("unit"));
    Unit u;
    u.id = json.string("id", kIdLength, false);
    u.agencyId = json.string("agency_id", kIdLength);
    u.name = json.string("name", kNameLength, false);
    u.shortName = json.string("short_name", kNameLength);
    return finish(json, std::move(u), error);
}

std::optional<User> decodeUser(const QJsonObject &o, QString *error)
{
    StrictJson json(o, QStringLiteral("user"));
    User u;
    u.id = json.string("id", kIdLength, false);
    u.username = json.string("username", kNameLength, false);
    u.displayName = json.string("display_name", kNameLength);
    const QString role = json.keyword("role",
                                      { QStringLiteral("officer"), QStringLiteral("approver"),
                                        QStringLiteral("coordinator"), QStringLiteral("admin") });
    u.role = Roles::fromKey(role).value_or(Role::Officer);
    u.unitId = json.string("unit_id", kIdLength);
    u.agencyId = json.string("agency_id", kIdLength);
    return finish(json, std::move(u), error);
}

std::optional<Holiday> decodeHoliday(const QJsonObject &o, QString *error)
{
    StrictJson json(o, QStringLiteral("holiday"));
    Holiday h;
    h.date = QDate::fromString(json.string("date", 10), Qt::ISODate);
    h.name = json.string("name", kNameLength);
    h.collectiveLeave
        = json.keyword("kind", { QStringLiteral("holiday"), QStringLiteral("cuti_bersama") })
        == QLatin1String("cuti_bersama");
    if (json.ok() && !h.date.isValid())
        json.fail("date", QStringLiteral("must be a date like 2026-03-20"));
    return finish(json, std::move(h), error);
}

std::optional<HubDraft> decodeDraft(const QJsonObject &o, QString *error)
{
    StrictJson json(o, QStringLiteral("draft"));
    HubDraft h;
    h.draft.id = json.string("id", kIdLength, false);
    h.draft.caseId = trackingId(json, "case_id");
    h.draft.authorId = json.string("author_id", kIdLength, false);
    h.unitId = json.string("unit_id", kIdLength);
    QStringList states;
    for (auto state :
         { DraftState::Editing, DraftState::Submitted, DraftState::Returned, DraftState::Approved,
           DraftState::Published, DraftState::Conflict, DraftState::Discarded })
        states.append(DraftStates::key(state));
    h.draft.state
        = DraftStates::fromKey(json.keyword("state", states)).value_or(DraftState::Submitted);
    h.draft.revision = int(json.integer("revision", 0, 1'000'000));
    h.draft.text = json.string("text", kTextLength);
    h.draft.baseCaseVersion = json.integer("base_case_version", 0, kMaxVersion);
    h.hubVersion = json.integer("version", 0, kMaxVersion);
    h.draft.updatedAt = json.time("updated_at");
    h.revisions = draftRevisions(json, o, h.draft.authorId);
    return finish(json, std::move(h), error);
}

std::optional<Decision> decodeDecision(const QJsonObject &o, QString *error)
{
    StrictJson json(o, QStringLiteral("decision"));
    Decision d;
    d.id = json.string("id", kIdLength, false);
    d.draftId = json.string("draft_id", kIdLength, false);
    d.revision = int(json.integer("revision", 1, 1'000'000));
    d.approverId = json.string("approver_id", kIdLength, false);
    d.kind = json.keyword("decision", { QStringLiteral("approve"), QStringLiteral("return") })
            == QLatin1String("approve")
        ? DecisionKind::Approve
        : DecisionKind::Return;
    d.comment = json.string("comment", kTextLength);
    d.decidedAt = json.time("decided_at");
    return finish(json, std::move(d), error);
}

std::optional<CaseRemoval> decodeRemoval(const QJsonObject &o, QString *error)
{
    StrictJson json(o, QStringLiteral("remove"));
    CaseRemoval r;
    r.trackingId = trackingId(json, "case_id");
    r.reason = json.string("reason", 64);
    return finish(json, std::move(r), error);
}

std::optional<ChangeData> decodeChange(const QJsonObject &o, QString *error)
{
    StrictJson json(o, QStringLiteral("change"));
    const QString kind = json.string("kind", 32, false);
    const QJsonObject data = json.object("data");
    if (!json.ok()) {
        if (error)
            *error = json.error();
        return std::nullopt;
    }
    auto wrap = [](auto decoded) -> std::optional<ChangeData> {
        if (!decoded)
            return std::nullopt;
        return ChangeData(std::move(*decoded));
    };
    if (kind == QLatin1String("case"))
        return wrap(decodeCase(data, error));
    if (kind == QLatin1String("followup"))
        return wrap(decodeFollowup(data, error));
    if (kind == QLatin1String("citizen_reply"))
        return wrap(decodeReply(data, error));
    if (kind == QLatin1String("disposition"))
        return wrap(decodeDisposition(data, error));
    if (kind == QLatin1String("note"))
        return wrap(decodeNote(data, error));
    if (kind == QLatin1String("attachment"))
        return wrap(decodeAttachment(data, error));
    if (kind == QLatin1String("unit"))
        return wrap(decodeUnit(data, error));
    if (kind == QLatin1String("user"))
        return wrap(decodeUser(data, error));
    if (kind == QLatin1String("holiday"))
        return wrap(decodeHoliday(data, error));
    if (kind == QLatin1String("draft"))
        return wrap(decodeDraft(data, error));
    if (kind == QLatin1String("decision"))
        return wrap(decodeDecision(data, error));
    if (kind == QLatin1String("remove"))
        return wrap(decodeRemoval(data, error));
    return ChangeData(std::monostate());
}

} // namespace lapor::Wire
