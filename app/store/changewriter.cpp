#include "changewriter.h"

#include "core/role.h"
#include "database.h"
#include "sqlutil.h"

namespace lapor {

ChangeWriter::ChangeWriter(Database &db)
    : m_followup(db.connection())
    , m_reply(db.connection())
    , m_disposition(db.connection())
    , m_note(db.connection())
    , m_attachment(db.connection())
    , m_unit(db.connection())
    , m_user(db.connection())
    , m_holidays(db)
    , m_flagChanged(db.connection())
    , m_hubDraft(db.connection())
    , m_waitingDecisions(db.connection())
    , m_dropWaiting(db.connection())
    , m_revision(db.connection())
    , m_draftKnown(db.connection())
    , m_decision(db.connection())
    , m_waitingDecision(db.connection())
{ }

bool ChangeWriter::upsertFollowup(const Followup &f, QString *error)
{
    if (!Sql::prepareOnce(
            m_followup,
            QStringLiteral("INSERT INTO followups (id, case_id, author_id, unit_id, "
                           "text, published_at) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (case_id, id) DO UPDATE SET text = excluded.text, "
                           "published_at = excluded.published_at"),
            error))
        return false;
    m_followup.addBindValue(f.id);
    m_followup.addBindValue(f.caseId);
    m_followup.addBindValue(Sql::text(f.authorId));
    m_followup.addBindValue(Sql::text(f.unitId));
    m_followup.addBindValue(Sql::text(f.text));
    m_followup.addBindValue(Sql::fromTime(f.publishedAt));
    return Sql::exec(m_followup, error);
}

bool ChangeWriter::upsertReply(const CitizenReply &r, QString *error)
{
    if (!Sql::prepareOnce(
            m_reply,
            QStringLiteral("INSERT INTO citizen_replies (id, case_id, text, rating, "
                           "created_at) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (case_id, id) DO UPDATE SET text = excluded.text, "
                           "rating = excluded.rating"),
            error))
        return false;
    m_reply.addBindValue(r.id);
    m_reply.addBindValue(r.caseId);
    m_reply.addBindValue(Sql::text(r.text));
    m_reply.addBindValue(r.rating);
    m_reply.addBindValue(Sql::fromTime(r.createdAt));
    return Sql::exec(m_reply, error);
}

bool ChangeWriter::upsertDisposition(const Disposition &d, QString *error)
{
    if (!Sql::prepareOnce(m_disposition,
                          QStringLiteral("INSERT INTO dispositions (id, case_id, from_unit_id, "
                                         "to_unit_id, by_user_id, note, at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                         "ON CONFLICT (case_id, id) DO NOTHING"),
                          error))
        return false;
    m_disposition.addBindValue(d.id);
    m_disposition.addBindValue(d.caseId);
    m_disposition.addBindValue(Sql::text(d.fromUnitId));
    m_disposition.addBindValue(Sql::text(d.toUnitId));
    m_disposition.addBindValue(Sql::text(d.byUserId));
    m_disposition.addBindValue(Sql::text(d.note));
    m_disposition.addBindValue(Sql::fromTime(d.at));
    return Sql::exec(m_disposition, error);
}

bool ChangeWriter::upsertNote(const InternalNote &n, QString *error)
{
    if (!Sql::prepareOnce(
            m_note,
            QStringLiteral("INSERT INTO notes (id, case_id, author_id, text, "
                           "created_at) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (case_id, id) DO UPDATE SET text = excluded.text"),
            error))
        return false;
    m_note.addBindValue(n.id);
    m_note.addBindValue(n.caseId);
    m_note.addBindValue(Sql::text(n.authorId));
    m_note.addBindValue(Sql::text(n.text));
    m_note.addBindValue(Sql::fromTime(n.createdAt));
    return Sql::exec(m_note, error);
}

bool ChangeWriter::upsertAttachment(const AttachmentInfo &a, QString *error)
{
    // Local download progress survives: only the hub's metadata is replaced (a draft's
    // file becomes the follow-up's when the approval publishes it).
    if (!Sql::prepareOnce(
            m_attachment,
            QStringLiteral("INSERT INTO attachments (id, case_id, owner_kind, owner_id, file_name, "
                           "mime_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET owner_kind = excluded.owner_kind, "
                           "owner_id = excluded.owner_id, file_name = excluded.file_name, "
                           "mime_type = excluded.mime_type, size = excluded.size, "
                           "sha256 = excluded.sha256"),
            error))
        return false;
    m_attachment.addBindValue(a.id);
    m_attachment.addBindValue(a.caseId);
    m_attachment.addBindValue(Sql::text(a.ownerKind));
    m_attachment.addBindValue(Sql::text(a.ownerId));
    m_attachment.addBindValue(Sql::text(a.fileName));
    m_attachment.addBindValue(Sql::text(a.mimeType));
    m_attachment.addBindValue(a.size);
    m_attachment.addBindValue(Sql::text(a.sha256));
    return Sql::exec(m_attachment, error);
}

bool ChangeWriter::upsertUnit(const Unit &u, QString *error)
{
    if (!Sql::prepareOnce(m_unit,
                          QStringLiteral("INSERT INTO units (id, agency_id, name, short_name) "
                                         "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                         "agency_id = excluded.agency_id, name = excluded.name, "
                                         "short_name = excluded.short_name"),
                          error))
        return false;
    m_unit.addBindValue(u.id);
    m_unit.addBindValue(Sql::text(u.agencyId));
    m_unit.addBindValue(Sql::text(u.name));
    m_unit.addBindValue(Sql::text(u.shortName));
    return Sql::exec(m_unit, error);
}

bool ChangeWriter::upsertUser(const User &u, QString *error)
{
    if (!Sql::prepareOnce(m_user,
                          QStringLiteral("INSERT INTO users (id, username, display_name, role, "
                                         "unit_id, agency_id) VALUES (?, ?, ?, ?, ?, ?) "
                                         "ON CONFLICT (id) DO UPDATE SET "
                                         "username = excluded.username, "
                                         "display_name = excluded.display_name, "
                                         "role = excluded.role, unit_id = excluded.unit_id, "
                                         "agency_id = excluded.agency_id"),
                          error))
        return false;
    m_user.addBindValue(u.id);
    m_user.addBindValue(Sql::text(u.username));
    m_user.addBindValue(Sql::text(u.displayName));
    m_user.addBindValue(Roles::key(u.role));
    m_user.addBindValue(Sql::text(u.unitId));
    m_user.addBindValue(Sql::text(u.agencyId));
    return Sql::exec(m_user, error);
}

bool ChangeWriter::upsertHoliday(const Holiday &h, QString *error)
{
    return m_holidays.put(h, error);
}

bool ChangeWriter::upsertHubDraft(const Draft &d, qint64 hubVersion,
                                  const QList<DraftRevision> &revisions, QString *error)
{
    // Local work the hub has not seen yet wins over an older hub state: an edit being
    // written, a newer revision or a decision still queued in the outbox. A published
    // draft is published, whatever this PC thought. docs/outbox.md explains each case.
    // Every statement here is prepared once per writer: a first sync stores a draft for
    // every hundred cases, and preparing them each time cost a third of a millisecond.
    QSqlQuery &q = m_hubDraft;
    if (!Sql::prepareOnce(
            q,
            QStringLiteral(
                "INSERT INTO drafts (id, case_id, author_id, state, text, revision, "
                "base_case_version, "
                "hub_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET state = CASE "
                "  WHEN excluded.state = 'published' THEN 'published' "
                "  WHEN excluded.revision < drafts.revision THEN drafts.state "
                "  WHEN excluded.revision > drafts.revision THEN excluded.state "
                "  WHEN drafts.state IN ('editing', 'conflict', 'discarded') THEN drafts.state "
                "  WHEN drafts.state IN ('approved', 'returned') AND excluded.state = 'submitted' "
                "    AND EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = drafts.id "
                "      AND o.kind = 'drafts.decide' AND o.state IN ('waiting', 'sending')) "
                "    THEN drafts.state "
                "  ELSE excluded.state END, "
                "text = CASE WHEN drafts.state IN ('editing', 'conflict') THEN drafts.text "
                "  ELSE excluded.text END, "
                "revision = max(drafts.revision, excluded.revision), "
                "hub_version = max(drafts.hub_version, excluded.hub_version), "
                "updated_at = excluded.updated_at"),
            error))
        return false;
    const QVariant at = Sql::fromTime(d.updatedAt);
    q.addBindValue(d.id);
    q.addBindValue(d.caseId);
    q.addBindValue(Sql::text(d.authorId));
    q.addBindValue(DraftStates::key(d.state));
    q.addBindValue(Sql::text(d.text));
    q.addBindValue(d.revision);
    q.addBindValue(d.baseCaseVersion);
    q.addBindValue(hubVersion);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!Sql::exec(q, error))
        return false;
    // Decisions that came before the draft itself.
    if (!Sql::prepareOnce(m_waitingDecisions,
                          QStringLiteral("INSERT INTO decisions (id, draft_id, revision, "
                                         "approver_id, kind, comment, decided_at) SELECT id, "
                                         "draft_id, revision, approver_id, kind, comment, "
                                         "decided_at FROM decisions_waiting WHERE draft_id = ? "
                                         "ON CONFLICT (id) DO NOTHING"),
                          error)
        || !Sql::prepareOnce(m_dropWaiting,
                             QStringLiteral("DELETE FROM decisions_waiting WHERE draft_id = ?"),
                             error))
        return false;
    m_waitingDecisions.addBindValue(d.id);
    if (!Sql::exec(m_waitingDecisions, error))
        return false;
    m_dropWaiting.addBindValue(d.id);
    if (!Sql::exec(m_dropWaiting, error))
        return false;
    if (d.revision <= 0)
        return true;
    // Earlier revisions too: a desk that first sees the draft at revision 3 still shows
    // revision 2 and diffs against it. A revision is frozen once submitted, so a copy
    // already here stays as it is.
    if (!Sql::prepareOnce(m_revision,
                          QStringLiteral("INSERT INTO draft_revisions (draft_id, revision, text, "
                                         "author_id, created_at) VALUES (?, ?, ?, ?, ?) "
                                         "ON CONFLICT (draft_id, revision) DO NOTHING"),
                          error))
        return false;
    auto insert = [&](int number, const QString &text, const QString &authorId,
                      const QDateTime &createdAt) {
        m_revision.addBindValue(d.id);
        m_revision.addBindValue(number);
        m_revision.addBindValue(Sql::text(text));
        m_revision.addBindValue(Sql::text(authorId));
        m_revision.addBindValue(Sql::fromTime(createdAt));
        return Sql::exec(m_revision, error);
    };
    for (const DraftRevision &r : revisions) {
        if (r.number > 0 && r.number < d.revision
            && !insert(r.number, r.text, r.authorId.isEmpty() ? d.authorId : r.authorId,
                       r.createdAt))
            return false;
    }
    return insert(d.revision, d.text, d.authorId, d.updatedAt);
}

bool ChangeWriter::upsertDecision(const Decision &d, QString *error)
{
    if (!Sql::prepareOnce(m_draftKnown, QStringLiteral("SELECT 1 FROM drafts WHERE id = ?"), error))
        return false;
    m_draftKnown.addBindValue(d.draftId);
    if (!Sql::exec(m_draftKnown, error))
        return false;
    // Before its draft: it waits, and upsertHubDraft() moves it over (schema 5).
    const bool known = m_draftKnown.next();
    m_draftKnown.finish();
    QSqlQuery &q = known ? m_decision : m_waitingDecision;
    if (!Sql::prepareOnce(
            q,
            QStringLiteral("INSERT INTO %1 (id, draft_id, revision, approver_id, "
                           "kind, comment, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (id) DO NOTHING")
                .arg(known ? QStringLiteral("decisions") : QStringLiteral("decisions_waiting")),
            error))
        return false;
    q.addBindValue(d.id);
    q.addBindValue(d.draftId);
    q.addBindValue(d.revision);
    q.addBindValue(Sql::text(d.approverId));
    q.addBindValue(d.kind == DecisionKind::Approve ? QStringLiteral("approve")
                                                   : QStringLiteral("return"));
    q.addBindValue(Sql::text(d.comment));
    q.addBindValue(Sql::fromTime(d.decidedAt));
    return Sql::exec(q, error);
}

bool ChangeWriter::flagChangedUnderDraft(qint64 caseId, qint64 newVersion, QString *error)
{
    if (!Sql::prepareOnce(
            m_flagChanged,
            QStringLiteral(
                "UPDATE cases SET hub_changed = 1 WHERE tracking_id = ? AND version <> ? AND "
                "EXISTS (SELECT 1 FROM drafts d WHERE d.case_id = cases.tracking_id "
                "AND d.state IN ('editing', 'returned', 'submitted', 'approved'))"),
            error))
        return false;
    m_flagChanged.addBindValue(caseId);
    m_flagChanged.addBindValue(newVersion);
    return Sql::exec(m_flagChanged, error);
}

} // namespace lapor
