#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lapor::protocol {

// Every route of the hub API (docs/hub-api.md, "Routes"). laporhub registers its handlers
// by these, and the desk's client builds its requests from them, so a path is written once.
enum class Route {
    Health,
    AuthToken,
    AuthRefresh,
    AuthLogout,
    Me,
    OAuthAuthorize,
    OAuthAuthorizeSubmit,
    OAuthToken,
    OAuthDevice,
    OAuthVerify,
    OAuthVerifySubmit,
    Changes,
    ChangesCount,
    CasesGet,
    CasesForward,
    CasesNotAuthority,
    CasesNotes,
    AttachmentsUpload,
    AttachmentsGet,
    UploadsCreate,
    UploadsGet,
    UploadsAppend,
    UploadsComplete,
    DraftsGet,
    DraftsSubmit,
    DraftsDecide,
    SimComplaints,
    SimReplies,
    SimMove,
    SimClose,
    SimUserDisable,
    SimUserEnable,
    SimFaultsList,
    SimFaultsAdd,
    SimFaultsClear,
    SimClockGet,
    SimClockAdvance,
};

struct RouteSpec
{
    Route route;
    const char *id; // stable name: fault rules, the docs, the outbox's kinds
    const char *method;
    const char *path; // "{}" stands for one path segment
};

namespace Routes {
const RouteSpec &spec(Route route);
QString id(Route route);
QByteArray method(Route route);
// The path with each "{}" replaced by the next argument (ids of this API, which never
// hold "/"; HubClient encodes the rest).
QString path(Route route, const QStringList &arguments = {});
// The first route with this id (sim.faults has three methods).
std::optional<Route> fromId(const QString &id);
QList<Route> all();
bool isSimulation(Route route);
} // namespace Routes

} // namespace lapor::protocol
