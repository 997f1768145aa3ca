#include "routes.h"

#include "hubclock.h"
#include "jsonbody.h"
#include "problem.h"
#include "protocol/limits.h"
#include "protocol/routes.h"
#include "simulation.h"
#include "textgen.h"

#include <QJsonObject>
#include <QPointer>
#include <QThread>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kDefaultPageSize = protocol::Limits::kPageSizeDefault;
constexpr int kMaxPageSize = protocol::Limits::kPageSizeMax;
// Password checks queued for the worker threads at most; beyond it a login is told to come
// back in a second, so a flood from many addresses queues bounded work.
constexpr int kMaxPendingChecks = 16;

} // namespace

Routes::Routes(SqliteDb &db, const HubConfig &config)
    : m_config(config)
    , m_store(db)
    , m_log(m_store)
    , m_auth(m_store, config.accessTtl, config.refreshTtl)
    , m_device(m_store, m_auth, config.https)
    , m_oauth(m_store, m_auth, m_device)
    , m_idempotency(m_store)
    , m_actions(m_store, m_log)
    , m_attachments(m_store, m_log)
{
    m_epoch = m_store.meta(u"epoch"_s);
    m_checks.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    using P = const QStringList &;
    add(protocol::Route::Health, 0, [](const HttpRequest &, const Caller &, P) {
        return HttpResponse::json(200, { { u"status"_s, u"ok"_s } });
    });
    addSignIn(protocol::Route::AuthToken, [this](const HttpRequest &r) -> CheckedAnswer {
        if (!m_config.allowPasswordGrant)
            return passwordGrantOff();
        return m_auth.login(r);
    });
    add(protocol::Route::AuthRefresh, 0,
        [this](const HttpRequest &r, const Caller &, P) { return m_auth.refresh(r); });
    add(protocol::Route::AuthLogout, Auth,
        [this](const HttpRequest &, const Caller &c, P) { return m_auth.logout(c); });
    add(protocol::Route::Me, Auth,
        [this](const HttpRequest &, const Caller &c, P) { return m_auth.me(c); });
    addOAuthRoutes();
    add(protocol::Route::Changes, Auth,
        [this](const HttpRequest &r, const Caller &c, P) { return changes(r, c, false); });
    add(protocol::Route::ChangesCount, Auth,
        [this](const HttpRequest &r, const Caller &c, P) { return changes(r, c, true); });
    add(protocol::Route::CasesGet, Auth,
        [this](const HttpRequest &, const Caller &c, P p) { return m_actions.getCase(c, p[0]); });
    add(protocol::Route::CasesForward, Auth | Idempotent,
        [this](const HttpRequest &r, const Caller &c, P p) {
            return m_actions.forward(r, c, p[0]);
        });
    add(protocol::Route::CasesNotAuthority, Auth | Idempotent,
        [this](const HttpRequest &r, const Caller &c, P p) {
            return m_actions.returnNotAuthority(r, c, p[0]);
        });
    add(protocol::Route::CasesNotes, Auth | Idempotent,
        [this](const HttpRequest &r, const Caller &c, P p) {
            return m_actions.addNote(r, c, p[0]);
        });
    add(
        protocol::Route::AttachmentsUpload, Auth | Idempotent,
        [this](const HttpRequest &r, const Caller &c, P p) {
            return m_attachments.upload(r, c, p[0]);
        },
        Attachments::kMaxSize);
    add(protocol::Route::AttachmentsGet, Auth, [this](const HttpRequest &r, const Caller &c, P p) {
        return m_attachments.download(r, c, p[0]);
    });
    add(protocol::Route::UploadsCreate, Auth | Transactional,
        [this](const HttpRequest &r, const Caller &c, P p) {
            return m_attachments.createUpload(r, c, p[0]);
        });
    add(protocol::Route::UploadsGet, Auth, [this](const HttpRequest &, const Caller &c, P p) {
        return m_attachments.getUpload(c, p[0]);
    });
    add(
        protocol::Route::UploadsAppend, Auth | Transactional,
        [this](const HttpRequest &r, const Caller &c, P p) {
            return m_attachments.appendUpload(r, c, p[0]);
        },
        Attachments::kMaxPart);
    add(protocol::Route::UploadsComplete, Auth, [this](const HttpRequest &, const Caller &c, P p) {
        return m_attachments.completeUpload(c, p[0]);
    });
    add(protocol::Route::DraftsGet, Auth,
        [this](const HttpRequest &, const Caller &c, P p) { return m_actions.getDraft(c, p[0]); });
    add(protocol::Route::DraftsSubmit, Auth | Idempotent,
        [this](const HttpRequest &r, const Caller &c, P p) {
            return m_actions.submitDraft(r, c, p[0]);
        });
    add(protocol::Route::DraftsDecide, Auth | Idempotent,
        [this](const HttpRequest &r, const Caller &c, P p) {
            return m_actions.decide(r, c, p[0]);
        });
    if (config.simulate)
        addSimulationRoutes();
}

