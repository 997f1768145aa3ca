#pragma once

#include "core/case.h"
#include "core/draft.h"
#include "core/followup.h"
#include "core/unit.h"
#include "core/user.h"
#include "core/workingcalendar.h"

#include <QJsonObject>
#include <QList>

#include <optional>
#include <variant>

namespace lapor {

// A draft as the hub shows it to approvers: the submitted revision and its hub version.
struct HubDraft
{
    Draft draft;
    qint64 hubVersion = 0;
    QString unitId;
    // Every revision the hub knows, oldest first, so a desk that first sees the draft at
    // revision 3 can still show what changed since revision 2.
    QList<DraftRevision> revisions;
};

// The case left the user's scope (forwarded elsewhere, returned, revoked).
struct CaseRemoval
{
    qint64 trackingId = 0;
    QString reason;
};

// std::monostate: a kind this client does not know, skipped so a newer hub can add kinds.
using ChangeData
    = std::variant<std::monostate, Case, Followup, CitizenReply, Disposition, InternalNote,
                   AttachmentInfo, Unit, User, Holiday, HubDraft, Decision, CaseRemoval>;

// JSON <-> core types for the hub API (docs/hub-api.md). Decoding is strict: anything
// that breaks the contract is refused with the field's path, and nothing is guessed.
namespace Wire {
std::optional<Case> decodeCase(const QJsonObject &o, QString *error);
std::optional<Followup> decodeFollowup(const QJsonObject &o, QString *error);
std::optional<CitizenReply> decodeReply(const QJsonObject &o, QString *error);
std::optional<Disposition> decodeDisposition(const QJsonObject &o, QString *error);
std::optional<InternalNote> decodeNote(const QJsonObject &o, QString *error);
std::optional<AttachmentInfo> decodeAttachment(const QJsonObject &o, QString *error);
std::optional<Unit> decodeUnit(const QJsonObject &o, QString *error);
std::optional<User> decodeUser(const QJsonObject &o, QString *error);
std::optional<Holiday> decodeHoliday(const QJsonObject &o, QString *error);
std::optional<HubDraft> decodeDraft(const QJsonObject &o, QString *error);
std::optional<Decision> decodeDecision(const QJsonObject &o, QString *error);
std::optional<CaseRemoval> decodeRemoval(const QJsonObject &o, QString *error);

// One change-feed entry {"kind": ..., "data": {...}}.
std::optional<ChangeData> decodeChange(const QJsonObject &o, QString *error);
} // namespace Wire

} // namespace lapor
