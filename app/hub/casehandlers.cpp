#include "casehandlers.h"

#include "apiutil.h"
#include "changelog.h"
#include "core/casestatus.h"
#include "core/role.h"
#include "hubstore.h"
#include "jsonbody.h"
#include "problem.h"
#include "protocol/limits.h"

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

using protocol::Limits::kComment;
using protocol::Limits::kDraftText;

bool canDraft(const Caller &caller)
{
    const auto role = Roles::fromKey(caller.viewer.role);
    return role && Roles::canDraft(*role);
}

HttpResponse notFoundCase()
{
    return Problem::notFound(u"No such case in your scope."_s);
}

} // namespace

CaseHandlers::CaseHandlers(HubStore &store, ChangeLog &log)
    : m_store(store)
    , m_log(log)
{ }

std::optional<CaseRow> CaseHandlers::visibleCase(const Caller &caller, const QString &id)
{
    const auto trackingId = ApiUtil::parseTrackingId(id);
    if (!trackingId)
        return std::nullopt;
    auto row = m_store.loadCase(*trackingId);
    // Another unit's case answers exactly like a case that does not exist.
    if (!row || !caller.viewer.canSee(*row))
        return std::nullopt;
    return row;
}

HttpResponse CaseHandlers::getCase(const Caller &caller, const QString &id)
{
    const auto row = visibleCase(caller, id);
    if (!row)
        return notFoundCase();
    return ApiUtil::withEtag(200, Records::caseJson(*row), row->c.version);
}

HttpResponse CaseHandlers::getDraft(const Caller &caller, const QString &draftId)
{
    const auto draft = m_store.loadDraft(draftId);
    const auto row = draft ? visibleCase(caller, QString::number(draft->caseId)) : std::nullopt;
    if (!draft || !row || (!caller.viewer.agencyWide && draft->unitId != caller.viewer.unitId))
        return Problem::notFound(u"No such draft in your scope."_s);
    return ApiUtil::withEtag(200, Records::draftJson(*draft), draft->version);
}

HttpResponse CaseHandlers::submitDraft(const HttpRequest &request, const Caller &caller,
                                       const QString &draftId)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    const qint64 caseId = body->integer("case_id", 1, kMaxTrackingId);
    const int revision = int(body->integer("revision", 1, 100000));
    const QString text = body->string("text", 1, kDraftText);
    const qint64 baseVersion = body->integer("base_case_version", 0, 1LL << 50);
    if (!isUuid(draftId))
        body->addError("draft_id", u"the draft id in the path must be a UUID"_s);
    if (!body->finish(&problem))
        return problem;

    auto row = visibleCase(caller, QString::number(caseId));
    if (!row)
        return notFoundCase();
    if (!canDraft(caller))
        return Problem::forbidden(u"Only officers and approvers submit drafts."_s);
    if (!Status::isOpen(row->c.status) || row->c.status == CaseStatus::NotAuthority)
        return Problem::conflict(ProblemType::CaseClosed, u"The case is closed"_s,
                                 u"Drafts can only be submitted for open cases."_s);

    const qint64 now = Records::now();
    auto existing = m_store.loadDraft(draftId);
    DraftRow draft;
    int status = 201;
    if (existing) {
        draft = *existing;
        if (draft.caseId != caseId)
            return Problem::conflict(ProblemType::DuplicateId,
                                     u"Draft id belongs to another case"_s, {});
        if (draft.authorId != caller.viewer.userId)
            return Problem::forbidden(u"Only the author submits revisions of a draft."_s);
        if (auto failed = ApiUtil::checkIfMatch(request, draft.version, Records::draftJson(draft)))
            return *failed;
        if (draft.state == u"published"_s)
            return Problem::conflict(ProblemType::DraftClosed, u"The draft is already published"_s,
                                     {}, { { u"current"_s, Records::draftJson(draft) } });
        if (revision <= draft.revision)
            return Problem::conflict(ProblemType::StaleRevision, u"Revision already submitted"_s,
                                     u"The next revision must be above %1."_s.arg(draft.revision),
                                     { { u"current"_s, Records::draftJson(draft) } });
        draft.version += 1;
        status = 200;
    } else {
        const QByteArray ifMatch = request.header("if-match").trimmed();
        if (!ifMatch.isEmpty() && ifMatch != "\"0\"" && ifMatch != "0")
            return Problem::make(412, ProblemType::PreconditionFailed,
                                 u"The draft does not exist"_s,
                                 u"A new draft takes no If-Match or \"0\"."_s);
        draft.id = draftId;
        draft.caseId = caseId;
        draft.authorId = caller.viewer.userId;
        draft.unitId = row->c.unitId;
        draft.createdAt = now;
        draft.version = 1;
    }
    draft.state = u"submitted"_s;
    draft.revision = revision;
    draft.text = text;
    draft.baseCaseVersion = baseVersion;
    draft.updatedAt = now;
    draft.revisions.append({ revision, text, now });
    m_store.saveDraft(draft);
    m_log.publishDraft(draft);

    HttpResponse response = ApiUtil::withEtag(status, Records::draftJson(draft), draft.version);
    response.setHeader("Location", "/v1/drafts/" + draftId.toLatin1());
    return response;
}