Routes::~Routes() = default;

void Routes::addOAuthRoutes()
{
    using P = const QStringList &;
    add(protocol::Route::OAuthAuthorize, 0,
        [this](const HttpRequest &r, const Caller &, P) { return m_oauth.authorizePage(r); });
    addSignIn(protocol::Route::OAuthAuthorizeSubmit,
              [this](const HttpRequest &r) { return m_oauth.authorizeSubmit(r); });
    add(protocol::Route::OAuthToken, 0,
        [this](const HttpRequest &r, const Caller &, P) { return m_oauth.token(r); });
    add(protocol::Route::OAuthDevice, 0,
        [this](const HttpRequest &r, const Caller &, P) { return m_device.authorize(r); });
    add(protocol::Route::OAuthVerify, 0,
        [this](const HttpRequest &r, const Caller &, P) { return m_device.page(r); });
    addSignIn(protocol::Route::OAuthVerifySubmit,
              [this](const HttpRequest &r) { return m_device.submit(r); });
}

void Routes::addSimulationRoutes()
{
    m_text = std::make_unique<TextGen>();
    m_simulation = std::make_unique<class Simulation>(m_store, m_log, m_actions, *m_text);
    using P = const QStringList &;
    const int sim = SimRoute | Transactional;
    add(protocol::Route::SimComplaints, sim, [this](const HttpRequest &r, const Caller &, P) {
        return m_simulation->createComplaint(r);
    });
    add(protocol::Route::SimReplies, sim,
        [this](const HttpRequest &r, const Caller &, P p) { return m_simulation->reply(r, p[0]); });
    add(protocol::Route::SimMove, sim,
        [this](const HttpRequest &r, const Caller &, P p) { return m_simulation->move(r, p[0]); });
    add(protocol::Route::SimClose, sim,
        [this](const HttpRequest &r, const Caller &, P p) { return m_simulation->close(r, p[0]); });
    add(protocol::Route::SimUserDisable, sim, [this](const HttpRequest &r, const Caller &, P p) {
        return m_simulation->setUserDisabled(r, p[0], true);
    });
    add(protocol::Route::SimUserEnable, sim, [this](const HttpRequest &r, const Caller &, P p) {
        return m_simulation->setUserDisabled(r, p[0], false);
    });
    // Fault rules name the routes above this point, so the injector learns them now.
    m_faults = std::make_unique<FaultInjector>(routeIds());
    add(protocol::Route::SimFaultsList, SimRoute,
        [this](const HttpRequest &, const Caller &, P) { return m_faults->list(); });
    add(protocol::Route::SimFaultsAdd, SimRoute,
        [this](const HttpRequest &r, const Caller &, P) { return m_faults->add(r); });
    add(protocol::Route::SimFaultsClear, SimRoute, [this](const HttpRequest &, const Caller &, P) {
        m_faults->clear();
        return HttpResponse::empty(204);
    });
    if (m_config.adjustableClock) {
        add(protocol::Route::SimClockGet, SimRoute,
            [](const HttpRequest &, const Caller &, P) { return HubClock::describe(); });
        add(protocol::Route::SimClockAdvance, SimRoute,
            [](const HttpRequest &r, const Caller &, P) { return HubClock::advance(r); });
    }
}

