#include "timelinerepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace lapor {

namespace {

// One UNION over the history tables; `ord` keeps a stable order for equal times (a
// draft before its revision, a revision before the decision on it, and the decision before
// its nota dinas).
const QString kEventsSql = QStringLiteral(
    "SELECT 0 AS kind, d.at AS at, coalesce(nullif(u.display_name, ''), d.by_user_id), "
    "  d.note, coalesce(nullif(f.name, ''), d.from_unit_id), "
    "  coalesce(nullif(t.name, ''), d.to_unit_id), 0, 0 AS ord "
    "FROM dispositions d LEFT JOIN users u ON u.id = d.by_user_id "
    "LEFT JOIN units f ON f.id = d.from_unit_id LEFT JOIN units t ON t.id = d.to_unit_id "
    "WHERE d.case_id = :id "
    "UNION ALL "
    "SELECT 1, p.published_at, coalesce(nullif(u.display_name, ''), p.author_id), p.text, "
    "  coalesce(nullif(n.name, ''), p.unit_id), '', 0, 4 "
    "FROM followups p LEFT JOIN users u ON u.id = p.author_id "
    "LEFT JOIN units n ON n.id = p.unit_id WHERE p.case_id = :id "
    "UNION ALL "
    "SELECT 2, r.created_at, '', r.text, '', '', r.rating, 5 "
    "FROM citizen_replies r WHERE r.case_id = :id "
    "UNION ALL "
    "SELECT 3, n.created_at, coalesce(nullif(u.display_name, ''), n.author_id), n.text, '', '', "
    "  0, 6 FROM notes n LEFT JOIN users u ON u.id = n.author_id WHERE n.case_id = :id "
    "UNION ALL "
    "SELECT 4, d.created_at, coalesce(nullif(u.display_name, ''), d.author_id), d.text, d.state, "
    "  '', d.revision, 1 FROM drafts d LEFT JOIN users u ON u.id = d.author_id "
    "WHERE d.case_id = :id "
    "UNION ALL "
    "SELECT 5, v.created_at, coalesce(nullif(u.display_name, ''), v.author_id), v.text, '', '', "
    "  v.revision, 2 FROM draft_revisions v JOIN drafts d ON d.id = v.draft_id "
    "LEFT JOIN users u ON u.id = v.author_id WHERE d.case_id = :id "
    "UNION ALL "
    "SELECT 6, x.decided_at, coalesce(nullif(u.display_name, ''), x.approver_id), x.comment, "
    "  x.kind, '', x.revision, 3 FROM decisions x JOIN drafts d ON d.id = x.draft_id "
    "LEFT JOIN users u ON u.id = x.approver_id WHERE d.case_id = :id "
    "UNION ALL "
    "SELECT 7, m.created_at, coalesce(nullif(u.display_name, ''), m.created_by), '', m.number, "
    "  m.file, 0, 3 FROM nota_dinas m LEFT JOIN users u ON u.id = m.created_by "
    "WHERE m.case_id = :id "
    "ORDER BY at, ord, kind");

} // namespace

TimelineRepository::TimelineRepository(Database &db)
    : m_db(db)
{ }

TimelineRepository::LocalFlags TimelineRepository::localFlags(qint64 caseId) const
{
    LocalFlags flags;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT in_scope, hub_changed, local_state FROM cases WHERE tracking_id = ?"));
    q.addBindValue(caseId);
    if (q.exec() && q.next()) {
        flags.inScope = q.value(0).toBool();
        flags.hubChanged = q.value(1).toBool();
        flags.localState = q.value(2).toString();
    }
    return flags;
}

QList<TimelineRepository::Event> TimelineRepository::events(qint64 caseId) const
{
    QList<Event> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kEventsSql);
    q.bindValue(QStringLiteral(":id"), caseId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Event e;
        e.kind = Event::Kind(q.value(0).toInt());
        e.at = Sql::toTime(q.value(1));
        e.actor = q.value(2).toString();
        e.text = q.value(3).toString();
        e.subject = q.value(4).toString();
        e.object = q.value(5).toString();
        e.number = q.value(6).toInt();
        out.append(e);
    }
    return out;
}

QList<TimelineRepository::Attachment>
TimelineRepository::attachments(qint64 caseId, const QString &attachmentsDir) const
{
    QList<Attachment> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, owner_kind, file_name, mime_type, size, local_path, "
                             "downloaded_bytes, sha256 FROM attachments WHERE case_id = ? "
                             "ORDER BY owner_kind = 'case' DESC, rowid"));
    q.addBindValue(caseId);
    if (!q.exec())
        return out;
    const QString root = QDir::cleanPath(QFileInfo(attachmentsDir).absoluteFilePath());
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toString();
        a.ownerKind = q.value(1).toString();
        a.fileName = q.value(2).toString();
        a.mimeType = q.value(3).toString();
        a.size = q.value(4).toLongLong();
        a.sha256 = q.value(7).toString();
        const QString stored = q.value(5).toString();
        const bool complete = q.value(6).toLongLong() >= a.size;
        if (!stored.isEmpty() && complete) {
            // Relative to the attachments folder; a path that escapes it is ignored, so a
            // bad record can never make the desk open an arbitrary file.
            const QString path = QDir::cleanPath(QDir(root).absoluteFilePath(stored));
            if (path.startsWith(root + QLatin1Char('/')) && QFileInfo(path).isFile())
                a.localFile = path;
        }
        out.append(a);
    }
    return out;
}

} // namespace lapor