HttpResponse CaseHandlers::decide(const HttpRequest &request, const Caller &caller,
                                  const QString &draftId)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    const QString kind = body->oneOf("decision", { u"approve"_s, u"return"_s });
    const int revision = int(body->integer("revision", 1, 100000));
    const QString comment = body->optionalString("comment", kComment).value_or(QString());
    const QString decisionId = body->optionalString("id", 36).value_or(ApiUtil::newId());
    if (kind == u"return"_s && comment.trimmed().isEmpty())
        body->addError("comment", u"a returned draft needs a comment"_s);
    if (!isUuid(decisionId))
        body->addError("id", u"id must be a UUID"_s);
    if (!body->finish(&problem))
        return problem;

    auto draft = m_store.loadDraft(draftId);
    auto row = draft ? visibleCase(caller, QString::number(draft->caseId)) : std::nullopt;
    if (!draft || !row || (!caller.viewer.agencyWide && draft->unitId != caller.viewer.unitId))
        return Problem::notFound(u"No such draft in your scope."_s);
    const auto role = Roles::fromKey(caller.viewer.role);
    if (!role || !Roles::canApprove(*role))
        return Problem::forbidden(u"Only the head of unit approves or returns drafts."_s);
    if (draft->authorId == caller.viewer.userId)
        return Problem::make(403, ProblemType::SelfApproval, u"Nobody decides on their own draft"_s,
                             u"Another approver must decide (four-eyes rule)."_s);
    if (auto failed = ApiUtil::checkIfMatch(request, draft->version, Records::draftJson(*draft)))
        return *failed;
    if (draft->state != u"submitted"_s || revision != draft->revision)
        return Problem::conflict(
            ProblemType::StaleRevision, u"The revision is not the one awaiting approval"_s,
            u"Awaiting: revision %1 (%2)."_s.arg(draft->revision).arg(draft->state),
            { { u"current"_s, Records::draftJson(*draft) } });
    if (m_store.idExists("decisions", decisionId))
        return Problem::conflict(ProblemType::DuplicateId, u"Decision id already used"_s, {});

    const qint64 now = Records::now();
    const DecisionRow decision { decisionId,           draftId, draft->caseId, revision,
                                 caller.viewer.userId, kind,    comment,       now };
    m_store.insertDecision(decision);
    m_log.publishDecision(decision, draft->unitId);

    QJsonObject out;
    out.insert(u"decision"_s, Records::decisionJson(decision));
    draft->version += 1;
    draft->updatedAt = now;
    if (kind == u"approve"_s) {
        // Publishing is part of the same transaction as the decision: exactly one follow-up
        // exists once the approval is committed, and none if it is not.
        Followup f { ApiUtil::newId(), draft->caseId, draft->authorId,
                     row->c.unitId,    draft->text,   Records::dateTime(now) };
        m_store.insertFollowup(f, draftId);
        draft->state = u"published"_s;
        Case &c = row->c;
        if (!c.firstFollowupAt.isValid())
            c.firstFollowupAt = f.publishedAt;
        c.lastFollowupAt = f.publishedAt;
        if (c.status != CaseStatus::InProgress
            && Status::canTransition(c.status, CaseStatus::InProgress))
            c.status = CaseStatus::InProgress;
        c.version += 1;
        m_store.saveCase(*row);
        m_store.moveDraftAttachments(draftId, c.trackingId, f.id);
        m_log.publishFollowup(f, c.unitId);
        m_log.publishCase(*row);
        for (const auto &a : m_store.attachments(c.trackingId)) {
            if (a.ownerId == f.id)
                m_log.publishAttachment(a, c.unitId);
        }
        out.insert(u"followup"_s, Records::followupJson(f));
    } else {
        draft->state = u"returned"_s;
        out.insert(u"followup"_s, QJsonValue::Null);
    }
    m_store.saveDraft(*draft);
    m_log.publishDraft(*draft);
    out.insert(u"draft"_s, Records::draftJson(*draft));
    out.insert(u"case"_s, Records::caseJson(*row));
    return ApiUtil::withEtag(200, out, draft->version);
}