void Routes::add(protocol::Route route, int flags, Handler handler, qint64 maxBody)
{
    const protocol::RouteSpec &spec = protocol::Routes::spec(route);
    m_routes.append({ QByteArray(spec.method),
                      QString::fromLatin1(spec.path).split(u'/', Qt::SkipEmptyParts),
                      QString::fromLatin1(spec.id),
                      flags,
                      maxBody > 0 ? maxBody : m_config.maxJsonBody,
                      std::move(handler),
                      {} });
}

void Routes::addSignIn(protocol::Route route, CheckHandler handler)
{
    add(route, 0, {});
    m_routes.last().checkHandler = std::move(handler);
}

QStringList Routes::routeIds() const
{
    QStringList ids;
    for (const Route &route : m_routes) {
        if (!ids.contains(route.id) && !(route.flags & SimRoute))
            ids.append(route.id);
    }
    return ids;
}

Routes::Match Routes::match(const HttpRequest &request) const
{
    Match result;
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; i < parts.size() && same; ++i) {
            if (route.segments[i] == u"{}"_s)
                params.append(parts[i]);
            else
                same = route.segments[i] == parts[i];
        }
        if (!same)
            continue;
        if (route.method != request.method) {
            result.wrongMethod = true;
            continue;
        }
        result.route = &route;
        result.params = params;
        result.wrongMethod = false;
        return result;
    }
    return result;
}

HttpResponse Routes::run(const Match &match, const HttpRequest &request)
{
    if (!match.route)
        return match.wrongMethod ? Problem::methodNotAllowed() : Problem::notFound();
    const Route &route = *match.route;
    if (request.body.size() > route.maxBody)
        return Problem::tooLarge(route.maxBody);
    try {
        if (route.checkHandler) { // the password check on this thread (runChecked() for a server)
            CheckedAnswer answer = route.checkHandler(request);
            if (auto *step = std::get_if<PasswordStep>(&answer))
                return step->finish(AuthService::checkPassword(step->check));
            return std::get<HttpResponse>(std::move(answer));
        }
        Caller caller;
        if (route.flags & Auth) {
            HttpResponse problem;
            auto authenticated = m_auth.authenticate(request, &problem);
            if (!authenticated)
                return problem;
            caller = *authenticated;
        }
        if (route.flags & Idempotent) {
            const QByteArray key = request.header("idempotency-key").trimmed();
            if (!Idempotency::isValidKey(key))
                return Problem::make(400, ProblemType::MissingIdempotencyKey,
                                     u"Idempotency-Key is required"_s,
                                     u"Every write carries a unique key of 1 to 200 visible "
                                     "ASCII characters, e.g. a UUID."_s);
            const QByteArray hash = Idempotency::requestHash(request);
            const QString userId = caller.viewer.userId;
            Transaction tx(m_store.db());
            if (auto stored = m_idempotency.lookup(userId, QString::fromLatin1(key), hash))
                return *stored;
            HttpResponse response = route.handler(request, caller, match.params);
            if (response.isSuccess()) {
                m_idempotency.remember(userId, QString::fromLatin1(key), hash, response);
                tx.commit();
            }
            return response;
        }
        if (route.flags & Transactional) {
            Transaction tx(m_store.db());
            HttpResponse response = route.handler(request, caller, match.params);
            if (response.isSuccess())
                tx.commit();
            return response;
        }
        return route.handler(request, caller, match.params);
    } catch (const SqlError &error) {
        qWarning("laporhub: storage error on %s: %s", qPrintable(route.id), error.what());
        return Problem::internal(u"Storage error; nothing was changed."_s);
    }
}

qint64 Routes::bodyLimit(const QByteArray &method, const QString &path) const
{
    HttpRequest head;
    head.method = method;
    head.path = path;
    const Match found = match(head);
    return found.route ? found.route->maxBody : m_config.maxJsonBody;
}

HttpResponse Routes::passwordGrantOff()
{
    return Problem::forbidden(u"The password grant is off on this hub (RFC 9700): sign in in a "
                              "browser (/v1/oauth/authorize) or with a device code "
                              "(/v1/oauth/device)."_s);
}

