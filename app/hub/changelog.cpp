#include "changelog.h"

#include "hubstore.h"

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

bool Viewer::canSee(const CaseRow &row) const
{
    return agencyWide ? row.c.agencyId == agencyId : row.c.unitId == unitId;
}

ChangeLog::ChangeLog(HubStore &store)
    : m_store(store)
{ }

void ChangeLog::append(const char *kind, const QString &entityId, qint64 caseId,
                       const QString &unitId, bool anchor, const QByteArray &payload)
{
    auto &q = m_store.db().prepare("INSERT INTO changes (unit_id, case_id, kind, entity_id, "
                                   "agency, anchor, payload) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, unitId);
    if (caseId > 0)
        q.bind(2, caseId);
    else
        q.bindNull(2);
    q.bind(3, QString::fromLatin1(kind)).bind(4, entityId);
    // Removals are for the unit that lost the case; agency-wide readers still see it.
    q.bind(5, qstrcmp(kind, "remove") != 0).bind(6, anchor).bindBlob(7, payload);
    q.exec();
}

void ChangeLog::replace(const char *kind, const QString &entityId, qint64 caseId,
                        const QString &unitId, const QByteArray &payload)
{
    m_store.db()
        .prepare("DELETE FROM changes WHERE case_id = ? AND kind = ? AND entity_id = ? "
                 "AND unit_id = ?")
        .bind(1, caseId)
        .bind(2, QString::fromLatin1(kind))
        .bind(3, entityId)
        .bind(4, unitId)
        .exec();
    append(kind, entityId, caseId, unitId, false, payload);
}

void ChangeLog::publishCase(const CaseRow &row)
{
    const qint64 id = row.c.trackingId;
    const QString &unit = row.c.unitId;
    auto &q = m_store.db().prepare("SELECT 1 FROM changes WHERE case_id = ? AND unit_id = ? "
                                   "AND kind = 'case' AND anchor = 1");
    q.bind(1, id).bind(2, unit);
    const bool hasAnchor = q.step();
    q.reset();
    if (hasAnchor) {
        m_store.db()
            .prepare("DELETE FROM changes WHERE case_id = ? AND unit_id = ? AND kind = 'case' "
                     "AND anchor = 0")
            .bind(1, id)
            .bind(2, unit)
            .exec();
    }
    append("case", QString::number(id), id, unit, !hasAnchor,
           Records::envelope("case", Records::caseJson(row)));
}

void ChangeLog::publishFollowup(const Followup &f, const QString &unitId)
{
    append("followup", f.id, f.caseId, unitId, false,
           Records::envelope("followup", Records::followupJson(f)));
}

void ChangeLog::publishReply(const CitizenReply &r, const QString &unitId)
{
    append("citizen_reply", r.id, r.caseId, unitId, false,
           Records::envelope("citizen_reply", Records::replyJson(r)));
}

void ChangeLog::publishDisposition(const Disposition &d, const QString &unitId)
{
    append("disposition", d.id, d.caseId, unitId, false,
           Records::envelope("disposition", Records::dispositionJson(d)));
}

void ChangeLog::publishNote(const NoteRow &n, const QString &unitId)
{
    append("note", n.id, n.caseId, unitId, false, Records::envelope("note", Records::noteJson(n)));
}

void ChangeLog::publishDraft(const DraftRow &d)
{
    replace("draft", d.id, d.caseId, d.unitId, Records::envelope("draft", Records::draftJson(d)));
}

void ChangeLog::publishDecision(const DecisionRow &d, const QString &unitId)
{
    append("decision", d.id, d.caseId, unitId, false,
           Records::envelope("decision", Records::decisionJson(d)));
}

void ChangeLog::publishAttachment(const AttachmentRow &a, const QString &unitId)
{
    replace("attachment", a.id, a.caseId, unitId,
            Records::envelope("attachment", Records::attachmentJson(a)));
}

void ChangeLog::publishGlobal(const char *kind, const QString &entityId, const QByteArray &payload)
{
    m_store.db()
        .prepare("DELETE FROM changes WHERE case_id IS NULL AND kind = ? AND entity_id = ?")
        .bind(1, QString::fromLatin1(kind))
        .bind(2, entityId)
        .exec();
    append(kind, entityId, 0, QString(), false, payload);
}

void ChangeLog::removeFromUnit(qint64 caseId, const QString &unitId, const QString &reason)
{
    m_store.db()
        .prepare("DELETE FROM changes WHERE case_id = ? AND unit_id = ?")
        .bind(1, caseId)
        .bind(2, unitId)
        .exec();
    append("remove", QString::number(caseId), caseId, unitId, false,
           Records::envelope("remove", Records::removalJson(caseId, reason)));
}

void ChangeLog::republishCase(qint64 caseId, const QString &unitId)
{
    const auto row = m_store.loadCase(caseId);
    if (!row)
        return;
    // A stale `remove` from an earlier departure must not follow the fresh records.
    m_store.db()
        .prepare("DELETE FROM changes WHERE case_id = ? AND unit_id = ?")
        .bind(1, caseId)
        .bind(2, unitId)
        .exec();
    publishCase(*row);
    for (const auto &d : m_store.dispositions(caseId))
        publishDisposition(d, unitId);
    for (const auto &f : m_store.followups(caseId))
        publishFollowup(f, unitId);
    for (const auto &r : m_store.replies(caseId))
        publishReply(r, unitId);
    for (const auto &n : m_store.notes(caseId))
        publishNote(n, unitId);
    for (const auto &a : m_store.attachments(caseId))
        publishAttachment(a, unitId);
    // Drafts and decisions stay with the unit that wrote them.
    for (const auto &d : m_store.drafts(caseId)) {
        if (d.unitId == unitId)
            publishDraft(d);
    }
    for (const auto &d : m_store.decisions(caseId)) {
        const auto draft = m_store.loadDraft(d.draftId);
        if (draft && draft->unitId == unitId)
            publishDecision(d, unitId);
    }
}

FeedPage ChangeLog::page(const Viewer &viewer, qint64 after, int limit)
{
    SqlStatement *q = nullptr;
    if (viewer.agencyWide) {
        q = &m_store.db().prepare("SELECT seq, payload FROM changes WHERE seq > ? AND agency = 1 "
                                  "ORDER BY seq LIMIT ?");
        q->bind(1, after).bind(2, limit + 1);
    } else {
        // Two index ranges merged by SQLite (MERGE UNION ALL), still keyset-ordered.
        q = &m_store.db().prepare(
            "SELECT seq, payload FROM changes WHERE unit_id = ?1 AND seq > ?2 "
            "UNION ALL SELECT seq, payload FROM changes WHERE unit_id = '' AND seq > ?2 "
            "ORDER BY 1 LIMIT ?3");
        q->bind(1, viewer.unitId).bind(2, after).bind(3, limit + 1);
    }
    FeedPage page;
    page.lastSeq = after;
    page.records.reserve(limit * 900);
    while (q->step()) {
        if (page.count == limit) {
            page.more = true;
            break;
        }
        if (page.count > 0)
            page.records += ',';
        page.records += q->blob(1);
        page.lastSeq = q->int64(0);
        ++page.count;
    }
    q->reset();
    return page;
}

qint64 ChangeLog::count(const Viewer &viewer, qint64 after)
{
    SqlStatement *q = nullptr;
    if (viewer.agencyWide) {
        q = &m_store.db().prepare("SELECT count(*) FROM changes WHERE seq > ? AND agency = 1");
        q->bind(1, after);
    } else {
        q = &m_store.db().prepare(
            "SELECT (SELECT count(*) FROM changes WHERE unit_id = ?1 AND seq > ?2) + "
            "(SELECT count(*) FROM changes WHERE unit_id = '' AND seq > ?2)");
        q->bind(1, viewer.unitId).bind(2, after);
    }
    const qint64 n = q->step() ? q->int64(0) : 0;
    q->reset();
    return n;
}

} // namespace lapor::hub
