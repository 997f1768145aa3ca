#include "protocol/records.h"

#include "core/draft.h"
#include "core/role.h"
#include "entities.h"
#include "hubclock.h"

#include <QDateTime>

namespace lapor::hub::Records {

namespace {

// Rows keep whole seconds; 0 only ever stands for "none" in the optional fields, which the
// Case already holds as invalid times.
QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

qint64 now()
{
    return HubClock::now();
}

QString isoTime(qint64 secs)
{
    return Wire::time(utc(secs));
}

qint64 secs(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

QDateTime dateTime(qint64 secs)
{
    return secs > 0 ? utc(secs) : QDateTime();
}

QJsonObject caseJson(const CaseRow &row)
{
    return Wire::encode(row.c);
}

QJsonObject followupJson(const Followup &f)
{
    return Wire::encode(f);
}

QJsonObject replyJson(const CitizenReply &r)
{
    return Wire::encode(r);
}

QJsonObject dispositionJson(const Disposition &d)
{
    return Wire::encode(d);
}

QJsonObject noteJson(const NoteRow &n)
{
    return Wire::encode(InternalNote { n.id, n.caseId, n.authorId, n.text, utc(n.createdAt) });
}

QJsonObject draftJson(const DraftRow &d)
{
    HubDraft wire;
    wire.draft.id = d.id;
    wire.draft.caseId = d.caseId;
    wire.draft.authorId = d.authorId;
    wire.draft.revision = d.revision;
    wire.draft.text = d.text;
    wire.draft.state = DraftStates::fromKey(d.state).value_or(DraftState::Submitted);
    wire.draft.baseCaseVersion = d.baseCaseVersion;
    wire.draft.updatedAt = utc(d.updatedAt);
    wire.hubVersion = d.version;
    wire.unitId = d.unitId;
    wire.createdAt = utc(d.createdAt);
    wire.revisions.reserve(d.revisions.size());
    for (const DraftRevision &r : d.revisions)
        wire.revisions.append({ r.revision, r.text, d.authorId, utc(r.submittedAt) });
    return Wire::encode(wire);
}

QJsonObject decisionJson(const DecisionRow &d)
{
    Decision wire;
    wire.id = d.id;
    wire.draftId = d.draftId;
    wire.caseId = d.caseId;
    wire.revision = d.revision;
    wire.approverId = d.approverId;
    wire.kind = d.kind == QLatin1String("approve") ? DecisionKind::Approve : DecisionKind::Return;
    wire.comment = d.comment;
    wire.decidedAt = utc(d.decidedAt);
    return Wire::encode(wire);
}

QJsonObject attachmentJson(const AttachmentRow &a)
{
    return Wire::encode(AttachmentInfo { a.id, a.caseId, a.ownerKind, a.ownerId, a.fileName,
                                         a.mimeType, a.size, a.sha256, utc(a.createdAt) });
}

QJsonObject userJson(const UserRow &u)
{
    return Wire::encode(User { u.id, u.username, u.displayName,
                               Roles::fromKey(u.role).value_or(Role::Officer), u.unitId,
                               u.agencyId });
}

QJsonObject signedInJson(const UserRow &u, const QString &unitName, const QString &agencyName,
                         const QString &agencyZone)
{
    return Wire::encode(SignedInUser { User { u.id, u.username, u.displayName,
                                              Roles::fromKey(u.role).value_or(Role::Officer),
                                              u.unitId, u.agencyId },
                                       unitName, agencyName, agencyZone });
}

QJsonObject unitJson(const Unit &u)
{
    return Wire::encode(u);
}

QJsonObject holidayJson(const Holiday &h)
{
    return Wire::encode(h);
}

QJsonObject removalJson(qint64 caseId, const QString &reason)
{
    return Wire::encode(CaseRemoval { caseId, reason });
}

QByteArray envelope(const char *kind, const QJsonObject &data)
{
    const auto known = protocol::RecordKinds::fromKey(QLatin1String(kind));
    Q_ASSERT(known);
    return Wire::envelope(known.value_or(protocol::RecordKind::Agency), data);
}

} // namespace lapor::hub::Records
