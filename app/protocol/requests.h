#pragma once

#include "routes.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <variant>

namespace lapor::protocol {

// The writes the desk sends (docs/hub-api.md, "Routes"), one type per route. The outbox
// keeps each as its route, the entity id and the payload below, so an action queued by an
// older version of the desk is still understood.

// drafts.submit: a new revision for approval.
struct SubmitRevision
{
    QString draftId;
    qint64 caseId = 0;
    int revision = 0;
    QString text;
    qint64 baseCaseVersion = 0;
};

// drafts.decide: approve or return the revision the approver saw.
struct DecideDraft
{
    QString draftId;
    QString id; // of the decision, chosen by the desk
    bool approve = true;
    int revision = 0;
    QString comment; // required for a return
};

// cases.forward: disposisi to another unit.
struct ForwardCase
{
    qint64 caseId = 0;
    QString id; // of the disposition
    QString toUnitId;
    QString note;
};

// cases.not_authority: return as bukan wewenang.
struct ReturnNotAuthority
{
    qint64 caseId = 0;
    QString reason;
};

// cases.notes: an internal note.
struct AddNote
{
    qint64 caseId = 0;
    QString id;
    QString text;
};

// attachments.upload: a file of a draft. The bytes travel as the body; the desk keeps the
// file in the profile (`localFile`, relative to it) until the hub has it.
struct UploadAttachment
{
    qint64 caseId = 0;
    QString draftId;
    QString fileName;
    QString mimeType;
    QString localFile;
    qint64 size = 0;
    QString sha256;
};

using WriteRequest = std::variant<SubmitRevision, DecideDraft, ForwardCase, ReturnNotAuthority,
                                  AddNote, UploadAttachment>;

namespace Writes {
Route route(const WriteRequest &request);
QStringList pathArguments(const WriteRequest &request);
// The JSON body; empty for an upload, whose body is the file.
QJsonObject body(const WriteRequest &request);
// The query string: an upload's file name and owner.
QUrlQuery query(const WriteRequest &request);

// What the outbox keeps: the id of the entity the write is about (draft, case, note) and
// the payload (the body, or an upload's description).
QString entityId(const WriteRequest &request);
QJsonObject payload(const WriteRequest &request);
std::optional<WriteRequest> fromPayload(Route route, qint64 caseId, const QString &entityId,
                                        const QJsonObject &payload, QString *error);
} // namespace Writes

} // namespace lapor::protocol