bool Routes::checksPassword(const Match &match) const
{
    return match.route && match.route->checkHandler;
}

void Routes::runChecked(const Match &match, const HttpRequest &request, QObject *context,
                        std::function<void(HttpResponse)> reply)
{
    const Route &route = *match.route;
    if (request.body.size() > route.maxBody) {
        reply(Problem::tooLarge(route.maxBody));
        return;
    }
    if (m_pendingChecks >= kMaxPendingChecks) {
        reply(Problem::unavailable(1, u"The hub is busy checking passwords; try again."_s));
        return;
    }
    const auto storageError = [id = route.id](const SqlError &error) {
        qWarning("laporhub: storage error on %s: %s", qPrintable(id), error.what());
        return Problem::internal(u"Storage error; nothing was changed."_s);
    };
    CheckedAnswer answer;
    try {
        answer = route.checkHandler(request);
    } catch (const SqlError &error) {
        reply(storageError(error));
        return;
    }
    if (auto *now = std::get_if<HttpResponse>(&answer)) {
        reply(std::move(*now));
        return;
    }
    ++m_pendingChecks;
    QPointer<QObject> guard(context);
    m_checks.start(
        [this, guard, step = std::get<PasswordStep>(std::move(answer)), reply, storageError] {
            const bool ok = AuthService::checkPassword(step.check);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [this, step, ok, reply, storageError] {
                    --m_pendingChecks;
                    try {
                        reply(step.finish(ok));
                    } catch (const SqlError &error) {
                        reply(storageError(error));
                    }
                },
                Qt::QueuedConnection);
        });
}

std::optional<qint64> Routes::parseCursor(const QString &cursor, HttpResponse *problem)
{
    if (cursor.isEmpty())
        return 0;
    const QString epoch = cursor.section(u'-', 0, 0);
    bool ok = false;
    const qint64 seq = cursor.section(u'-', 1).toLongLong(&ok);
    if (!ok || seq < 0 || epoch.size() != m_epoch.size()) {
        *problem = Problem::make(400, ProblemType::InvalidCursor, u"The cursor is not valid"_s,
                                 u"Pass back next_cursor exactly as received."_s);
        return std::nullopt;
    }
    if (epoch != m_epoch) {
        // The dataset was regenerated: the client must start over from an empty cursor.
        *problem = Problem::make(410, ProblemType::CursorExpired,
                                 u"The cursor belongs to another dataset"_s,
                                 u"Discard the local copy and sync from the beginning."_s);
        return std::nullopt;
    }
    return seq;
}

HttpResponse Routes::changes(const HttpRequest &request, const Caller &caller, bool countOnly)
{
    HttpResponse problem;
    const auto after = parseCursor(request.query.queryItemValue(u"after"_s), &problem);
    if (!after)
        return problem;
    if (countOnly)
        return HttpResponse::json(200,
                                  { { u"count"_s, double(m_log.count(caller.viewer, *after)) } });
    int limit = kDefaultPageSize;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPageSize) {
            JsonBody errors(QJsonObject {});
            errors.addError("limit", u"limit must be an integer from 1 to %1"_s.arg(kMaxPageSize));
            errors.finish(&problem);
            return problem;
        }
    }
    const FeedPage page = m_log.page(caller.viewer, *after, limit);
    const QByteArray cursor = m_epoch.toLatin1() + '-' + QByteArray::number(page.lastSeq);
    // Records are stored as finished JSON, so a page is assembled without re-encoding.
    QByteArray body;
    body.reserve(page.records.size() + 80);
    body += "{\"records\":[";
    body += page.records;
    body += "],\"next_cursor\":\"" + cursor + "\",\"more\":" + (page.more ? "true" : "false") + '}';
    HttpResponse response = HttpResponse::rawJson(200, std::move(body));
    response.setHeader("Cache-Control", "no-store");
    // The next page named in the head (RFC 8288): a client can ask for it as soon as the
    // head arrives, while this body is still on its way.
    if (page.more)
        response.setHeader("Link",
                           "</v1/changes?after=" + cursor + "&limit=" + QByteArray::number(limit)
                               + ">; rel=\"next\"");
    return response;
}

} // namespace lapor::hub
