#pragma once

#include "core/case.h"
#include "core/followup.h"
#include "core/unit.h"
#include "core/workingcalendar.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lapor::hub {

// Hub-side rows. Timestamps are seconds since the epoch (UTC), 0 = none; the core types
// are reused where they carry exactly what the wire needs.
struct CaseRow
{
    Case c;
};

struct DraftRevision
{
    int revision = 0;
    QString text;
    qint64 submittedAt = 0;
};

struct DraftRow
{
    QString id;
    qint64 caseId = 0;
    QString authorId;
    QString unitId;
    QString state; // submitted, returned, published (DraftStates keys)
    int revision = 0;
    QString text;
    qint64 baseCaseVersion = 0;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<DraftRevision> revisions;
};

struct DecisionRow
{
    QString id;
    QString draftId;
    qint64 caseId = 0;
    int revision = 0;
    QString approverId;
    QString kind; // approve, return
    QString comment;
    qint64 decidedAt = 0;
};

struct NoteRow
{
    QString id;
    qint64 caseId = 0;
    QString authorId;
    QString text;
    qint64 createdAt = 0;
};

struct AttachmentRow
{
    QString id;
    qint64 caseId = 0;
    QString ownerKind; // case, followup, reply, draft
    QString ownerId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    qint64 createdAt = 0;
};

// A file being sent in parts (uploads.*).
struct UploadRow
{
    QString id;
    QString userId;
    QString idempotencyKey;
    qint64 caseId = 0;
    QString ownerKind; // case, draft
    QString ownerId;
    QString fileName;
    QString mimeType;
    qint64 length = 0;
    QString sha256; // of the whole file, as the client declared it
    qint64 received = 0; // bytes stored, in order from 0
    qint64 touchedAt = 0;
    QString attachmentId; // once completed
};

struct UserRow
{
    QString id;
    QString username;
    QString displayName;
    QString role;
    QString unitId;
    QString agencyId;
};

// Wire rendering: each row as its record (the encoders are protocol/records.h).
namespace Records {
qint64 now();
QString isoTime(qint64 secs);
qint64 secs(const QDateTime &time);
QDateTime dateTime(qint64 secs);

QJsonObject caseJson(const CaseRow &row);
QJsonObject followupJson(const Followup &f);
QJsonObject replyJson(const CitizenReply &r);
QJsonObject dispositionJson(const Disposition &d);
QJsonObject noteJson(const NoteRow &n);
QJsonObject draftJson(const DraftRow &d);
QJsonObject decisionJson(const DecisionRow &d);
QJsonObject attachmentJson(const AttachmentRow &a);
QJsonObject userJson(const UserRow &u);
QJsonObject signedInJson(const UserRow &u, const QString &unitName, const QString &agencyName,
                         const QString &agencyZone);
QJsonObject unitJson(const Unit &u);
QJsonObject holidayJson(const Holiday &h);
QJsonObject removalJson(qint64 caseId, const QString &reason);
// {"kind": ..., "data": ...} as compact JSON, the unit stored in the change feed.
QByteArray envelope(const char *kind, const QJsonObject &data);
} // namespace Records

} // namespace lapor::hub
