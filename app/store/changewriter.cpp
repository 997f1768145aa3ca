#include "changewriter.h"

#include "core/role.h"
#include "database.h"
#include "sqlutil.h"

namespace lapor {

ChangeWriter::ChangeWriter(Database &db)
    : m_db(db)
    , m_holidays(db)
    , m_draftKnown(db.connection())
{ }

bool ChangeWriter::upsertFollowup(const Followup &f, QString *error)
{
    if (!m_followup.prepareOnce(m_db,
                                "INSERT INTO followups (id, case_id, author_id, unit_id, "
                                "text, published_at) VALUES (?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (case_id, id) DO UPDATE SET text = excluded.text, "
                                "published_at = excluded.published_at",
                                error))
        return false;
    m_followup.bind(f.id);
    m_followup.bind(f.caseId);
    m_followup.bindText(f.authorId);
    m_followup.bindText(f.unitId);
    m_followup.bindText(f.text);
    m_followup.bindTime(f.publishedAt);
    return m_followup.exec(error);
}

bool ChangeWriter::upsertReply(const CitizenReply &r, QString *error)
{
    if (!m_reply.prepareOnce(m_db,
                             "INSERT INTO citizen_replies (id, case_id, text, rating, "
                             "created_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (case_id, id) DO UPDATE SET text = excluded.text, "
                             "rating = excluded.rating",
                             error))
        return false;
    m_reply.bind(r.id);
    m_reply.bind(r.caseId);
    m_reply.bindText(r.text);
    m_reply.bind(r.rating);
    m_reply.bindTime(r.createdAt);
    return m_reply.exec(error);
}

bool ChangeWriter::upsertDisposition(const Disposition &d, QString *error)
{
    if (!m_disposition.prepareOnce(m_db,
                                   "INSERT INTO dispositions (id, case_id, from_unit_id, "
                                   "to_unit_id, by_user_id, note, at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (case_id, id) DO NOTHING",
                                   error))
        return false;
    m_disposition.bind(d.id);
    m_disposition.bind(d.caseId);
    m_disposition.bindText(d.fromUnitId);
    m_disposition.bindText(d.toUnitId);
    m_disposition.bindText(d.byUserId);
    m_disposition.bindText(d.note);
    m_disposition.bindTime(d.at);
    return m_disposition.exec(error);
}

bool ChangeWriter::upsertNote(const InternalNote &n, QString *error)
{
    if (!m_note.prepareOnce(m_db,
                            "INSERT INTO notes (id, case_id, author_id, text, "
                            "created_at) VALUES (?, ?, ?, ?, ?) "
                            "ON CONFLICT (case_id, id) DO UPDATE SET text = excluded.text",
                            error))
        return false;
    m_note.bind(n.id);
    m_note.bind(n.caseId);
    m_note.bindText(n.authorId);
    m_note.bindText(n.text);
    m_note.bindTime(n.createdAt);
    return m_note.exec(error);
}

bool ChangeWriter::upsertAttachment(const AttachmentInfo &a, QString *error)
{
    // Local download progress survives: only the hub's metadata is replaced (a draft's
    // file becomes the follow-up's when the approval publishes it).
    if (!m_attachment.prepareOnce(
            m_db,
            "INSERT INTO attachments (id, case_id, owner_kind, owner_id, file_name, "
            "mime_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET owner_kind = excluded.owner_kind, "
            "owner_id = excluded.owner_id, file_name = excluded.file_name, "
            "mime_type = excluded.mime_type, size = excluded.size, "
            "sha256 = excluded.sha256",
            error))
        return false;
    m_attachment.bind(a.id);
    m_attachment.bind(a.caseId);
    m_attachment.bindText(a.ownerKind);
    m_attachment.bindText(a.ownerId);
    m_attachment.bindText(a.fileName);
    m_attachment.bindText(a.mimeType);
    m_attachment.bind(a.size);
    m_attachment.bindText(a.sha256);
    return m_attachment.exec(error);
}

bool ChangeWriter::upsertUnit(const Unit &u, QString *error)
{
    if (!m_unit.prepareOnce(m_db,
                            "INSERT INTO units (id, agency_id, name, short_name) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                            "agency_id = excluded.agency_id, name = excluded.name, "
                            "short_name = excluded.short_name",
                            error))
        return false;
    m_unit.bind(u.id);
    m_unit.bindText(u.agencyId);
    m_unit.bindText(u.name);
    m_unit.bindText(u.shortName);
    return m_unit.exec(error);
}

bool ChangeWriter::upsertUser(const User &u, QString *error)
{
    if (!m_user.prepareOnce(m_db,
                            "INSERT INTO users (id, username, display_name, role, "
                            "unit_id, agency_id) VALUES (?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET "
                            "username = excluded.username, "
                            "display_name = excluded.display_name, "
                            "role = excluded.role, unit_id = excluded.unit_id, "
                            "agency_id = excluded.agency_id",
                            error))
        return false;
    m_user.bind(u.id);
    m_user.bindText(u.username);
    m_user.bindText(u.displayName);
    m_user.bind(Roles::key(u.role));
    m_user.bindText(u.unitId);
    m_user.bindText(u.agencyId);
    return m_user.exec(error);
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
    Statement &q = m_hubDraft;
    if (!q.prepareOnce(
            m_db,
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
            "updated_at = excluded.updated_at",
            error))
        return false;
    q.bind(d.id);
    q.bind(d.caseId);
    q.bindText(d.authorId);
    q.bind(DraftStates::key(d.state));
    q.bindText(d.text);
    q.bind(d.revision);
    q.bind(d.baseCaseVersion);
    q.bind(hubVersion);
    q.bindTime(d.updatedAt);
    q.bindTime(d.updatedAt);
    if (!q.exec(error))
        return false;
    // Decisions that came before the draft itself.
    if (!m_waitingDecisions.prepareOnce(m_db,
                                        "INSERT INTO decisions (id, draft_id, revision, "
                                        "approver_id, kind, comment, decided_at) SELECT id, "
                                        "draft_id, revision, approver_id, kind, comment, "
                                        "decided_at FROM decisions_waiting WHERE draft_id = ? "
                                        "ON CONFLICT (id) DO NOTHING",
                                        error)
        || !m_dropWaiting.prepareOnce(m_db, "DELETE FROM decisions_waiting WHERE draft_id = ?",
                                      error))
        return false;
    m_waitingDecisions.bind(d.id);
    if (!m_waitingDecisions.exec(error))
        return false;
    m_dropWaiting.bind(d.id);
    if (!m_dropWaiting.exec(error))
        return false;
    if (d.revision <= 0)
        return true;
    // Earlier revisions too: a desk that first sees the draft at revision 3 still shows
    // revision 2 and diffs against it. A revision is frozen once submitted, so a copy
    // already here stays as it is.
    if (!m_revision.prepareOnce(m_db,
                                "INSERT INTO draft_revisions (draft_id, revision, text, "
                                "author_id, created_at) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT (draft_id, revision) DO NOTHING",
                                error))
        return false;
    auto insert = [&](int number, const QString &text, const QString &authorId,
                      const QDateTime &createdAt) {
        m_revision.bind(d.id);
        m_revision.bind(number);
        m_revision.bindText(text);
        m_revision.bindText(authorId);
        m_revision.bindTime(createdAt);
        return m_revision.exec(error);
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
    Statement &q = known ? m_decision : m_waitingDecision;
    if (!q.prepareOnce(m_db,
                       known ? "INSERT INTO decisions (id, draft_id, revision, approver_id, kind, "
                               "comment, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (id) DO NOTHING"
                             : "INSERT INTO decisions_waiting (id, draft_id, revision, "
                               "approver_id, kind, comment, decided_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                       error))
        return false;
    q.bind(d.id);
    q.bind(d.draftId);
    q.bind(d.revision);
    q.bindText(d.approverId);
    q.bind(d.kind == DecisionKind::Approve ? QStringLiteral("approve") : QStringLiteral("return"));
    q.bindText(d.comment);
    q.bindTime(d.decidedAt);
    return q.exec(error);
}

bool ChangeWriter::flagChangedUnderDraft(qint64 caseId, qint64 newVersion, QString *error)
{
    if (!m_flagChanged.prepareOnce(
            m_db,
            "UPDATE cases SET hub_changed = 1 WHERE tracking_id = ? AND version <> ? AND "
            "EXISTS (SELECT 1 FROM drafts d WHERE d.case_id = cases.tracking_id "
            "AND d.state IN ('editing', 'returned', 'submitted', 'approved'))",
            error))
        return false;
    m_flagChanged.bind(caseId);
    m_flagChanged.bind(newVersion);
    return m_flagChanged.exec(error);
}

} // namespace lapor
