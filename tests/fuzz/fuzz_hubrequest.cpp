// The hub's validation of request bodies on every write route (app/hub/routes.h), without
// sockets. Input: byte 0 picks the route, byte 1 the variations (which case or draft, the
// If-Match and Content-Type headers, a reused Idempotency-Key), the rest is the body. A
// body alone must never cause a 5xx, and every refusal is a well-formed problem response.
#include "fuzzcheck.h"
#include "hub/generator.h"
#include "hub/hubdatabase.h"
#include "hub/hubstore.h"
#include "hub/routes.h"
#include "hub/textgen.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdint>
#include <memory>

using namespace lapor::hub;
using namespace Qt::Literals::StringLiterals;

namespace {

enum class Target { None, Case, Draft };
enum class Who { Officer, Approver };

struct WriteRoute
{
    const char *path; // "%1" stands for the case or draft id
    Target target;
    Who who;
};

// Every POST route that takes a body; logout is left out, it would end the fuzzer's session.
constexpr WriteRoute kRoutes[] = {
    { "/v1/auth/token", Target::None, Who::Officer },
    { "/v1/auth/refresh", Target::None, Who::Officer },
    { "/v1/cases/%1/forward", Target::Case, Who::Officer },
    { "/v1/cases/%1/not-authority", Target::Case, Who::Approver },
    { "/v1/cases/%1/notes", Target::Case, Who::Officer },
    { "/v1/cases/%1/attachments", Target::Case, Who::Officer },
    { "/v1/drafts/%1/revisions", Target::Draft, Who::Officer },
    { "/v1/drafts/%1/decision", Target::Draft, Who::Approver },
    { "/v1/sim/complaints", Target::None, Who::Officer },
    { "/v1/sim/cases/%1/replies", Target::Case, Who::Officer },
    { "/v1/sim/cases/%1/move", Target::Case, Who::Officer },
    { "/v1/sim/cases/%1/close", Target::Case, Who::Officer },
    { "/v1/sim/faults", Target::None, Who::Officer },
};
constexpr int kRouteCount = int(sizeof(kRoutes) / sizeof(kRoutes[0]));

constexpr const char *kContentTypes[]
    = { "application/json", "application/json; charset=utf-8", "text/plain", "image/png" };

// The statuses docs/hub-api.md lists for these routes; 5xx only come from storage errors
// and injected faults, never from a body.
bool isDocumentedStatus(int status)
{
    static const QList<int> documented { 200, 201, 204, 400, 401, 403, 404, 405,
                                         409, 412, 413, 415, 422, 428, 429 };
    return documented.contains(status);
}

// A small generated hub in a temporary folder, with an officer and an approver of the
// same unit logged in, built once per process.
class Hub
{
public:
    Hub()
    {
        FUZZ_CHECK(m_dir.isValid(), "no temporary folder");
        QString error;
        FUZZ_CHECK(m_database.open(&error), "%s", qPrintable(error));
        // Durability does not matter here; speed per input does.
        m_database.db().execScript("PRAGMA synchronous = OFF");
        {
            TextGen text;
            HubStore store(m_database.db());
            Generator generator(store, text);
            const GeneratorOptions options { 200, 7, QDate(2026, 11, 2) };
            Transaction tx(m_database.db());
            m_database.createSchema();
            generator.writeBase(options);
            generator.writeCases(options);
            tx.commit();
        }
        HubConfig config;
        config.simulate = true;
        config.allowPasswordGrant = true; // as laporhub --simulate
        config.accessTtl = 7 * 24 * 3600; // a long local run must not end in 401s
        m_api = std::make_unique<Routes>(m_database.db(), config);
        m_officer = login("petugas1");
        m_approver = login("kepala1");
        collectIds();
    }

    HttpResponse send(HttpRequest request) { return m_api->run(m_api->match(request), request); }

    QByteArray token(Who who) const { return who == Who::Officer ? m_officer : m_approver; }
    QString caseId(int index) const
    {
        return m_cases.isEmpty() ? u"1"_s : m_cases.at(index % m_cases.size());
    }
    QString draftId(int index) const
    {
        return m_drafts.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                  : m_drafts.at(index % m_drafts.size());
    }
    void clearFaults() { m_api->faults()->clear(); }

private:
    QByteArray login(const char *username)
    {
        HttpRequest request;
        request.method = "POST";
        request.path = u"/v1/auth/token"_s;
        request.headers.insert("content-type", "application/json");
        request.body
            = QJsonDocument(QJsonObject { { u"username"_s, QLatin1String(username) },
                                          { u"password"_s, Generator::defaultPassword() } })
                  .toJson(QJsonDocument::Compact);
        const HttpResponse response = send(request);
        FUZZ_CHECK(response.status == 200, "login of %s: %d", username, response.status);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        return "Bearer " + body.value(u"access_token"_s).toString().toLatin1();
    }

