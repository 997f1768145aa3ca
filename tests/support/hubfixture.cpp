#include "hubfixture.h"

#include "hubapi/hubclient.h"
#include "hubapi/tokenstore.h"
#include "hubtestutil.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace lapor::test {

namespace {

// Runs `sql`; a failed statement fails the current test instead of reading as no rows.
bool execOrFail(QSqlQuery &q, const QString &sql, const TestLocation &where)
{
    if (q.exec(sql))
        return true;
    failAt(q.lastError().text() + QStringLiteral(" in: ") + sql, where);
    return false;
}

} // namespace

std::optional<HubError> tryLogIn(HubClient &client, const QString &user, const QString &password,
                                 TestLocation where)
{
    HubCall *call = client.login(user, password);
    QSignalSpy done(call, &HubCall::finished);
    const bool finished = done.wait(20000);
    call->deleteLater();
    if (!finished) {
        failAt(QStringLiteral("login as %1 did not finish within 20 s").arg(user), where);
        return std::nullopt;
    }
    return call->error();
}

bool logIn(HubClient &client, const QString &user, TestLocation where)
{
    const auto error = tryLogIn(client, user, QLatin1String(kHubPassword), where);
    if (error && !error->ok())
        failAt(QStringLiteral("login as %1 failed: %2 %3")
                   .arg(user, error->userMessage(), error->technical),
               where);
    return error && error->ok();
}

HubFixture::HubFixture(int cases, const QStringList &extraArguments, quint64 seed)
{
    m_hub.setDataDir(m_stores.filePath(QStringLiteral("hub")));
    m_hub.setArguments(QStringList { QStringLiteral("--generate"), QString::number(cases),
                                     QStringLiteral("--seed"), QString::number(seed),
                                     QStringLiteral("--simulate") }
                       + extraArguments);
}

HubFixture::~HubFixture()
{
    m_hub.terminate();
}

bool HubFixture::start(QString *error)
{
    if (!m_hub.start()) {
        *error = m_hub.errorString();
        return false;
    }
    m_client.setBaseUrl(m_hub.baseUrl());
    return true;
}

QJsonObject HubFixture::request(const QString &user, const QByteArray &verb, const QString &path,
                                const QJsonObject &body, int *status, TestLocation where)
{
    HubReply reply = requestOnce(user, verb, path, body, where);
    if (reply.status == 401 && !user.isEmpty()) {
        // The token ran out (short-lived tokens, a moved clock): log in again once.
        m_tokens.remove(user);
        reply = requestOnce(user, verb, path, body, where);
    }
    const QString asked
        = QStringLiteral("%1 %2%3").arg(QString::fromLatin1(verb), path,
                                        user.isEmpty() ? QString() : QStringLiteral(" as ") + user);
    if (status)
        *status = reply.status;
    else if (reply.status < 200 || reply.status > 299)
        failAt(asked + QStringLiteral(" failed: ") + reply.describe(), where);
    if (reply.body.isEmpty())
        return {};
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        failAt(asked + QStringLiteral(": the answer is not a JSON object (") + error.errorString()
                   + QStringLiteral("): ") + reply.describe(),
               where);
        return {};
    }
    return doc.object();
}

HubReply HubFixture::requestOnce(const QString &user, const QByteArray &verb, const QString &path,
                                 const QJsonObject &body, const TestLocation &where)
{
    m_client.setToken(user.isEmpty() ? QString() : token(user, where));
    HubTestClient::Headers headers { { "Content-Type", "application/json" } };
    if (verb != "GET")
        headers.append({ "Idempotency-Key", HubTestUtil::newKey() });
    return m_client.request(verb, path, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(),
                            headers);
}

QString HubFixture::token(const QString &user, const TestLocation &where)
{
    if (!m_tokens.contains(user)) {
        HubTestClient login(m_hub.baseUrl());
        const QString token = login.login(user, QLatin1String(kPassword), where);
        if (token.isEmpty())
            return {}; // not cached: every later request gets its own chance and failure
        m_tokens.insert(user, token);
    }
    return m_tokens.value(user);
}

HubFixture::View HubFixture::hubView(const QString &user, TestLocation where)
{
    View view;
    QString cursor;
    for (;;) {
        const QString path = QStringLiteral("/v1/changes?limit=1000&after=") + cursor;
        int status = 0;
        const auto page = request(user, "GET", path, {}, &status, where);
        if (status != 200) {
            // An empty view would match an empty store.
            failAt(QStringLiteral("GET %1 as %2 answered HTTP %3").arg(path, user).arg(status),
                   where);
            return view;
        }
        for (const auto &value : page.value(QLatin1String("records")).toArray()) {
            const auto record = value.toObject();
            const QString kind = record.value(QLatin1String("kind")).toString();
            const auto data = record.value(QLatin1String("data")).toObject();
            if (kind == QLatin1String("case"))
                view.cases.insert(qint64(data.value(QLatin1String("tracking_id")).toDouble()),
                                  qint64(data.value(QLatin1String("version")).toDouble()));
            else if (kind == QLatin1String("remove"))
                view.cases.remove(qint64(data.value(QLatin1String("case_id")).toDouble()));
            else if (kind == QLatin1String("followup"))
                view.followups.insert(data.value(QLatin1String("id")).toString());
            else if (kind == QLatin1String("citizen_reply"))
                view.replies.insert(data.value(QLatin1String("id")).toString());
        }
        const QString next = page.value(QLatin1String("next_cursor")).toString();
        const bool more = page.value(QLatin1String("more")).toBool();
        if (more && next == cursor) {
            failAt(QStringLiteral("the feed says more but its cursor did not move"), where);
            return view;
        }
        cursor = next;
        if (!more)
            break;
    }
    return view;
}

