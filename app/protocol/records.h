#pragma once

#include "core/case.h"
#include "core/draft.h"
#include "core/followup.h"
#include "core/unit.h"
#include "core/user.h"
#include "core/workingcalendar.h"
#include "jsontape.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <variant>

namespace lapor {

// A draft as the hub shows it to approvers: the submitted revision and its hub version.
struct HubDraft
{
    Draft draft;
    qint64 hubVersion = 0;
    QString unitId;
    QDateTime createdAt; // when the first revision reached the hub
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

// The agency a hub serves. The desk takes these from the signed-in user instead, so the
// sync skips the record (RecordKinds::ignoredKinds).
struct Agency
{
    QString id;
    QString name;
    QString zone; // "WIB", "WITA", "WIT" or an IANA id
};

// The `user` of auth.token, auth.refresh and me: the user record plus the names the desk
// shows and the agency's zone, which its deadlines are counted in.
struct SignedInUser
{
    User user;
    QString unitName;
    QString agencyName;
    QString agencyZone; // "WIB", "WITA", "WIT"; empty when the hub names none
};

// std::monostate: a kind this client does not know, skipped so a newer hub can add kinds.
using ChangeData
    = std::variant<std::monostate, Case, Followup, CitizenReply, Disposition, InternalNote,
                   AttachmentInfo, Unit, User, Holiday, HubDraft, Decision, CaseRemoval>;

namespace protocol {

// The kinds of change-feed record (docs/hub-api.md, "Record shapes").
enum class RecordKind {
    Case,
    Followup,
    CitizenReply,
    Disposition,
    Note,
    Attachment,
    Unit,
    User,
    Agency,
    Holiday,
    Draft,
    Decision,
    Remove,
};

namespace RecordKinds {
QString key(RecordKind kind); // "citizen_reply"
std::optional<RecordKind> fromKey(const QString &key);
QList<RecordKind> all();
// The kind a decoded record has; nullopt for std::monostate.
std::optional<RecordKind> of(const ChangeData &record);
// Kinds the hub sends that the desk skips on purpose, and fields of the other kinds that
// it does not read on purpose ("attachment.created_at"), each with its reason. Anything
// else the hub sends must be read: the contract test holds the two sides to this.
QHash<QString, QString> ignoredKinds();
QHash<QString, QString> ignoredFields();
} // namespace RecordKinds

// One GET /v1/changes page: the records still raw, so that one bad record can be set
// aside without losing the page. They refer into the page's text (JsonTape), which lives
// as long as any of them.
struct FeedPage
{
    QList<JsonRef> records;
    QString nextCursor;
    bool more = false;
};

} // namespace protocol

// JSON <-> core types for the hub API (docs/hub-api.md), encoder and decoder side by side:
// laporhub writes with the encoders, the desk reads with the decoders. Decoding is strict:
// anything that breaks the contract is refused with the field's path, and nothing is
// guessed. Unknown fields and kinds are ignored, so a newer hub can add them.
namespace Wire {
QJsonObject encode(const Case &c);
QJsonObject encode(const Followup &f);
QJsonObject encode(const CitizenReply &r);
QJsonObject encode(const Disposition &d);
QJsonObject encode(const InternalNote &n);
QJsonObject encode(const AttachmentInfo &a);
QJsonObject encode(const Unit &u);
QJsonObject encode(const User &u);
QJsonObject encode(const Holiday &h);
QJsonObject encode(const HubDraft &d);
QJsonObject encode(const Decision &d);
QJsonObject encode(const CaseRemoval &r);
QJsonObject encode(const Agency &a);
QJsonObject encode(const SignedInUser &u);
// {"kind": ..., "data": {...}}; an empty object for std::monostate.
QJsonObject encodeChange(const ChangeData &record);
// The same, as the compact JSON the hub stores in its feed.
QByteArray envelope(protocol::RecordKind kind, const QJsonObject &data);

// Times on the wire: ISO-8601 UTC with Z, whole seconds.
QString time(const QDateTime &time);
QJsonValue optionalTime(const QDateTime &time); // null when invalid

std::optional<Case> decodeCase(const JsonRef &o, QString *error);
std::optional<Followup> decodeFollowup(const JsonRef &o, QString *error);
std::optional<CitizenReply> decodeReply(const JsonRef &o, QString *error);
std::optional<Disposition> decodeDisposition(const JsonRef &o, QString *error);
std::optional<InternalNote> decodeNote(const JsonRef &o, QString *error);
std::optional<AttachmentInfo> decodeAttachment(const JsonRef &o, QString *error);
std::optional<Unit> decodeUnit(const JsonRef &o, QString *error);
std::optional<User> decodeUser(const JsonRef &o, QString *error);
std::optional<Holiday> decodeHoliday(const JsonRef &o, QString *error);
std::optional<HubDraft> decodeDraft(const JsonRef &o, QString *error);
std::optional<Decision> decodeDecision(const JsonRef &o, QString *error);
std::optional<CaseRemoval> decodeRemoval(const JsonRef &o, QString *error);
std::optional<Agency> decodeAgency(const JsonRef &o, QString *error);
// Strict on the user record; the names and the zone may be missing (older hubs).
std::optional<SignedInUser> decodeSignedInUser(const JsonRef &o, QString *error);

// One change-feed entry {"kind": ..., "data": {...}}.
std::optional<ChangeData> decodeChange(const JsonRef &o, QString *error);
// The envelope of a page: `records` (at most `maxRecords`), `next_cursor`, `more`.
std::optional<protocol::FeedPage> decodeFeedPage(const JsonRef &o, qsizetype maxRecords,
                                                 QString *error);
// The same from the answer's body, read in place (JsonTape): `*malformed` says why when it
// is not a JSON object, `*error` when the object is not a page.
std::optional<protocol::FeedPage> decodeFeedPage(const QByteArray &body, qsizetype maxRecords,
                                                 QString *malformed, QString *error);
// The `after` cursor of the page a feed answer's `Link` header names as rel="next"
// (RFC 8288); nothing when the header names none or its cursor is not a plain token.
std::optional<QString> nextPageCursor(const QByteArray &linkHeader);
} // namespace Wire

} // namespace lapor