    // Real ids from the feed the approver sees: the unit's cases and its drafts.
    void collectIds()
    {
        HttpRequest request;
        request.method = "GET";
        request.path = u"/v1/changes"_s;
        request.query.addQueryItem(u"limit"_s, u"1000"_s);
        request.headers.insert("authorization", m_approver);
        const HttpResponse response = send(request);
        FUZZ_CHECK(response.status == 200, "changes: %d", response.status);
        const QJsonArray records
            = QJsonDocument::fromJson(response.body).object().value(u"records"_s).toArray();
        for (const QJsonValue &value : records) {
            const QString kind = value[u"kind"_s].toString();
            const QJsonObject data = value[u"data"_s].toObject();
            if (kind == u"case"_s)
                m_cases.append(QString::number(data.value(u"tracking_id"_s).toInteger()));
            else if (kind == u"draft"_s)
                m_drafts.append(data.value(u"id"_s).toString());
        }
        FUZZ_CHECK(!m_cases.isEmpty() && !m_drafts.isEmpty(), "%lld cases, %lld drafts",
                   qlonglong(m_cases.size()), qlonglong(m_drafts.size()));
    }

    QTemporaryDir m_dir;
    HubDatabase m_database { m_dir.path() };
    std::unique_ptr<Routes> m_api;
    QByteArray m_officer;
    QByteArray m_approver;
    QStringList m_cases;
    QStringList m_drafts;
};

void checkResponse(const HttpResponse &response, const char *path)
{
    FUZZ_CHECK(isDocumentedStatus(response.status), "%s answered %d: %s", path, response.status,
               response.body.left(500).constData());
    const bool jsonBody = response.contentType.startsWith("application/json")
        || response.contentType.startsWith("application/problem+json");
    if (response.body.isEmpty() || !jsonBody)
        return;
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(response.body, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && doc.isObject(),
               "%s answered %d with invalid JSON: %s", path, response.status,
               response.body.left(500).constData());
    if (response.isSuccess())
        return;
    const QJsonObject problem = doc.object();
    FUZZ_CHECK(response.contentType.startsWith("application/problem+json"),
               "%s: %d without a problem type", path, response.status);
    FUZZ_CHECK(problem.value(u"type"_s).toString().startsWith(u"urn:lapor:problem:"_s)
                   && problem.value(u"title"_s).isString()
                   && problem.value(u"status"_s).toInt() == response.status,
               "%s: malformed problem %s", path, response.body.left(500).constData());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_hubrequest";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static Hub hub;
    static quint64 serial = 0;

    if (size < 2)
        return 0;
    const WriteRoute &route = kRoutes[data[0] % kRouteCount];
    const uint8_t flags = data[1];
    QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    HttpRequest request;
    request.method = "POST";
    QString id;
    if (route.target == Target::Case)
        id = flags & 0x80 ? u"9999999999"_s : hub.caseId(flags & 0x07);
    else if (route.target == Target::Draft)
        id = flags & 0x80 ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                          : hub.draftId(flags & 0x07);
    request.path = QString::fromLatin1(route.path).arg(id);
    if (request.path.endsWith(u"/attachments"_s)) {
        // The file name travels in the query: the body's first line.
        const qsizetype newline = body.indexOf('\n');
        const QByteArray fileName = newline < 0 ? QByteArray() : body.left(newline);
        body.remove(0, newline + 1);
        request.query.addQueryItem(u"file_name"_s, QString::fromUtf8(fileName));
    }
    request.body = body;
    request.headers.insert("authorization", hub.token(route.who));
    request.headers.insert("content-type", kContentTypes[(flags >> 4) & 0x03]);
    if (!(flags & 0x08))
        request.headers.insert("if-match", "*");
    // Now and then the key of the previous input: the replay and reuse paths.
    if (!(flags & 0x40))
        ++serial;
    request.headers.insert("idempotency-key", "fuzz-" + QByteArray::number(serial));

    checkResponse(hub.send(request), route.path);
    hub.clearFaults();
    return 0;
}