HubFixture::View HubFixture::storeView(Database &db, TestLocation where)
{
    View view;
    QSqlQuery q(db.connection());
    if (execOrFail(q, QStringLiteral("SELECT tracking_id, version FROM cases WHERE in_scope = 1"),
                   where)) {
        while (q.next())
            view.cases.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    if (execOrFail(q,
                   QStringLiteral("SELECT f.id FROM followups f JOIN cases c ON c.tracking_id = "
                                  "f.case_id WHERE c.in_scope = 1"),
                   where)) {
        while (q.next())
            view.followups.insert(q.value(0).toString());
    }
    if (execOrFail(q,
                   QStringLiteral("SELECT r.id FROM citizen_replies r JOIN cases c "
                                  "ON c.tracking_id = r.case_id WHERE c.in_scope = 1"),
                   where)) {
        while (q.next())
            view.replies.insert(q.value(0).toString());
    }
    return view;
}

QString HubFixture::digest(Database &db, TestLocation where)
{
    QStringList parts;
    QSqlQuery q(db.connection());
    for (const char *sql :
         { "SELECT group_concat(tracking_id || ':' || version || ':' || status "
           "|| ':' || in_scope, ',') FROM (SELECT * FROM cases ORDER BY 1)",
           "SELECT count(*), group_concat(id) FROM (SELECT id FROM followups "
           "ORDER BY id)",
           "SELECT count(*) FROM citizen_replies", "SELECT count(*) FROM dispositions",
           "SELECT value FROM sync_state WHERE key = 'cursor'" }) {
        if (!execOrFail(q, QString::fromLatin1(sql), where))
            continue;
        while (q.next())
            parts.append(q.value(0).toString() + q.value(1).toString());
    }
    return parts.join(QLatin1Char('|'));
}

bool HubFixture::fillFinished(Database &db, QString *left)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM set_aside), "
                               "(SELECT unbuilt FROM search_mode), "
                               "(SELECT count(*) FROM cases) - (SELECT count(*) FROM case_search)"))
        || !q.next()) {
        *left = q.lastError().text();
        return false;
    }
    *left = QStringLiteral("%1 set aside, unbuilt %2, %3 cases without search rows")
                .arg(q.value(0).toInt())
                .arg(q.value(1).toInt())
                .arg(q.value(2).toInt());
    return q.value(0).toInt() == 0 && q.value(1).toInt() == 0 && q.value(2).toInt() == 0;
}

void HubFixture::addFault(const QJsonObject &rule, TestLocation where)
{
    request({}, "POST", QStringLiteral("/v1/sim/faults"), rule, nullptr, where);
}

void HubFixture::clearFaults(TestLocation where)
{
    request({}, "DELETE", QStringLiteral("/v1/sim/faults"), {}, nullptr, where);
}

void HubFixture::advanceClock(qint64 seconds, TestLocation where)
{
    HubTestUtil::advanceClock(m_client, seconds, where);
}

std::unique_ptr<Database> HubFixture::openStore(const QString &name, TestLocation where)
{
    return m_stores.openOther(name, where);
}

SyncEngine::Report HubFixture::sync(Database &db, const QString &user, const SyncRun &run,
                                    TestLocation where)
{
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client({ m_hub.baseUrl(), {}, run.timeoutMs }, tokens);
    const auto login = tryLogIn(client, user, QLatin1String(kPassword), where);
    if (!login || !login->ok()) {
        // A login that never finished has failed the test already.
        SyncEngine::Report failed;
        failed.error = login.value_or(HubError {});
        failed.message
            = login ? login->userMessage() : QStringLiteral("login as %1 did not finish").arg(user);
        return failed;
    }
    SyncEngine engine(client, db, WorkingCalendar::national(AgencyZone::WITA));
    engine.setPageSize(run.pageSize);
    // Quick retries: the back-off's timing is tst_backoff's concern; here it only matters
    // that the engine tries again. A hub's Retry-After still sets the floor.
    engine.setMaxAttempts(12);
    engine.setBackoff(Backoff(10, 100, 1));
    if (run.onProgress)
        QObject::connect(&engine, &SyncEngine::progress, &engine, run.onProgress);
    if (run.configure)
        run.configure(engine);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (finished.isEmpty() && !finished.wait(120000)) {
        SyncEngine::Report failed;
        failed.message = QStringLiteral("the sync as %1 did not finish within 120 s").arg(user);
        failAt(failed.message, where);
        return failed;
    }
    return engine.lastReport();
}

} // namespace lapor::test
