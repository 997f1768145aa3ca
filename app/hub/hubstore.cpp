#include "hubstore.h"

#include "core/casestatus.h"

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

void bindTime(SqlStatement &q, int index, const QDateTime &time)
{
    if (time.isValid())
        q.bind(index, time.toSecsSinceEpoch());
    else
        q.bindNull(index);
}

QDateTime timeAt(const SqlStatement &q, int column)
{
    return q.isNull(column) ? QDateTime() : Records::dateTime(q.int64(column));
}

AttachmentRow attachmentAt(const SqlStatement &q)
{
    AttachmentRow a;
    a.id = q.text(0);
    a.caseId = q.int64(1);
    a.ownerKind = q.text(2);
    a.ownerId = q.text(3);
    a.fileName = q.text(4);
    a.mimeType = q.text(5);
    a.size = q.int64(6);
    a.sha256 = q.text(7);
    a.createdAt = q.int64(8);
    return a;
}

} // namespace

HubStore::HubStore(SqliteDb &db)
    : m_db(db)
{ }

QString HubStore::meta(const QString &key) const
{
    auto &q = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    q.bind(1, key);
    const QString value = q.step() ? q.text(0) : QString();
    q.reset();
    return value;
}

void HubStore::setMeta(const QString &key, const QString &value)
{
    m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
        .bind(1, key)
        .bind(2, value)
        .exec();
}

std::optional<CaseRow> HubStore::loadCase(qint64 trackingId)
{
    auto &q = m_db.prepare(
        "SELECT title, content, category, subcategory, channel, status, agency_id, unit_id, "
        "assignee_id, anonymous, confidential, reporter_name, received_at, disposed_at, "
        "first_followup_at, last_followup_at, last_reply_at, resolution_days, rating, "
        "not_authority_reason, version FROM cases WHERE tracking_id = ?");
    q.bind(1, trackingId);
    if (!q.step())
        return std::nullopt;
    CaseRow row;
    Case &c = row.c;
    c.trackingId = trackingId;
    c.title = q.text(0);
    c.content = q.text(1);
    c.category = q.text(2);
    c.subcategory = q.text(3);
    c.channel = q.text(4);
    c.status = Status::fromKey(q.text(5)).value_or(CaseStatus::Disposed);
    c.agencyId = q.text(6);
    c.unitId = q.text(7);
    c.assigneeId = q.text(8);
    c.anonymous = q.int64(9) != 0;
    c.confidential = q.int64(10) != 0;
    c.reporterName = q.text(11);
    c.receivedAt = timeAt(q, 12);
    c.disposedAt = timeAt(q, 13);
    c.firstFollowupAt = timeAt(q, 14);
    c.lastFollowupAt = timeAt(q, 15);
    c.lastReplyAt = timeAt(q, 16);
    c.resolutionDays = int(q.int64(17));
    c.rating = int(q.int64(18));
    row.c.notAuthorityReason = q.text(19);
    c.version = q.int64(20);
    q.reset();
    return row;
}

