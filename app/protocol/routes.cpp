#include "routes.h"

#include <array>

namespace lapor::protocol::Routes {

namespace {

constexpr std::array<RouteSpec, 37> kRoutes { {
    { Route::Health, "health", "GET", "/v1/health" },
    { Route::AuthToken, "auth.token", "POST", "/v1/auth/token" },
    { Route::AuthRefresh, "auth.refresh", "POST", "/v1/auth/refresh" },
    { Route::AuthLogout, "auth.logout", "POST", "/v1/auth/logout" },
    { Route::Me, "me", "GET", "/v1/me" },
    { Route::OAuthAuthorize, "oauth.authorize", "GET", "/v1/oauth/authorize" },
    { Route::OAuthAuthorizeSubmit, "oauth.authorize_submit", "POST", "/v1/oauth/authorize" },
    { Route::OAuthToken, "oauth.token", "POST", "/v1/oauth/token" },
    { Route::OAuthDevice, "oauth.device", "POST", "/v1/oauth/device" },
    { Route::OAuthVerify, "oauth.verify", "GET", "/v1/oauth/verify" },
    { Route::OAuthVerifySubmit, "oauth.verify_submit", "POST", "/v1/oauth/verify" },
    { Route::Changes, "changes", "GET", "/v1/changes" },
    { Route::ChangesCount, "changes.count", "GET", "/v1/changes/count" },
    { Route::CasesGet, "cases.get", "GET", "/v1/cases/{}" },
    { Route::CasesForward, "cases.forward", "POST", "/v1/cases/{}/forward" },
    { Route::CasesNotAuthority, "cases.not_authority", "POST", "/v1/cases/{}/not-authority" },
    { Route::CasesNotes, "cases.notes", "POST", "/v1/cases/{}/notes" },
    { Route::AttachmentsUpload, "attachments.upload", "POST", "/v1/cases/{}/attachments" },
    { Route::AttachmentsGet, "attachments.get", "GET", "/v1/attachments/{}" },
    { Route::UploadsCreate, "uploads.create", "POST", "/v1/cases/{}/uploads" },
    { Route::UploadsGet, "uploads.get", "GET", "/v1/uploads/{}" },
    { Route::UploadsAppend, "uploads.append", "PATCH", "/v1/uploads/{}" },
    { Route::UploadsComplete, "uploads.complete", "POST", "/v1/uploads/{}/complete" },
    { Route::DraftsGet, "drafts.get", "GET", "/v1/drafts/{}" },
    { Route::DraftsSubmit, "drafts.submit", "POST", "/v1/drafts/{}/revisions" },
    { Route::DraftsDecide, "drafts.decide", "POST", "/v1/drafts/{}/decision" },
    { Route::SimComplaints, "sim.complaints", "POST", "/v1/sim/complaints" },
    { Route::SimReplies, "sim.replies", "POST", "/v1/sim/cases/{}/replies" },
    { Route::SimMove, "sim.move", "POST", "/v1/sim/cases/{}/move" },
    { Route::SimClose, "sim.close", "POST", "/v1/sim/cases/{}/close" },
    { Route::SimUserDisable, "sim.users.disable", "POST", "/v1/sim/users/{}/disable" },
    { Route::SimUserEnable, "sim.users.enable", "POST", "/v1/sim/users/{}/enable" },
    { Route::SimFaultsList, "sim.faults", "GET", "/v1/sim/faults" },
    { Route::SimFaultsAdd, "sim.faults", "POST", "/v1/sim/faults" },
    { Route::SimFaultsClear, "sim.faults", "DELETE", "/v1/sim/faults" },
    { Route::SimClockGet, "sim.clock", "GET", "/v1/sim/clock" },
    { Route::SimClockAdvance, "sim.clock", "POST", "/v1/sim/clock" },
} };

} // namespace

const RouteSpec &spec(Route route)
{
    for (const RouteSpec &s : kRoutes) {
        if (s.route == route)
            return s;
    }
    Q_UNREACHABLE();
    return kRoutes.front();
}

QString id(Route route)
{
    return QLatin1String(spec(route).id);
}

QByteArray method(Route route)
{
    return QByteArray(spec(route).method);
}

QString path(Route route, const QStringList &arguments)
{
    const QString pattern = QLatin1String(spec(route).path);
    QString out;
    qsizetype used = 0;
    qsizetype from = 0;
    for (qsizetype at = pattern.indexOf(QLatin1String("{}")); at >= 0;
         at = pattern.indexOf(QLatin1String("{}"), from)) {
        out += pattern.mid(from, at - from);
        const QString argument = used < arguments.size() ? arguments.at(used) : QString();
        out += argument;
        ++used;
        from = at + 2;
    }
    out += pattern.mid(from);
    return out;
}

std::optional<Route> fromId(const QString &id)
{
    for (const RouteSpec &s : kRoutes) {
        if (id == QLatin1String(s.id))
            return s.route;
    }
    return std::nullopt;
}

QList<Route> all()
{
    QList<Route> routes;
    for (const RouteSpec &s : kRoutes)
        routes.append(s.route);
    return routes;
}

bool isSimulation(Route route)
{
    return QByteArray(spec(route).id).startsWith("sim.");
}

} // namespace lapor::protocol::Routes
