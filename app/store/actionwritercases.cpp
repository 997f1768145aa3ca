// ActionWriter's actions on a case: disposisi, bukan wewenang, internal notes. Drafts and
// decisions are in actionwriter.cpp.
#include "actionwriter.h"
#include "actionwriting.h"
#include "auditlog.h"
#include "database.h"
#include "outboxrepository.h"
#include "protocol/requests.h"

#include <QDateTime>
#include <QSqlQuery>

namespace lapor {

using namespace ActionWriting;

ActionResult ActionWriter::forward(qint64 caseId, const QString &unitCode, const QString &note)
{
    const CaseFacts facts = caseFacts(m_db, caseId);
    if (!facts.found || !facts.inScope)
        return refuse(tr("Laporan %1 tidak ada di unit Anda.").arg(caseId));
    if (unitCode.isEmpty())
        return refuse(tr("Pilih unit tujuan disposisi."));
    if (unitCode == facts.unitId)
        return refuse(tr("Laporan ini sudah berada di unit tersebut."));
    if (facts.status == CaseStatus::Done || facts.status == CaseStatus::Archived)
        return refuse(tr("Laporan yang sudah ditutup tidak dapat didisposisikan."));
    if (note.size() > kMaxComment)
        return refuse(tr("Catatan terlalu panjang (maksimal %1 karakter).").arg(kMaxComment));
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM units WHERE id = ?"));
        q.addBindValue(unitCode);
        if (!q.exec() || !q.next())
            return refuse(tr("Unit %1 tidak dikenal.").arg(unitCode));
    }
    const QString dispositionId = newId();
    Transaction transaction(m_db);
    QString error;
    OutboxRepository outbox(m_db);
    OutboxEntry entry = entryFor(protocol::ForwardCase { caseId, dispositionId, unitCode, note },
                                 caseId, QString::number(facts.version));
    if (!outbox.enqueue(entry, &error)
        || !AuditLog(m_db).record(m_userId, QStringLiteral("case.forward"), QStringLiteral("case"),
                                  entry.entityId, unitCode)
        || !outbox.refreshCaseState(caseId, &error) || !transaction.commit())
        return refuse(tr("Disposisi tidak dapat disimpan: %1").arg(error));
    return queued(dispositionId, entry);
}

ActionResult ActionWriter::returnNotAuthority(qint64 caseId, const QString &reason)
{
    if (!Roles::canReturnNotAuthority(m_role))
        return refuse(tr("Mengembalikan laporan sebagai bukan wewenang memerlukan kepala unit."));
    const QString trimmed = reason.trimmed();
    if (trimmed.size() < kMinReason || reason.size() > kMaxComment)
        return refuse(tr("Alasan harus %1 sampai %2 karakter.").arg(kMinReason).arg(kMaxComment));
    const CaseFacts facts = caseFacts(m_db, caseId);
    if (!facts.found || !facts.inScope)
        return refuse(tr("Laporan %1 tidak ada di unit Anda.").arg(caseId));
    if (!Status::canTransition(facts.status, CaseStatus::NotAuthority))
        return refuse(tr("Laporan berstatus %1 tidak dapat dikembalikan sebagai bukan wewenang.")
                          .arg(Status::label(facts.status)));
    Transaction transaction(m_db);
    QString error;
    OutboxRepository outbox(m_db);
    OutboxEntry entry = entryFor(protocol::ReturnNotAuthority { caseId, reason }, caseId,
                                 QString::number(facts.version));
    if (!outbox.enqueue(entry, &error)
        || !AuditLog(m_db).record(m_userId, QStringLiteral("case.not_authority"),
                                  QStringLiteral("case"), entry.entityId)
        || !outbox.refreshCaseState(caseId, &error) || !transaction.commit())
        return refuse(tr("Pengembalian tidak dapat disimpan: %1").arg(error));
    return queued(entry.entityId, entry);
}

ActionResult ActionWriter::addNote(qint64 caseId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return refuse(tr("Catatan masih kosong."));
    if (text.size() > kMaxNote)
        return refuse(tr("Catatan terlalu panjang (maksimal %1 karakter).").arg(kMaxNote));
    const CaseFacts facts = caseFacts(m_db, caseId);
    if (!facts.found || !facts.inScope)
        return refuse(tr("Laporan %1 tidak ada di unit Anda.").arg(caseId));
    const QString noteId = newId();
    Transaction transaction(m_db);
    QString error;
    OutboxRepository outbox(m_db);
    OutboxEntry entry = entryFor(protocol::AddNote { caseId, noteId, text }, caseId);
    if (!exec(m_db,
              QStringLiteral("INSERT INTO notes (id, case_id, author_id, text, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"),
              { noteId, caseId, m_userId, text, QDateTime::currentSecsSinceEpoch() }, &error)
        || !outbox.enqueue(entry, &error)
        || !AuditLog(m_db).record(m_userId, QStringLiteral("case.note"), QStringLiteral("note"),
                                  noteId)
        || !outbox.refreshCaseState(caseId, &error) || !transaction.commit())
        return refuse(tr("Catatan tidak dapat disimpan: %1").arg(error));
    return queued(noteId, entry);
}

} // namespace lapor