void HubStore::saveCase(const CaseRow &row)
{
    const Case &c = row.c;
    auto &q = m_db.prepare(
        "INSERT OR REPLACE INTO cases (tracking_id, title, content, category, subcategory, "
        "channel, status, agency_id, unit_id, assignee_id, anonymous, confidential, "
        "reporter_name, received_at, disposed_at, first_followup_at, last_followup_at, "
        "last_reply_at, resolution_days, rating, not_authority_reason, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, c.trackingId).bind(2, c.title).bind(3, c.content).bind(4, c.category);
    q.bind(5, c.subcategory).bind(6, c.channel).bind(7, Status::key(c.status));
    q.bind(8, c.agencyId).bind(9, c.unitId).bind(10, c.assigneeId).bind(11, c.anonymous);
    q.bind(12, c.confidential).bind(13, c.anonymous ? QString() : c.reporterName);
    q.bind(14, Records::secs(c.receivedAt));
    bindTime(q, 15, c.disposedAt);
    bindTime(q, 16, c.firstFollowupAt);
    bindTime(q, 17, c.lastFollowupAt);
    bindTime(q, 18, c.lastReplyAt);
    q.bind(19, c.resolutionDays).bind(20, c.rating).bind(21, row.c.notAuthorityReason);
    q.bind(22, c.version);
    q.exec();
}

qint64 HubStore::maxTrackingId()
{
    auto &q = m_db.prepare("SELECT coalesce(max(tracking_id), 0) FROM cases");
    const qint64 value = q.step() ? q.int64(0) : 0;
    q.reset();
    return value;
}

void HubStore::insertFollowup(const Followup &f, const QString &draftId)
{
    auto &q = m_db.prepare("INSERT INTO followups (id, case_id, author_id, unit_id, text, "
                           "published_at, draft_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, f.id).bind(2, f.caseId).bind(3, f.authorId).bind(4, f.unitId).bind(5, f.text);
    q.bind(6, Records::secs(f.publishedAt));
    if (draftId.isEmpty())
        q.bindNull(7);
    else
        q.bind(7, draftId);
    q.exec();
}

void HubStore::insertReply(const CitizenReply &r)
{
    m_db.prepare("INSERT INTO citizen_replies (id, case_id, text, rating, created_at) "
                 "VALUES (?, ?, ?, ?, ?)")
        .bind(1, r.id)
        .bind(2, r.caseId)
        .bind(3, r.text)
        .bind(4, r.rating)
        .bind(5, Records::secs(r.createdAt))
        .exec();
}

void HubStore::insertDisposition(const Disposition &d)
{
    m_db.prepare("INSERT INTO dispositions (id, case_id, from_unit_id, to_unit_id, by_user_id, "
                 "note, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, d.id)
        .bind(2, d.caseId)
        .bind(3, d.fromUnitId)
        .bind(4, d.toUnitId)
        .bind(5, d.byUserId)
        .bind(6, d.note)
        .bind(7, Records::secs(d.at))
        .exec();
}

void HubStore::insertNote(const NoteRow &n)
{
    m_db.prepare("INSERT INTO notes (id, case_id, author_id, text, created_at) "
                 "VALUES (?, ?, ?, ?, ?)")
        .bind(1, n.id)
        .bind(2, n.caseId)
        .bind(3, n.authorId)
        .bind(4, n.text)
        .bind(5, n.createdAt)
        .exec();
}

void HubStore::insertDecision(const DecisionRow &d)
{
    m_db.prepare("INSERT INTO decisions (id, draft_id, case_id, revision, approver_id, kind, "
                 "comment, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, d.id)
        .bind(2, d.draftId)
        .bind(3, d.caseId)
        .bind(4, d.revision)
        .bind(5, d.approverId)
        .bind(6, d.kind)
        .bind(7, d.comment)
        .bind(8, d.decidedAt)
        .exec();
}

std::optional<DraftRow> HubStore::loadDraft(const QString &id)
{
    auto &q = m_db.prepare("SELECT case_id, author_id, unit_id, state, revision, text, "
                           "base_case_version, version, created_at, updated_at "
                           "FROM drafts WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    DraftRow d;
    d.id = id;
    d.caseId = q.int64(0);
    d.authorId = q.text(1);
    d.unitId = q.text(2);
    d.state = q.text(3);
    d.revision = int(q.int64(4));
    d.text = q.text(5);
    d.baseCaseVersion = q.int64(6);
    d.version = q.int64(7);
    d.createdAt = q.int64(8);
    d.updatedAt = q.int64(9);
    q.reset();
    auto &r = m_db.prepare("SELECT revision, text, submitted_at FROM draft_revisions "
                           "WHERE draft_id = ? ORDER BY revision");
    r.bind(1, id);
    while (r.step())
        d.revisions.append({ int(r.int64(0)), r.text(1), r.int64(2) });
    r.reset();
    return d;
}

void HubStore::saveDraft(const DraftRow &d)
{
    m_db.prepare("INSERT OR REPLACE INTO drafts (id, case_id, author_id, unit_id, state, "
                 "revision, text, base_case_version, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, d.id)
        .bind(2, d.caseId)
        .bind(3, d.authorId)
        .bind(4, d.unitId)
        .bind(5, d.state)
        .bind(6, d.revision)
        .bind(7, d.text)
        .bind(8, d.baseCaseVersion)
        .bind(9, d.version)
        .bind(10, d.createdAt)
        .bind(11, d.updatedAt)
        .exec();
    if (!d.revisions.isEmpty()) {
        const DraftRevision &last = d.revisions.last();
        m_db.prepare("INSERT OR IGNORE INTO draft_revisions (draft_id, revision, text, "
                     "submitted_at) VALUES (?, ?, ?, ?)")
            .bind(1, d.id)
            .bind(2, last.revision)
            .bind(3, last.text)
            .bind(4, last.submittedAt)
            .exec();
    }
}

void HubStore::insertAttachment(const AttachmentRow &a, const QByteArray &content)
{
    m_db.prepare("INSERT INTO attachments (id, case_id, owner_kind, owner_id, file_name, "
                 "mime_type, size, sha256, created_at, content) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, a.id)
        .bind(2, a.caseId)
        .bind(3, a.ownerKind)
        .bind(4, a.ownerId)
        .bind(5, a.fileName)
        .bind(6, a.mimeType)
        .bind(7, a.size)
        .bind(8, a.sha256)
        .bind(9, a.createdAt)
        .bindBlob(10, content)
        .exec();
}

void HubStore::insertUpload(const UploadRow &u)
{
    m_db.prepare("INSERT INTO uploads (id, user_id, idempotency_key, case_id, owner_kind, "
                 "owner_id, file_name, mime_type, length, sha256, received, touched_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
        .bind(1, u.id)
        .bind(2, u.userId)
        .bind(3, u.idempotencyKey)
        .bind(4, u.caseId)
        .bind(5, u.ownerKind)
        .bind(6, u.ownerId)
        .bind(7, u.fileName)
        .bind(8, u.mimeType)
        .bind(9, u.length)
        .bind(10, u.sha256)
        .bind(11, u.touchedAt)
        .exec();
}

namespace {

constexpr char kUploadColumns[]
    = "SELECT id, user_id, idempotency_key, case_id, owner_kind, owner_id, file_name, "
      "mime_type, length, sha256, received, touched_at, attachment_id FROM uploads ";

std::optional<UploadRow> uploadAt(SqlStatement &q)
{
    if (!q.step())
        return std::nullopt;
    UploadRow u;
    u.id = q.text(0);
    u.userId = q.text(1);
    u.idempotencyKey = q.text(2);
    u.caseId = q.int64(3);
    u.ownerKind = q.text(4);
    u.ownerId = q.text(5);
    u.fileName = q.text(6);
    u.mimeType = q.text(7);
    u.length = q.int64(8);
    u.sha256 = q.text(9);
    u.received = q.int64(10);
    u.touchedAt = q.int64(11);
    u.attachmentId = q.isNull(12) ? QString() : q.text(12);
    q.reset();
    return u;
}

} // namespace

std::optional<UploadRow> HubStore::loadUpload(const QString &id)
{
    static const QByteArray sql = QByteArray(kUploadColumns) + "WHERE id = ?";
    return uploadAt(m_db.prepare(sql.constData()).bind(1, id));
}

std::optional<UploadRow> HubStore::loadUploadByKey(const QString &userId, const QString &key)
{
    static const QByteArray sql
        = QByteArray(kUploadColumns) + "WHERE user_id = ? AND idempotency_key = ?";
    return uploadAt(m_db.prepare(sql.constData()).bind(1, userId).bind(2, key));
}

void HubStore::appendUploadPart(const QString &id, qint64 offset, const QByteArray &bytes,
                                qint64 at)
{
    m_db.prepare("INSERT INTO upload_parts (upload_id, offset, content) VALUES (?, ?, ?)")
        .bind(1, id)
        .bind(2, offset)
        .bindBlob(3, bytes)
        .exec();
    m_db.prepare("UPDATE uploads SET received = ?, touched_at = ? WHERE id = ?")
        .bind(1, offset + bytes.size())
        .bind(2, at)
        .bind(3, id)
        .exec();
}

QByteArray HubStore::uploadContent(const QString &id)
{
    auto &q = m_db.prepare("SELECT content FROM upload_parts WHERE upload_id = ? ORDER BY offset");
    q.bind(1, id);
    QByteArray out;
    while (q.step())
        out += q.blob(0);
    q.reset();
    return out;
}

void HubStore::settleUpload(const QString &id, const QString &attachmentId, qint64 at)
{
    m_db.prepare("DELETE FROM upload_parts WHERE upload_id = ?").bind(1, id).exec();
    auto &q = m_db.prepare("UPDATE uploads SET received = 0, attachment_id = ?, touched_at = ? "
                           "WHERE id = ?");
    if (attachmentId.isEmpty())
        q.bindNull(1);
    else
        q.bind(1, attachmentId);
    q.bind(2, at).bind(3, id).exec();
}

void HubStore::sweepUploads(qint64 before)
{
    m_db.prepare("DELETE FROM upload_parts WHERE upload_id IN "
                 "(SELECT id FROM uploads WHERE touched_at < ?)")
        .bind(1, before)
        .exec();
    m_db.prepare("DELETE FROM uploads WHERE touched_at < ?").bind(1, before).exec();
}

std::optional<std::pair<AttachmentRow, qint64>> HubStore::loadAttachment(const QString &id)
{
    auto &q = m_db.prepare("SELECT id, case_id, owner_kind, owner_id, file_name, mime_type, "
                           "size, sha256, created_at, rowid FROM attachments WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    std::pair<AttachmentRow, qint64> out { attachmentAt(q), q.int64(9) };
    q.reset();
    return out;
}

void HubStore::moveDraftAttachments(const QString &draftId, qint64 caseId,
                                    const QString &followupId)
{
    m_db.prepare("UPDATE attachments SET owner_kind = 'followup', owner_id = ? "
                 "WHERE owner_kind = 'draft' AND owner_id = ? AND case_id = ?")
        .bind(1, followupId)
        .bind(2, draftId)
        .bind(3, caseId)
        .exec();
}

QList<Followup> HubStore::followups(qint64 caseId)
{
    QList<Followup> out;
    auto &q = m_db.prepare("SELECT id, author_id, unit_id, text, published_at FROM followups "
                           "WHERE case_id = ? ORDER BY published_at, id");
    q.bind(1, caseId);
    while (q.step())
        out.append({ q.text(0), caseId, q.text(1), q.text(2), q.text(3), timeAt(q, 4) });
    q.reset();
    return out;
}

QList<CitizenReply> HubStore::replies(qint64 caseId)
{
    QList<CitizenReply> out;
    auto &q = m_db.prepare("SELECT id, text, rating, created_at FROM citizen_replies "
                           "WHERE case_id = ? ORDER BY created_at, id");
    q.bind(1, caseId);
    while (q.step())
        out.append({ q.text(0), caseId, q.text(1), int(q.int64(2)), timeAt(q, 3) });
    q.reset();
    return out;
}

QList<Disposition> HubStore::dispositions(qint64 caseId)
{
    QList<Disposition> out;
    auto &q = m_db.prepare("SELECT id, from_unit_id, to_unit_id, by_user_id, note, at "
                           "FROM dispositions WHERE case_id = ? ORDER BY at, id");
    q.bind(1, caseId);
    while (q.step())
        out.append({ q.text(0), caseId, q.text(1), q.text(2), q.text(3), q.text(4), timeAt(q, 5) });
    q.reset();
    return out;
}

QList<NoteRow> HubStore::notes(qint64 caseId)
{
    QList<NoteRow> out;
    auto &q = m_db.prepare("SELECT id, author_id, text, created_at FROM notes "
                           "WHERE case_id = ? ORDER BY created_at, id");
    q.bind(1, caseId);
    while (q.step())
        out.append({ q.text(0), caseId, q.text(1), q.text(2), q.int64(3) });
    q.reset();
    return out;
}

QList<DraftRow> HubStore::drafts(qint64 caseId)
{
    QStringList ids;
    auto &q = m_db.prepare("SELECT id FROM drafts WHERE case_id = ? ORDER BY created_at, id");
    q.bind(1, caseId);
    while (q.step())
        ids.append(q.text(0));
    q.reset();
    QList<DraftRow> out;
    for (const QString &id : ids) {
        if (auto d = loadDraft(id))
            out.append(*d);
    }
    return out;
}

QList<DecisionRow> HubStore::decisions(qint64 caseId)
{
    QList<DecisionRow> out;
    auto &q = m_db.prepare("SELECT id, draft_id, revision, approver_id, kind, comment, "
                           "decided_at FROM decisions WHERE case_id = ? ORDER BY decided_at, id");
    q.bind(1, caseId);
    while (q.step()) {
        out.append({ q.text(0), q.text(1), caseId, int(q.int64(2)), q.text(3), q.text(4), q.text(5),
                     q.int64(6) });
    }
    q.reset();
    return out;
}

QList<AttachmentRow> HubStore::attachments(qint64 caseId)
{
    QList<AttachmentRow> out;
    auto &q = m_db.prepare("SELECT id, case_id, owner_kind, owner_id, file_name, mime_type, "
                           "size, sha256, created_at FROM attachments WHERE case_id = ? "
                           "ORDER BY created_at, id");
    q.bind(1, caseId);
    while (q.step())
        out.append(attachmentAt(q));
    q.reset();
    return out;
}

std::optional<UserRow> HubStore::loadUser(const QString &id)
{
    auto &q = m_db.prepare("SELECT id, username, display_name, role, unit_id, agency_id "
                           "FROM users WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    UserRow u { q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5) };
    q.reset();
    return u;
}

bool HubStore::setUserDisabled(const QString &username, bool disabled)
{
    auto &find = m_db.prepare("SELECT id FROM users WHERE username = ?");
    find.bind(1, username);
    const QString userId = find.step() ? find.text(0) : QString();
    find.reset();
    if (userId.isEmpty())
        return false;
    m_db.prepare("UPDATE users SET disabled = ? WHERE id = ?")
        .bind(1, disabled)
        .bind(2, userId)
        .exec();
    // While disabled, the account's tokens stay known so that they are answered with
    // account-disabled rather than as unknown; none of them comes back to life after.
    if (!disabled) {
        m_db.prepare("UPDATE sessions SET revoked = 1 WHERE user_id = ?").bind(1, userId).exec();
        m_db.prepare("DELETE FROM access_tokens WHERE user_id = ?").bind(1, userId).exec();
    }
    return true;
}

bool HubStore::unitExists(const QString &unitId)
{
    return idExists("units", unitId);
}

QString HubStore::unitName(const QString &unitId)
{
    auto &q = m_db.prepare("SELECT name FROM units WHERE id = ?");
    q.bind(1, unitId);
    const QString name = q.step() ? q.text(0) : QString();
    q.reset();
    return name;
}

bool HubStore::idExists(const char *table, const QString &id)
{
    // Table names come from code, never from a request.
    const QByteArray sql = "SELECT 1 FROM " + QByteArray(table) + " WHERE id = ?";
    auto &q = m_db.prepare(sql.constData());
    q.bind(1, id);
    const bool found = q.step();
    q.reset();
    return found;
}

} // namespace lapor::hub
