#pragma once

#include "httpmessage.h"
#include "rng.h"

namespace lapor::hub {

class CaseHandlers;
class ChangeLog;
class HubStore;
class TextGen;

// The world outside the agency, for training and tests (--simulate only): reporters
// filing complaints, replying and rating, the national admin moving and closing cases,
// the agency's admin disabling and enabling accounts.
class Simulation
{
public:
    Simulation(HubStore &store, ChangeLog &log, CaseHandlers &actions, const TextGen &text);

    HttpResponse createComplaint(const HttpRequest &request);
    HttpResponse reply(const HttpRequest &request, const QString &caseId);
    HttpResponse move(const HttpRequest &request, const QString &caseId);
    HttpResponse close(const HttpRequest &request, const QString &caseId);
    HttpResponse setUserDisabled(const HttpRequest &request, const QString &username,
                                 bool disabled);

private:
    HubStore &m_store;
    ChangeLog &m_log;
    CaseHandlers &m_actions;
    const TextGen &m_text;
    Rng m_rng;
};

} // namespace lapor::hub
