#pragma once

#include <QDateTime>
#include <QString>

namespace lapor {

// A published agency answer (tindak lanjut) on a case.
struct Followup
{
    QString id;
    qint64 caseId = 0;
    QString authorId;
    QString unitId;
    QString text;
    QDateTime publishedAt;
};

// The reporter's reply to a follow-up, optionally with a rating.
struct CitizenReply
{
    QString id;
    qint64 caseId = 0;
    QString text;
    int rating = 0; // 1..5, 0 = none
    QDateTime createdAt;
};

// A case moving from one unit to another (disposisi).
struct Disposition
{
    QString id;
    qint64 caseId = 0;
    QString fromUnitId;
    QString toUnitId;
    QString byUserId;
    QString note;
    QDateTime at;
};

// An internal note: visible to agency staff only, never to the reporter.
struct InternalNote
{
    QString id;
    qint64 caseId = 0;
    QString authorId;
    QString text;
    QDateTime createdAt;
};

// The largest file the hub takes (protocol::Limits::kAttachmentBytes); an agency's own
// attachment policy may only be stricter.
inline constexpr qint64 kMaxAttachmentBytes = 10 * 1024 * 1024;

// A file attached to a case, a follow-up, a reply or a draft. Content is fetched on demand.
struct AttachmentInfo
{
    QString id;
    qint64 caseId = 0;
    QString ownerKind; // case, followup, reply, draft
    QString ownerId;
    QString fileName; // as sent; sanitised before touching the file system
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime createdAt; // when it reached the hub
};

} // namespace lapor
