// Drafts and decisions: each kind's decoder (the desk) next to its encoder (laporhub).
#include "recordfields.h"
#include "records.h"

#include <QJsonArray>

namespace lapor::Wire {

using namespace Fields;

namespace {

// More than any real draft goes through; a hub that sends more is broken or hostile.
constexpr qsizetype kMaxRevisions = 1000;

// A draft's `revisions`: [{"revision", "text", "submitted_at"}], oldest first. Older hubs
// leave the field out; then only the current revision is known.
QList<DraftRevision> draftRevisions(StrictJson &json, const JsonRef &o, const QString &authorId)
{
    json.markRead("revisions");
    const JsonRef value = o.member(QLatin1StringView("revisions"));
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        json.fail("revisions", QStringLiteral("must be an array"));
        return {};
    }
    const qsizetype count = value.size();
    if (count > kMaxRevisions) {
        json.fail("revisions", QStringLiteral("more than %1 entries").arg(kMaxRevisions));
        return {};
    }
    const QList<JsonRef> items = value.entries();
    QList<DraftRevision> revisions;
    revisions.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const JsonRef &item = items.at(i);
        StrictJson entry(item, QStringLiteral("draft.revisions[%1]").arg(i));
        DraftRevision revision;
        revision.number = int(entry.integer("revision", 1, 1'000'000));
        revision.text = entry.string("text", kTextLength);
        revision.createdAt = entry.time("submitted_at");
        revision.authorId = authorId;
        if (!item.isObject())
            entry.fail("revision", QStringLiteral("must be an object"));
        if (!entry.ok()) {
            json.fail("revisions", entry.error());
            return {};
        }
        revisions.append(revision);
    }
    return revisions;
}

} // namespace

std::optional<HubDraft> decodeDraft(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("draft"));
    HubDraft h;
    h.draft.id = json.string("id", kIdLength, false);
    h.draft.caseId = trackingId(json, "case_id");
    h.draft.authorId = json.string("author_id", kIdLength, false);
    h.unitId = json.string("unit_id", kIdLength);
    h.draft.state = DraftStates::fromKey(json.keyword("state", DraftStates::keys()))
                        .value_or(DraftState::Submitted);
    h.draft.revision = int(json.integer("revision", 0, 1'000'000));
    h.draft.text = json.string("text", kTextLength);
    h.draft.baseCaseVersion = json.integer("base_case_version", 0, kMaxVersion);
    h.hubVersion = json.integer("version", 0, kMaxVersion);
    if (json.has("created_at"))
        h.createdAt = json.time("created_at");
    h.draft.updatedAt = json.time("updated_at");
    h.revisions = draftRevisions(json, o, h.draft.authorId);
    return finish(json, std::move(h), error);
}

QJsonObject encode(const HubDraft &d)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), d.draft.id);
    o.insert(QLatin1String("case_id"), double(d.draft.caseId));
    o.insert(QLatin1String("author_id"), d.draft.authorId);
    o.insert(QLatin1String("unit_id"), d.unitId);
    o.insert(QLatin1String("state"), DraftStates::key(d.draft.state));
    o.insert(QLatin1String("revision"), d.draft.revision);
    o.insert(QLatin1String("text"), d.draft.text);
    o.insert(QLatin1String("base_case_version"), double(d.draft.baseCaseVersion));
    o.insert(QLatin1String("version"), double(d.hubVersion));
    o.insert(QLatin1String("created_at"), time(d.createdAt));
    o.insert(QLatin1String("updated_at"), time(d.draft.updatedAt));
    QJsonArray revisions;
    for (const DraftRevision &r : d.revisions) {
        QJsonObject revision;
        revision.insert(QLatin1String("revision"), r.number);
        revision.insert(QLatin1String("text"), r.text);
        revision.insert(QLatin1String("submitted_at"), time(r.createdAt));
        revisions.append(revision);
    }
    o.insert(QLatin1String("revisions"), revisions);
    return o;
}

std::optional<Decision> decodeDecision(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("decision"));
    Decision d;
    d.id = json.string("id", kIdLength, false);
    d.draftId = json.string("draft_id", kIdLength, false);
    // The draft names the case; older hubs leave it out here.
    if (json.has("case_id"))
        d.caseId = trackingId(json, "case_id");
    d.revision = int(json.integer("revision", 1, 1'000'000));
    d.approverId = json.string("approver_id", kIdLength, false);
    d.kind = json.keyword("decision", { QStringLiteral("approve"), QStringLiteral("return") })
            == QLatin1String("approve")
        ? DecisionKind::Approve
        : DecisionKind::Return;
    d.comment = json.string("comment", kTextLength);
    d.decidedAt = json.time("decided_at");
    return finish(json, std::move(d), error);
}

QJsonObject encode(const Decision &d)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), d.id);
    o.insert(QLatin1String("draft_id"), d.draftId);
    o.insert(QLatin1String("case_id"), double(d.caseId));
    o.insert(QLatin1String("revision"), d.revision);
    o.insert(QLatin1String("approver_id"), d.approverId);
    o.insert(QLatin1String("decision"),
             d.kind == DecisionKind::Approve ? QStringLiteral("approve")
                                             : QStringLiteral("return"));
    o.insert(QLatin1String("comment"), d.comment);
    o.insert(QLatin1String("decided_at"), time(d.decidedAt));
    return o;
}

} // namespace lapor::Wire
