#include "hubfixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

namespace lapor::test {

HubFixture::HubFixture(int cases, const QStringList &extraArguments)
    : m_cases(cases)
    , m_extraArguments(extraArguments)
{
}

HubFixture::~HubFixture() = default;

bool HubFixture::start(QString *error)
{
    TrainingHub::Options options;
    options.program = qEnvironmentVariable("LAPOR_BIN_DIR") + QStringLiteral("/laporhub");
    options.dataDir = m_dir.filePath(QStringLiteral("hub"));
    options.generateCases = m_cases;
    options.seed = 11;
    options.extraArguments = m_extraArguments;
    m_hub = std::make_unique<TrainingHub>(options);
    if (!m_hub->start()) {
        *error = m_hub->error();
        return false;
    }
    return true;
}

QUrl HubFixture::url() const
{
    return m_hub->url();
}

QJsonObject HubFixture::request(const QString &user, const QByteArray &verb, const QString &path,
                                const QJsonObject &body, int *status)
{
    int code = 0;
    QJsonObject answer = requestOnce(user, verb, path, body, &code);
    if (code == 401 && !user.isEmpty()) {
        // Tests may run the hub with very short-lived tokens: log in again once.
        m_tokens.remove(user);
        answer = requestOnce(user, verb, path, body, &code);
    }
    if (status)
        *status = code;
    return answer;
}

QJsonObject HubFixture::requestOnce(const QString &user, const QByteArray &verb,
                                    const QString &path, const QJsonObject &body, int *status)
{
    QNetworkAccessManager network;
    QUrl url = m_hub->url();
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!user.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token(user).toLatin1());
    if (verb != "GET")
        request.setRawHeader("Idempotency-Key",
                             QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    QNetworkReply *reply = network.sendCustomRequest(
        request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto doc = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return doc.object();
}

QString HubFixture::token(const QString &user)
{
    if (!m_tokens.contains(user)) {
        const auto response = request({}, "POST", QStringLiteral("/v1/auth/token"),
                                      { { QStringLiteral("username"), user },
                                        { QStringLiteral("password"), QLatin1String(kPassword) } });
        m_tokens.insert(user, response.value(QLatin1String("access_token")).toString());
    }
    return m_tokens.value(user);
}

HubFixture::View HubFixture::hubView(const QString &user)
{
    View view;
    QString cursor;
    for (;;) {
        const auto page = request(user, "GET",
                                  QStringLiteral("/v1/changes?limit=1000&after=") + cursor);
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
        cursor = page.value(QLatin1String("next_cursor")).toString();
        if (!page.value(QLatin1String("more")).toBool())
            break;
    }
    return view;
}

HubFixture::View HubFixture::storeView(Database &db)
{
    View view;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT tracking_id, version FROM cases WHERE in_scope = 1"));
    while (q.next())
        view.cases.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.exec(QStringLiteral("SELECT f.id FROM followups f JOIN cases c ON c.tracking_id = f.case_id "
                          "WHERE c.in_scope = 1"));
    while (q.next())
        view.followups.insert(q.value(0).toString());
    q.exec(QStringLiteral("SELECT r.id FROM citizen_replies r JOIN cases c "
                          "ON c.tracking_id = r.case_id WHERE c.in_scope = 1"));
    while (q.next())
        view.replies.insert(q.value(0).toString());
    return view;
}

QString HubFixture::digest(Database &db)
{
    QStringList parts;
    QSqlQuery q(db.connection());
    for (const char *sql : { "SELECT group_concat(tracking_id || ':' || version || ':' || status "
                             "|| ':' || in_scope, ',') FROM (SELECT * FROM cases ORDER BY 1)",
                             "SELECT count(*), group_concat(id) FROM (SELECT id FROM followups "
                             "ORDER BY id)",
                             "SELECT count(*) FROM citizen_replies", "SELECT count(*) FROM dispositions",
                             "SELECT value FROM sync_state WHERE key = 'cursor'" }) {
        q.exec(QString::fromLatin1(sql));
        while (q.next())
            parts.append(q.value(0).toString() + q.value(1).toString());
    }
    return parts.join(QLatin1Char('|'));
}

void HubFixture::addFault(const QJsonObject &rule)
{
    request({}, "POST", QStringLiteral("/v1/sim/faults"), rule);
}

void HubFixture::clearFaults()
{
    request({}, "DELETE", QStringLiteral("/v1/sim/faults"));
}

std::unique_ptr<Database> HubFixture::openStore(const QString &name)
{
    auto opened = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    return std::move(opened.database);
}

SyncEngine::Report HubFixture::sync(Database &db, const QString &user, int pageSize, int timeoutMs)
{
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client({ m_hub->url(), {}, timeoutMs }, tokens);
    auto *login = client.login(user, QLatin1String(kPassword));
    QSignalSpy loggedIn(login, &HubCall::finished);
    loggedIn.wait(20000);
    if (!login->error().ok()) {
        SyncEngine::Report failed;
        failed.error = login->error();
        failed.message = login->error().userMessage();
        return failed;
    }
    SyncEngine engine(client, db, WorkingCalendar::national(AgencyZone::WITA));
    engine.setPageSize(pageSize);
    engine.setMaxAttempts(12);
    engine.setBackoff(Backoff(50, 2000, 1));
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    finished.wait(120000);
    return engine.lastReport();
}

} // namespace lapor::test
