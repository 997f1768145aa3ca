#include "hubfixture.h"

#include "testlocation.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace lapor::test {

HubFixture::HubFixture(int cases, const QStringList &extraArguments)
    : m_cases(cases)
    , m_extraArguments(extraArguments)
{ }

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
                                const QJsonObject &body, int *status, TestLocation where)
{
    Answer answer = requestOnce(user, verb, path, body, where);
    if (answer.status == 401 && !user.isEmpty()) {
        // Tests may run the hub with very short-lived tokens: log in again once.
        m_tokens.remove(user);
        answer = requestOnce(user, verb, path, body, where);
    }
    const QString asked
        = QStringLiteral("%1 %2%3").arg(QString::fromLatin1(verb), path,
                                        user.isEmpty() ? QString() : QStringLiteral(" as ") + user);
    const auto describe = [&] {
        return QStringLiteral("HTTP %1%2, body: %3")
            .arg(answer.status)
            .arg(answer.networkError.isEmpty() ? QString()
                                               : QStringLiteral(" (") + answer.networkError + u')')
            .arg(answer.body.isEmpty() ? QStringLiteral("(empty)")
                                       : QString::fromUtf8(answer.body.left(300)));
    };
    if (status)
        *status = answer.status;
    else if (answer.status < 200 || answer.status > 299)
        QTest::qFail(qPrintable(asked + QStringLiteral(" failed: ") + describe()),
                     where.file_name(), int(where.line()));
    if (answer.body.isEmpty())
        return {};
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(answer.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        QTest::qFail(qPrintable(asked + QStringLiteral(": the answer is not a JSON object (")
                                + error.errorString() + QStringLiteral("): ") + describe()),
                     where.file_name(), int(where.line()));
        return {};
    }
    return doc.object();
}

HubFixture::Answer HubFixture::requestOnce(const QString &user, const QByteArray &verb,
                                           const QString &path, const QJsonObject &body,
                                           const TestLocation &where)
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
        request.setRawHeader("Authorization", "Bearer " + token(user, where).toLatin1());
    if (verb != "GET")
        request.setRawHeader("Idempotency-Key",
                             QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    QNetworkReply *reply = network.sendCustomRequest(
        request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && answer.status == 0)
        answer.networkError = reply->errorString();
    reply->deleteLater();
    return answer;
}

QString HubFixture::token(const QString &user, const TestLocation &where)
{
    if (!m_tokens.contains(user)) {
        const auto response = request({}, "POST", QStringLiteral("/v1/auth/token"),
                                      { { QStringLiteral("username"), user },
                                        { QStringLiteral("password"), QLatin1String(kPassword) } },
                                      nullptr, where);
        const QString token = response.value(QLatin1String("access_token")).toString();
        if (token.isEmpty()) {
            // Not cached: every later request gets its own chance and its own failure.
            QTest::qFail(qPrintable(QStringLiteral("login as %1 gave no access token").arg(user)),
                         where.file_name(), int(where.line()));
            return {};
        }
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
            QTest::qFail(
                qPrintable(
                    QStringLiteral("GET %1 as %2 answered HTTP %3").arg(path, user).arg(status)),
                where.file_name(), int(where.line()));
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
            QTest::qFail("the feed says more but its cursor did not move", where.file_name(),
                         int(where.line()));
            return view;
        }
        cursor = next;
        if (!more)
            break;
    }
    return view;
}

namespace {

// Runs `sql`; a failed statement fails the current test instead of reading as no rows.
bool execOrFail(QSqlQuery &q, const QString &sql, const TestLocation &where)
{
    if (q.exec(sql))
        return true;
    QTest::qFail(qPrintable(q.lastError().text() + QStringLiteral(" in: ") + sql),
                 where.file_name(), int(where.line()));
    return false;
}

} // namespace

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

void HubFixture::addFault(const QJsonObject &rule, TestLocation where)
{
    request({}, "POST", QStringLiteral("/v1/sim/faults"), rule, nullptr, where);
}

void HubFixture::clearFaults(TestLocation where)
{
    request({}, "DELETE", QStringLiteral("/v1/sim/faults"), {}, nullptr, where);
}

std::unique_ptr<Database> HubFixture::openStore(const QString &name, TestLocation where)
{
    auto opened = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    if (!opened.database)
        QTest::qFail(
            qPrintable(QStringLiteral("cannot open the store %1: %2").arg(name, opened.message)),
            where.file_name(), int(where.line()));
    return std::move(opened.database);
}

SyncEngine::Report HubFixture::sync(Database &db, const QString &user, int pageSize, int timeoutMs,
                                    TestLocation where)
{
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client({ m_hub->url(), {}, timeoutMs }, tokens);
    auto *login = client.login(user, QLatin1String(kPassword));
    QSignalSpy loggedIn(login, &HubCall::finished);
    if (!loggedIn.wait(20000)) {
        // An unfinished call reports no error yet; it must not pass for a login.
        SyncEngine::Report failed;
        failed.message = QStringLiteral("login as %1 did not finish within 20 s").arg(user);
        QTest::qFail(qPrintable(failed.message), where.file_name(), int(where.line()));
        return failed;
    }
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
    if (finished.isEmpty() && !finished.wait(120000)) {
        SyncEngine::Report failed;
        failed.message = QStringLiteral("the sync as %1 did not finish within 120 s").arg(user);
        QTest::qFail(qPrintable(failed.message), where.file_name(), int(where.line()));
        return failed;
    }
    return engine.lastReport();
}

} // namespace lapor::test