Disposition CaseHandlers::moveCase(CaseRow &row, const QString &toUnit, const QString &byUserId,
                                   const QString &note, const QString &dispositionId)
{
    const QString fromUnit = row.c.unitId;
    const QDateTime now = Records::dateTime(Records::now());
    const Disposition d { dispositionId, row.c.trackingId, fromUnit, toUnit, byUserId, note, now };
    m_store.insertDisposition(d);
    row.c.unitId = toUnit;
    row.c.assigneeId.clear();
    row.c.disposedAt = now;
    if (row.c.status == CaseStatus::NotAuthority) {
        row.c.status = CaseStatus::Disposed;
        row.c.notAuthorityReason.clear();
    }
    row.c.version += 1;
    m_store.saveCase(row);
    m_log.removeFromUnit(row.c.trackingId, fromUnit, u"forwarded"_s);
    m_log.republishCase(row.c.trackingId, toUnit);
    return d;
}

HttpResponse CaseHandlers::forward(const HttpRequest &request, const Caller &caller,
                                   const QString &id)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    const QString toUnit = body->string("to_unit_id", 1, 64);
    const QString note = body->optionalString("note", kComment).value_or(QString());
    const QString dispositionId = body->optionalString("id", 36).value_or(ApiUtil::newId());
    if (!toUnit.isEmpty() && !m_store.unitExists(toUnit))
        body->addError("to_unit_id", u"unknown unit %1"_s.arg(toUnit));
    if (!isUuid(dispositionId))
        body->addError("id", u"id must be a UUID"_s);
    if (!body->finish(&problem))
        return problem;

    auto row = visibleCase(caller, id);
    if (!row)
        return notFoundCase();
    if (auto failed = ApiUtil::checkIfMatch(request, row->c.version, Records::caseJson(*row)))
        return *failed;
    if (toUnit == row->c.unitId)
        return Problem::conflict(ProblemType::InvalidTransition,
                                 u"The case is already in that unit"_s, {});
    if (row->c.status == CaseStatus::Done || row->c.status == CaseStatus::Archived)
        return Problem::conflict(ProblemType::InvalidTransition,
                                 u"A closed case cannot be forwarded"_s, {});
    if (m_store.idExists("dispositions", dispositionId))
        return Problem::conflict(ProblemType::DuplicateId, u"Disposition id already used"_s, {});

    const Disposition d = moveCase(*row, toUnit, caller.viewer.userId, note, dispositionId);
    QJsonObject out;
    out.insert(u"case"_s, Records::caseJson(*row));
    out.insert(u"disposition"_s, Records::dispositionJson(d));
    return ApiUtil::withEtag(200, out, row->c.version);
}

HttpResponse CaseHandlers::returnNotAuthority(const HttpRequest &request, const Caller &caller,
                                              const QString &id)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    const QString reason
        = body->string("reason", protocol::Limits::kNotAuthorityReasonMin, kComment);
    if (!body->finish(&problem))
        return problem;

    auto row = visibleCase(caller, id);
    if (!row)
        return notFoundCase();
    const auto role = Roles::fromKey(caller.viewer.role);
    if (!role || !Roles::canReturnNotAuthority(*role))
        return Problem::forbidden(u"Returning a case as bukan wewenang needs an approver."_s);
    if (auto failed = ApiUtil::checkIfMatch(request, row->c.version, Records::caseJson(*row)))
        return *failed;
    if (!Status::canTransition(row->c.status, CaseStatus::NotAuthority))
        return Problem::conflict(
            ProblemType::InvalidTransition, u"Not allowed in the current status"_s,
            u"Status %1 cannot become not_authority."_s.arg(Status::key(row->c.status)));
    row->c.status = CaseStatus::NotAuthority;
    row->c.notAuthorityReason = reason;
    row->c.version += 1;
    m_store.saveCase(*row);
    m_log.publishCase(*row);
    return ApiUtil::withEtag(200, Records::caseJson(*row), row->c.version);
}

HttpResponse CaseHandlers::addNote(const HttpRequest &request, const Caller &caller,
                                   const QString &id)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    const QString text = body->string("text", 1, protocol::Limits::kNote);
    const QString noteId = body->optionalString("id", 36).value_or(ApiUtil::newId());
    if (!isUuid(noteId))
        body->addError("id", u"id must be a UUID"_s);
    if (!body->finish(&problem))
        return problem;
    const auto row = visibleCase(caller, id);
    if (!row)
        return notFoundCase();
    if (m_store.idExists("notes", noteId))
        return Problem::conflict(ProblemType::DuplicateId, u"Note id already used"_s, {});
    const NoteRow note { noteId, row->c.trackingId, caller.viewer.userId, text, Records::now() };
    m_store.insertNote(note);
    m_log.publishNote(note, row->c.unitId);
    HttpResponse response = HttpResponse::json(201, Records::noteJson(note));
    return response;
}

} // namespace lapor::hub
