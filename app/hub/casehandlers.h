#pragma once

#include "authservice.h"
#include "httpmessage.h"

namespace lapor::hub {

class ChangeLog;
class HubStore;

// The agency-side writes on cases and drafts. Each runs inside the transaction that the
// dispatcher opened for the request (together with its Idempotency-Key record), checks
// visibility (404), role (403) and If-Match (428/412) in that order, and publishes what
// changed to the change feed.
class CaseHandlers
{
public:
    CaseHandlers(HubStore &store, ChangeLog &log);

    HttpResponse getCase(const Caller &caller, const QString &id);
    HttpResponse getDraft(const Caller &caller, const QString &draftId);
    HttpResponse submitDraft(const HttpRequest &request, const Caller &caller,
                             const QString &draftId);
    HttpResponse decide(const HttpRequest &request, const Caller &caller, const QString &draftId);
    HttpResponse forward(const HttpRequest &request, const Caller &caller, const QString &id);
    HttpResponse returnNotAuthority(const HttpRequest &request, const Caller &caller,
                                    const QString &id);
    HttpResponse addNote(const HttpRequest &request, const Caller &caller, const QString &id);

    // Shared with the simulation routes: moves a case and publishes the move.
    Disposition moveCase(CaseRow &row, const QString &toUnit, const QString &byUserId,
                         const QString &note, const QString &dispositionId);

private:
    std::optional<CaseRow> visibleCase(const Caller &caller, const QString &id);

    HubStore &m_store;
    ChangeLog &m_log;
};

} // namespace lapor::hub
