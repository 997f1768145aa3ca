#include "core/casestatus.h"
#include "entities.h"
#include "hubclock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace lapor::hub::Records {

using namespace Qt::Literals::StringLiterals;

qint64 now()
{
    return HubClock::now();
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue isoTimeOrNull(qint64 secs)
{
    return secs > 0 ? QJsonValue(isoTime(secs)) : QJsonValue(QJsonValue::Null);
}

qint64 secs(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

QDateTime dateTime(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

QJsonObject caseJson(const CaseRow &row)
{
    const Case &c = row.c;
    QJsonObject o;
    o.insert(u"tracking_id"_s, double(c.trackingId));
    o.insert(u"title"_s, c.title);
    o.insert(u"content"_s, c.content);
    o.insert(u"category"_s, c.category);
    o.insert(u"subcategory"_s, c.subcategory);
    o.insert(u"channel"_s, c.channel);
    o.insert(u"status"_s, Status::key(c.status));
    o.insert(u"agency_id"_s, c.agencyId);
    o.insert(u"unit_id"_s, c.unitId);
    o.insert(u"assignee_id"_s, c.assigneeId);
    o.insert(u"anonymous"_s, c.anonymous);
    o.insert(u"confidential"_s, c.confidential);
    // Never send a reporter's identity for an anonim case, whatever the row holds.
    o.insert(u"reporter_name"_s, c.anonymous ? QString() : c.reporterName);
    o.insert(u"received_at"_s, isoTime(secs(c.receivedAt)));
    o.insert(u"disposed_at"_s, isoTimeOrNull(secs(c.disposedAt)));
    o.insert(u"first_followup_at"_s, isoTimeOrNull(secs(c.firstFollowupAt)));
    o.insert(u"last_followup_at"_s, isoTimeOrNull(secs(c.lastFollowupAt)));
    o.insert(u"last_reply_at"_s, isoTimeOrNull(secs(c.lastReplyAt)));
    o.insert(u"resolution_days"_s, c.resolutionDays);
    o.insert(u"rating"_s, c.rating);
    o.insert(u"not_authority_reason"_s, row.notAuthorityReason);
    o.insert(u"version"_s, double(c.version));
    return o;
}

QJsonObject followupJson(const Followup &f)
{
    QJsonObject o;
    o.insert(u"id"_s, f.id);
    o.insert(u"case_id"_s, double(f.caseId));
    o.insert(u"author_id"_s, f.authorId);
    o.insert(u"unit_id"_s, f.unitId);
    o.insert(u"text"_s, f.text);
    o.insert(u"published_at"_s, isoTime(secs(f.publishedAt)));
    return o;
}

QJsonObject replyJson(const CitizenReply &r)
{
    QJsonObject o;
    o.insert(u"id"_s, r.id);
    o.insert(u"case_id"_s, double(r.caseId));
    o.insert(u"text"_s, r.text);
    o.insert(u"rating"_s, r.rating);
    o.insert(u"created_at"_s, isoTime(secs(r.createdAt)));
    return o;
}

QJsonObject dispositionJson(const Disposition &d)
{
    QJsonObject o;
    o.insert(u"id"_s, d.id);
    o.insert(u"case_id"_s, double(d.caseId));
    o.insert(u"from_unit_id"_s, d.fromUnitId);
    o.insert(u"to_unit_id"_s, d.toUnitId);
    o.insert(u"by_user_id"_s, d.byUserId);
    o.insert(u"note"_s, d.note);
    o.insert(u"at"_s, isoTime(secs(d.at)));
    return o;
}

QJsonObject noteJson(const NoteRow &n)
{
    QJsonObject o;
    o.insert(u"id"_s, n.id);
    o.insert(u"case_id"_s, double(n.caseId));
    o.insert(u"author_id"_s, n.authorId);
    o.insert(u"text"_s, n.text);
    o.insert(u"created_at"_s, isoTime(n.createdAt));
    return o;
}

QJsonObject draftJson(const DraftRow &d)
{
    QJsonObject o;
    o.insert(u"id"_s, d.id);
    o.insert(u"case_id"_s, double(d.caseId));
    o.insert(u"author_id"_s, d.authorId);
    o.insert(u"unit_id"_s, d.unitId);
    o.insert(u"state"_s, d.state);
    o.insert(u"revision"_s, d.revision);
    o.insert(u"text"_s, d.text);
    o.insert(u"base_case_version"_s, double(d.baseCaseVersion));
    o.insert(u"version"_s, double(d.version));
    o.insert(u"created_at"_s, isoTime(d.createdAt));
    o.insert(u"updated_at"_s, isoTime(d.updatedAt));
    QJsonArray revisions;
    for (const DraftRevision &r : d.revisions) {
        QJsonObject rev;
        rev.insert(u"revision"_s, r.revision);
        rev.insert(u"text"_s, r.text);
        rev.insert(u"submitted_at"_s, isoTime(r.submittedAt));
        revisions.append(rev);
    }
    o.insert(u"revisions"_s, revisions);
    return o;
}

QJsonObject decisionJson(const DecisionRow &d)
{
    QJsonObject o;
    o.insert(u"id"_s, d.id);
    o.insert(u"draft_id"_s, d.draftId);
    o.insert(u"case_id"_s, double(d.caseId));
    o.insert(u"revision"_s, d.revision);
    o.insert(u"approver_id"_s, d.approverId);
    o.insert(u"decision"_s, d.kind);
    o.insert(u"comment"_s, d.comment);
    o.insert(u"decided_at"_s, isoTime(d.decidedAt));
    return o;
}

QJsonObject attachmentJson(const AttachmentRow &a)
{
    QJsonObject o;
    o.insert(u"id"_s, a.id);
    o.insert(u"case_id"_s, double(a.caseId));
    o.insert(u"owner_kind"_s, a.ownerKind);
    o.insert(u"owner_id"_s, a.ownerId);
    o.insert(u"file_name"_s, a.fileName);
    o.insert(u"mime_type"_s, a.mimeType);
    o.insert(u"size"_s, double(a.size));
    o.insert(u"sha256"_s, a.sha256);
    o.insert(u"created_at"_s, isoTime(a.createdAt));
    return o;
}

QJsonObject userJson(const UserRow &u)
{
    QJsonObject o;
    o.insert(u"id"_s, u.id);
    o.insert(u"username"_s, u.username);
    o.insert(u"display_name"_s, u.displayName);
    o.insert(u"role"_s, u.role);
    o.insert(u"unit_id"_s, u.unitId);
    o.insert(u"agency_id"_s, u.agencyId);
    return o;
}

QByteArray envelope(const char *kind, const QJsonObject &data)
{
    QJsonObject o;
    o.insert(u"kind"_s, QLatin1String(kind));
    o.insert(u"data"_s, data);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace lapor::hub::Records
