#pragma once

#include "entities.h"
#include "sqlitedb.h"

#include <QString>

#include <optional>

namespace lapor::hub {

// Rows of the hub's own tables. Every method runs inside the caller's transaction.
class HubStore
{
public:
    explicit HubStore(SqliteDb &db);

    SqliteDb &db() { return m_db; }

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    std::optional<CaseRow> loadCase(qint64 trackingId);
    void saveCase(const CaseRow &row);
    qint64 maxTrackingId();

    void insertFollowup(const Followup &f, const QString &draftId);
    void insertReply(const CitizenReply &r);
    void insertDisposition(const Disposition &d);
    void insertNote(const NoteRow &n);
    void insertDecision(const DecisionRow &d);
    std::optional<DraftRow> loadDraft(const QString &id);
    // Upserts the draft; inserts its newest revision when it is not stored yet.
    void saveDraft(const DraftRow &d);
    void insertAttachment(const AttachmentRow &a, const QByteArray &content);
    // The row and the SQLite rowid used for incremental BLOB reads.
    std::optional<std::pair<AttachmentRow, qint64>> loadAttachment(const QString &id);
    // A published draft's files become its follow-up's: only those on the draft's own case
    // (a file sent ahead under the draft's id on another case stays where it was).
    void moveDraftAttachments(const QString &draftId, qint64 caseId, const QString &followupId);

    void insertUpload(const UploadRow &u);
    std::optional<UploadRow> loadUpload(const QString &id);
    std::optional<UploadRow> loadUploadByKey(const QString &userId, const QString &key);
    // Stores the part at the session's end and moves `received` past it.
    void appendUploadPart(const QString &id, qint64 offset, const QByteArray &bytes, qint64 at);
    // The parts received, in order.
    QByteArray uploadContent(const QString &id);
    // Forgets the parts; `attachmentId` empty starts the session again from byte 0.
    void settleUpload(const QString &id, const QString &attachmentId, qint64 at);
    // Removes sessions untouched since `before`, with their parts.
    void sweepUploads(qint64 before);

    QList<Followup> followups(qint64 caseId);
    QList<CitizenReply> replies(qint64 caseId);
    QList<Disposition> dispositions(qint64 caseId);
    QList<NoteRow> notes(qint64 caseId);
    QList<DraftRow> drafts(qint64 caseId);
    QList<DecisionRow> decisions(qint64 caseId);
    QList<AttachmentRow> attachments(qint64 caseId);

    std::optional<UserRow> loadUser(const QString &id);
    // False when no user has this name. Enabling ends every session the account had:
    // its owner signs in again with the password.
    bool setUserDisabled(const QString &username, bool disabled);
    bool unitExists(const QString &unitId);
    QString unitName(const QString &unitId);
    bool idExists(const char *table, const QString &id);

private:
    SqliteDb &m_db;
};

} // namespace lapor::hub
