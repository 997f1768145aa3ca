#include "actionwriter.h"

#include "actionwriting.h"
#include "auditlog.h"
#include "core/casestatus.h"
#include "core/draftfiles.h"
#include "database.h"
#include "draftrepository.h"
#include "outboxrepository.h"
#include "protocol/requests.h"
#include "sqlutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lapor {

namespace ActionWriting {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

CaseFacts caseFacts(Database &db, qint64 caseId)
{
    CaseFacts facts;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT in_scope, unit_id, status, version FROM cases "
                             "WHERE tracking_id = ?"));
    q.addBindValue(caseId);
    if (q.exec() && q.next()) {
        facts.found = true;
        facts.inScope = q.value(0).toBool();
        facts.unitId = q.value(1).toString();
        facts.status = Status::fromKey(q.value(2).toString()).value_or(CaseStatus::Unverified);
        facts.version = q.value(3).toLongLong();
    }
    return facts;
}

qint64 draftHubVersion(Database &db, const QString &draftId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT hub_version FROM drafts WHERE id = ?"));
    q.addBindValue(draftId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString lastRevisionText(Database &db, const QString &draftId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT text FROM draft_revisions WHERE draft_id = ? "
                             "ORDER BY revision DESC LIMIT 1"));
    q.addBindValue(draftId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace ActionWriting

using namespace ActionWriting;

ActionWriter::ActionWriter(Database &db, const QString &userId, Role role, const QString &unitId)
    : m_db(db)
    , m_userId(userId)
    , m_role(role)
    , m_unitId(unitId)
{ }

ActionWriter::ActionWriter(Database &db, const User &user)
    : ActionWriter(db, user.id, user.role, user.unitId)
{ }

ActionResult ActionWriter::refuse(const QString &why) const
{
    ActionResult result;
    result.error = why;
    return result;
}

OutboxEntry ActionWriter::entryFor(const protocol::WriteRequest &write, qint64 caseId,
                                   const QString &ifMatch) const
{
    OutboxEntry entry;
    entry.caseId = caseId;
    entry.userId = m_userId;
    entry.kind = OutboxKinds::fromRoute(protocol::Writes::route(write));
    entry.entityId = protocol::Writes::entityId(write);
    entry.ifMatch = ifMatch;
    entry.payload = protocol::Writes::payload(write);
    return entry;
}

ActionResult ActionWriter::queued(const QString &id, const OutboxEntry &entry, int revision)
{
    ActionResult result;
    result.ok = true;
    result.id = id;
    result.outboxId = entry.id;
    result.revision = revision;
    return result;
}

ActionResult ActionWriter::createDraft(qint64 caseId, const QString &text)
{
    if (m_userId.isEmpty())
        return refuse(tr("Masuk ke hub sekali terlebih dahulu agar draf tercatat atas nama Anda."));
    if (!Roles::canDraft(m_role))
        return refuse(tr("Peran Anda tidak dapat menulis draf tindak lanjut."));
    if (text.size() > kMaxDraftText)
        return refuse(tr("Teks draf terlalu panjang (maksimal %1 karakter).").arg(kMaxDraftText));
    const CaseFacts facts = caseFacts(m_db, caseId);
    if (!facts.found || !facts.inScope)
        return refuse(tr("Laporan %1 tidak ada di unit Anda.").arg(caseId));
    if (!Status::isOpen(facts.status) || facts.status == CaseStatus::NotAuthority)
        return refuse(tr("Laporan %1 sudah ditutup; draf baru tidak dapat dibuat.").arg(caseId));

    Transaction transaction(m_db);
    QString error;
    DraftRepository drafts(m_db);
    const auto draft = drafts.create(caseId, m_userId, facts.version, &error);
    if (!draft || !drafts.saveText(draft->id, text, &error)
        || !AuditLog(m_db).record(m_userId, QStringLiteral("draft.create"), QStringLiteral("draft"),
                                  draft->id)
        || !OutboxRepository(m_db).refreshCaseState(caseId, &error) || !transaction.commit())
        return refuse(tr("Draf tidak dapat disimpan: %1").arg(error));
    ActionResult result;
    result.ok = true;
    result.id = draft->id;
    return result;
}

ActionResult ActionWriter::saveDraftText(const QString &draftId, const QString &text)
{
    DraftRepository drafts(m_db);
    const auto draft = drafts.find(draftId);
    if (!draft)
        return refuse(tr("Draf tidak ditemukan."));
    if (draft->authorId != m_userId)
        return refuse(tr("Hanya penulis draf yang dapat mengubahnya."));
    if (draft->state == DraftState::Published || draft->state == DraftState::Discarded)
        return refuse(tr("Draf ini sudah %1 dan tidak dapat diubah lagi.")
                          .arg(DraftStates::label(draft->state)));
    if (text.size() > kMaxDraftText)
        return refuse(tr("Teks draf terlalu panjang (maksimal %1 karakter).").arg(kMaxDraftText));

    Transaction transaction(m_db);
    QString error;
    const bool frozen
        = draft->state == DraftState::Submitted || draft->state == DraftState::Approved;
    if (frozen && text != lastRevisionText(m_db, draftId)) {
        // The submitted revision no longer says what the author wants: back to editing.
        // An approval of it still queued on this PC must not publish the old text.
        if (!drafts.setState(draftId, DraftState::Editing, &error)
            || !OutboxRepository(m_db).closePending(
                draftId, OutboxKind::DraftDecide, OutboxState::Conflict,
                tr("Penulis mengubah draf setelah persetujuan ini; revisi baru perlu ditinjau."),
                &error))
            return refuse(tr("Draf tidak dapat disimpan: %1").arg(error));
    } else if (frozen) {
        ActionResult same;
        same.ok = true; // autosave of an unchanged text: nothing to do
        same.id = draftId;
        return same;
    }
    if (!exec(m_db, QStringLiteral("UPDATE drafts SET text = ?, updated_at = ? WHERE id = ?"),
              { Sql::text(text), QDateTime::currentSecsSinceEpoch(), draftId }, &error)
        || !OutboxRepository(m_db).refreshCaseState(draft->caseId, &error) || !transaction.commit())
        return refuse(tr("Draf tidak dapat disimpan: %1").arg(error));
    ActionResult result;
    result.ok = true;
    result.id = draftId;
    return result;
}

bool ActionWriter::queueDraftFiles(qint64 caseId, const QString &draftId, QString *error)
{
    // The profile is the store's folder; draft files live in drafts/<draft id>/ there.
    const QDir profile = QFileInfo(m_db.path()).absoluteDir();
    const DraftFiles files(profile.absolutePath(), draftId);
    if (!files.isValid())
        return true;
    for (const auto &file : files.list()) {
        QFile in(file.path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!in.open(QIODevice::ReadOnly) || !hash.addData(&in)) {
            *error = tr("Lampiran %1 tidak dapat dibaca.").arg(file.name);
            return false;
        }
        const QString sha256 = QString::fromLatin1(hash.result().toHex());
        // Sent once per draft, whatever the number of revisions that follow.
        QSqlQuery seen(m_db.connection());
        seen.prepare(QStringLiteral(
            "SELECT 1 FROM outbox WHERE kind = ? AND entity_id = ? AND state <> 'discarded' "
            "AND json_extract(payload, '$.sha256') = ? "
            "AND json_extract(payload, '$.file_name') = ?"));
        seen.addBindValue(OutboxKinds::key(OutboxKind::AttachmentUpload));
        seen.addBindValue(draftId);
        seen.addBindValue(sha256);
        seen.addBindValue(file.name);
        if (!seen.exec()) {
            *error = seen.lastError().text();
            return false;
        }
        if (seen.next())
            continue;
        OutboxEntry upload = entryFor(
            protocol::UploadAttachment { caseId, draftId, file.name,
                                         DraftFiles::mimeType(file.name),
                                         profile.relativeFilePath(file.path), file.size, sha256 },
            caseId);
        if (!OutboxRepository(m_db).enqueue(upload, error))
            return false;
    }
    return true;
}

ActionResult ActionWriter::submitDraft(const QString &draftId)
{
    DraftRepository drafts(m_db);
    const auto draft = drafts.find(draftId);
    if (!draft)
        return refuse(tr("Draf tidak ditemukan."));
    if (draft->authorId != m_userId)
        return refuse(tr("Hanya penulis draf yang dapat mengajukannya."));
    if (!Roles::canDraft(m_role))
        return refuse(tr("Peran Anda tidak dapat mengajukan draf."));
    if (!DraftStates::isEditable(draft->state))
        return refuse(
            tr("Draf berstatus %1 tidak dapat diajukan.").arg(DraftStates::label(draft->state)));
    if (draft->state == DraftState::Conflict)
        return refuse(tr("Draf ini berkonflik. Tinjau keadaan laporan lalu pilih ajukan ulang "
                         "atau buang."));
    const QString text = draft->text;
    if (text.trimmed().isEmpty())
        return refuse(tr("Draf masih kosong."));
    if (text.size() > kMaxDraftText)
        return refuse(tr("Teks draf terlalu panjang (maksimal %1 karakter).").arg(kMaxDraftText));
    const CaseFacts facts = caseFacts(m_db, draft->caseId);
    if (!facts.found || !facts.inScope)
        return refuse(tr("Laporan ini sudah tidak berada di unit Anda."));

    Transaction transaction(m_db);
    QString error;
    // Files first: when the approver sees the revision, what it mentions is on the hub.
    if (!queueDraftFiles(draft->caseId, draftId, &error))
        return refuse(tr("Draf tidak dapat diajukan: %1").arg(error));
    const auto revision = drafts.addRevision(draftId, &error);
    OutboxEntry entry;
    if (revision)
        entry = entryFor(
            protocol::SubmitRevision { draftId, draft->caseId, *revision, text, facts.version },
            draft->caseId, QString::number(draftHubVersion(m_db, draftId)));
    if (!revision || !drafts.setState(draftId, DraftState::Submitted, &error)
        || !exec(m_db, QStringLiteral("UPDATE drafts SET base_case_version = ? WHERE id = ?"),
                 { facts.version, draftId }, &error)
        || !OutboxRepository(m_db).enqueue(entry, &error)
        || !AuditLog(m_db).record(m_userId, QStringLiteral("draft.submit"), QStringLiteral("draft"),
                                  draftId, QStringLiteral("revision %1").arg(revision.value_or(0)))
        || !OutboxRepository(m_db).refreshCaseState(draft->caseId, &error) || !transaction.commit())
        return refuse(tr("Draf tidak dapat diajukan: %1").arg(error));
    return queued(draftId, entry, *revision);
}

ActionResult ActionWriter::approve(const QString &draftId, int revision)
{
    return decide(draftId, revision, true, QString());
}

ActionResult ActionWriter::returnDraft(const QString &draftId, int revision, const QString &comment)
{
    if (comment.trimmed().isEmpty())
        return refuse(tr("Tuliskan alasan pengembalian untuk penulis draf."));
    if (comment.size() > kMaxComment)
        return refuse(tr("Komentar terlalu panjang (maksimal %1 karakter).").arg(kMaxComment));
    return decide(draftId, revision, false, comment);
}

ActionResult ActionWriter::decide(const QString &draftId, int revision, bool approve,
                                  const QString &comment)
{
    DraftRepository drafts(m_db);
    const auto draft = drafts.find(draftId);
    if (!draft)
        return refuse(tr("Draf tidak ditemukan."));
    if (!Roles::canApprove(m_role))
        return refuse(tr("Hanya kepala unit yang dapat menyetujui atau mengembalikan draf."));
    if (!Decision::mayDecide(*draft, m_userId))
        return refuse(tr("Anda tidak dapat memutuskan draf Anda sendiri; draf ini harus "
                         "diperiksa pejabat lain."));
    if (draft->state != DraftState::Submitted)
        return refuse(tr("Draf ini tidak sedang menunggu persetujuan (status: %1).")
                          .arg(DraftStates::label(draft->state)));
    if (revision != draft->revision)
        return refuse(tr("Revisi %1 sudah tidak berlaku; yang menunggu persetujuan adalah "
                         "revisi %2.")
                          .arg(revision)
                          .arg(draft->revision));
    const CaseFacts facts = caseFacts(m_db, draft->caseId);
    if (!facts.found || !facts.inScope)
        return refuse(tr("Laporan ini sudah tidak berada di unit Anda."));

    const QString decisionId = newId();
    const QString kind = approve ? QStringLiteral("approve") : QStringLiteral("return");
    Transaction transaction(m_db);
    QString error;
    OutboxRepository outbox(m_db);
    OutboxEntry entry
        = entryFor(protocol::DecideDraft { draftId, decisionId, approve, revision, comment },
                   draft->caseId, QString::number(draftHubVersion(m_db, draftId)));
    // An earlier decision on this draft that the hub refused is answered by this one.
    if (!outbox.closePending(draftId, OutboxKind::DraftDecide, OutboxState::Discarded,
                             tr("Digantikan oleh keputusan baru atas revisi %1.").arg(revision),
                             &error)
        || !exec(m_db,
                 QStringLiteral("INSERT INTO decisions (id, draft_id, revision, approver_id, kind, "
                                "comment, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 { decisionId, draftId, revision, m_userId, kind, Sql::text(comment),
                   QDateTime::currentSecsSinceEpoch() },
                 &error)
        || !drafts.setState(draftId, approve ? DraftState::Approved : DraftState::Returned, &error)
        || !outbox.enqueue(entry, &error)
        || !AuditLog(m_db).record(m_userId, QStringLiteral("draft.") + kind,
                                  QStringLiteral("draft"), draftId,
                                  QStringLiteral("revision %1").arg(revision))
        || !outbox.refreshCaseState(draft->caseId, &error) || !transaction.commit())
        return refuse(tr("Keputusan tidak dapat disimpan: %1").arg(error));
    return queued(decisionId, entry, revision);
}

ActionResult ActionWriter::resolveConflictResubmit(const QString &draftId)
{
    DraftRepository drafts(m_db);
    const auto draft = drafts.find(draftId);
    if (!draft)
        return refuse(tr("Draf tidak ditemukan."));
    if (draft->authorId != m_userId)
        return refuse(tr("Hanya penulis draf yang dapat mengajukannya ulang."));
    const CaseFacts facts = caseFacts(m_db, draft->caseId);
    if (!facts.found || !facts.inScope)
        return refuse(tr("Laporan ini sudah tidak berada di unit Anda; draf hanya dapat "
                         "disimpan sebagai arsip atau dibuang."));
    if (draft->state == DraftState::Published || draft->state == DraftState::Discarded)
        return refuse(tr("Draf berstatus %1 tidak dapat diajukan ulang.")
                          .arg(DraftStates::label(draft->state)));
    {
        Transaction transaction(m_db);
        QString error;
        OutboxRepository outbox(m_db);
        if (!outbox.closePending(draftId, OutboxKind::DraftSubmit, OutboxState::Discarded,
                                 tr("Konflik ditinjau; draf diajukan ulang."), &error)
            || !drafts.setState(draftId, DraftState::Editing, &error)
            || !exec(m_db, QStringLiteral("UPDATE cases SET hub_changed = 0 WHERE tracking_id = ?"),
                     { draft->caseId }, &error)
            || !transaction.commit())
            return refuse(tr("Draf tidak dapat diajukan ulang: %1").arg(error));
    }
    return submitDraft(draftId);
}

ActionResult ActionWriter::discardDraft(const QString &draftId)
{
    DraftRepository drafts(m_db);
    const auto draft = drafts.find(draftId);
    if (!draft)
        return refuse(tr("Draf tidak ditemukan."));
    if (draft->authorId != m_userId)
        return refuse(tr("Hanya penulis draf yang dapat membuangnya."));
    if (draft->state == DraftState::Published)
        return refuse(tr("Draf yang sudah terbit tidak dapat dibuang."));
    Transaction transaction(m_db);
    QString error;
    OutboxRepository outbox(m_db);
    const QString reason = tr("Draf dibuang oleh penulis.");
    if (!outbox.closePending(draftId, OutboxKind::DraftSubmit, OutboxState::Discarded, reason,
                             &error)
        || !outbox.closePending(draftId, OutboxKind::DraftDecide, OutboxState::Discarded, reason,
                                &error)
        || !drafts.setState(draftId, DraftState::Discarded, &error)
        || !AuditLog(m_db).record(m_userId, QStringLiteral("draft.discard"),
                                  QStringLiteral("draft"), draftId)
        || !outbox.refreshCaseState(draft->caseId, &error) || !transaction.commit())
        return refuse(tr("Draf tidak dapat dibuang: %1").arg(error));
    ActionResult result;
    result.ok = true;
    result.id = draftId;
    return result;
}

QList<Draft> ActionWriter::awaitingApproval() const
{
    QList<Draft> out;
    if (!Roles::canApprove(m_role))
        return out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT d.id FROM drafts d JOIN cases c ON c.tracking_id = d.case_id "
                             "WHERE d.state = 'submitted' AND d.author_id <> ? AND c.in_scope = 1 "
                             "AND (? = '' OR c.unit_id = ?) ORDER BY d.updated_at, d.id"));
    q.addBindValue(m_userId);
    q.addBindValue(Sql::text(m_unitId));
    q.addBindValue(Sql::text(m_unitId));
    DraftRepository drafts(m_db);
    if (q.exec()) {
        while (q.next()) {
            if (auto draft = drafts.find(q.value(0).toString()))
                out.append(*draft);
        }
    }
    return out;
}

} // namespace lapor
