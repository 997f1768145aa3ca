#include "scriptedhub.h"

#include "hubapi/hubclient.h"

#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace lapor::test {

bool ScriptedHub::start()
{
    m_server.route(QStringLiteral("/v1/auth/token"), [] {
        return QHttpServerResponse(QJsonObject {
            { QStringLiteral("access_token"), QStringLiteral("a") },
            { QStringLiteral("refresh_token"), QStringLiteral("r") },
            { QStringLiteral("expires_in"), 600 },
        });
    });
    m_server.route(QStringLiteral("/v1/changes"), [this](const QHttpServerRequest &request) {
        const QString after = request.query().queryItemValue(QStringLiteral("after"));
        QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                     m_pages.value(after, page({}, after)));
        if (const QByteArray link = m_links.value(after); !link.isEmpty())
            response.setHeader("Link", link);
        return response;
    });
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return port != 0;
}

SyncEngine::Report ScriptedHub::sync(Database &db, int timeoutMs, TestLocation where)
{
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client({ m_url, {}, 5000 }, tokens);
    auto *login = client.login(QStringLiteral("petugas1"), QStringLiteral("latihan"));
    QSignalSpy loggedIn(login, &HubCall::finished);
    if (!loggedIn.wait(5000) || !login->error().ok()) {
        QTest::qFail(qPrintable(QStringLiteral("login against the scripted hub failed: ")
                                + login->error().userMessage()),
                     where.file_name(), where.line());
        return {};
    }
    SyncEngine engine(client, db, WorkingCalendar::national(AgencyZone::WITA));
    engine.setMaxAttempts(1);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        QTest::qFail("the sync did not finish in time", where.file_name(), where.line());
        return {};
    }
    return engine.lastReport();
}

QJsonObject ScriptedHub::record(const char *kind, const QJsonObject &data)
{
    return { { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("data"), data } };
}

QJsonObject ScriptedHub::followupRecord(const QString &id, qint64 caseId, const QString &text)
{
    return record("followup",
                  {
                      { QStringLiteral("id"), id },
                      { QStringLiteral("case_id"), double(caseId) },
                      { QStringLiteral("author_id"), QStringLiteral("u-officer") },
                      { QStringLiteral("unit_id"), QStringLiteral("dpupr") },
                      { QStringLiteral("text"), text },
                      { QStringLiteral("published_at"), QStringLiteral("2026-11-04T03:00:00Z") },
                  });
}

QJsonObject ScriptedHub::caseRecord(qint64 id, int version, const QString &title)
{
    return record("case",
                  {
                      { QStringLiteral("tracking_id"), double(id) },
                      { QStringLiteral("title"), title },
                      { QStringLiteral("content"), QStringLiteral("Sudah seminggu gelap.") },
                      { QStringLiteral("category"), QStringLiteral("INFRASTRUKTUR") },
                      { QStringLiteral("subcategory"), QStringLiteral("PENERANGAN JALAN") },
                      { QStringLiteral("channel"), QStringLiteral("web") },
                      { QStringLiteral("status"), QStringLiteral("disposed") },
                      { QStringLiteral("agency_id"), QStringLiteral("hsu") },
                      { QStringLiteral("unit_id"), QStringLiteral("dpupr") },
                      { QStringLiteral("assignee_id"), QString() },
                      { QStringLiteral("anonymous"), false },
                      { QStringLiteral("confidential"), false },
                      { QStringLiteral("reporter_name"), QStringLiteral("Siti") },
                      { QStringLiteral("received_at"), QStringLiteral("2026-11-02T01:00:00Z") },
                      { QStringLiteral("disposed_at"), QStringLiteral("2026-11-03T02:00:00Z") },
                      { QStringLiteral("first_followup_at"), QJsonValue() },
                      { QStringLiteral("last_followup_at"), QJsonValue() },
                      { QStringLiteral("last_reply_at"), QJsonValue() },
                      { QStringLiteral("resolution_days"), 14 },
                      { QStringLiteral("rating"), 0 },
                      { QStringLiteral("version"), version },
                  });
}

QJsonObject ScriptedHub::withField(QJsonObject record, const char *key, const QJsonValue &value)
{
    QJsonObject data = record.value(QStringLiteral("data")).toObject();
    if (value.isUndefined())
        data.remove(QLatin1String(key));
    else
        data.insert(QLatin1String(key), value);
    record.insert(QStringLiteral("data"), data);
    return record;
}

QByteArray ScriptedHub::page(const QJsonArray &changes, const QString &next, bool more)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("records"), changes },
                                       { QStringLiteral("next_cursor"), next },
                                       { QStringLiteral("more"), more } })
        .toJson(QJsonDocument::Compact);
}

} // namespace lapor::test
