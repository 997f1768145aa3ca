// The contract between laporhub and the desk, checked on what the hub really sends: a
// generated dataset and every write route, run in-process through the hub's own routes.
// Every record must decode on the desk, every field the hub sends must be read (or be
// listed as ignored on purpose, with its reason), and encoding what was decoded must give
// back the record exactly.
#include "hub/generator.h"
#include "hub/hubdatabase.h"
#include "hub/hubstore.h"
#include "hub/routes.h"
#include "hub/sqlitedb.h"
#include "hub/textgen.h"
#include "protocol/answers.h"
#include "protocol/records.h"
#include "protocol/routes.h"
#include "protocol/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace lapor;
using protocol::RecordKind;
using protocol::Route;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The fields of a JSON object, nested objects and array entries named like
// StrictJson::FieldLog names them: "draft.revisions[].text".
void collectFields(const QString &path, const QJsonObject &object, QSet<QString> *fields)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = path + QLatin1Char('.') + it.key();
        fields->insert(name);
        if (it->isObject())
            collectFields(name, it->toObject(), fields);
        if (it->isArray()) {
            for (const QJsonValue &entry : it->toArray()) {
                if (entry.isObject())
                    collectFields(name + QLatin1String("[]"), entry.toObject(), fields);
            }
        }
    }
}

// The decoders name their objects by kind ("citizen_reply", "draft"); the log does too.
QStringList unreadFields(const QJsonObject &envelope)
{
    const QString kind = envelope.value(QLatin1String("kind")).toString();
    const QJsonObject data = envelope.value(QLatin1String("data")).toObject();
    StrictJson::FieldLog log;
    QString error;
    Wire::decodeChange(envelope, &error);
    QSet<QString> sent;
    collectFields(kind, data, &sent);
    const auto ignored = protocol::RecordKinds::ignoredFields();
    QStringList unread;
    for (const QString &field : std::as_const(sent)) {
        if (!log.fields().contains(field) && !ignored.contains(field))
            unread.append(field);
    }
    unread.sort();
    return unread;
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyKindIsSent();
    void everyRecordDecodes();
    void everyFieldIsReadOrIgnoredOnPurpose();
    void anUnreadFieldIsCaught();
    void recordsRoundTrip();
    void ignoredKindsAndFieldsHaveReasons();
    void writeAnswersAreFeedRecords();
    void routeTableMatchesTheHub();
    void signedInUserIsReadWhole();

private:
    hub::HttpResponse call(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body = {}, const QByteArray &token = {},
                           const QByteArray &ifMatch = {},
                           const QByteArray &contentType = "application/json");
    QByteArray login(const QString &username);
    QList<QJsonObject> readFeed(const QByteArray &token);
    QJsonObject post(Route route, const QStringList &arguments, const QJsonObject &body,
                     const QByteArray &token, const QByteArray &ifMatch = {});

    QTemporaryDir m_dir;
    std::unique_ptr<hub::HubDatabase> m_database;
    std::unique_ptr<hub::Routes> m_routes;
    QList<QJsonObject> m_records; // every feed record of three users, in feed order
    QList<QPair<Route, QJsonObject>> m_answers; // the answers of the write routes
};

hub::HttpResponse TestContract::call(const QByteArray &method, const QString &pathAndQuery,
                                     const QByteArray &body, const QByteArray &token,
                                     const QByteArray &ifMatch, const QByteArray &contentType)
{
    hub::HttpRequest request;
    request.method = method;
    request.path = pathAndQuery.section(QLatin1Char('?'), 0, 0);
    request.query = QUrlQuery(pathAndQuery.section(QLatin1Char('?'), 1));
    request.body = body;
    request.headers.insert("content-type", contentType);
    if (!token.isEmpty())
        request.headers.insert("authorization", "Bearer " + token);
    if (!ifMatch.isEmpty())
        request.headers.insert("if-match", '"' + ifMatch + '"');
    if (method == "POST")
        request.headers.insert("idempotency-key", newId().toLatin1());
    return m_routes->run(m_routes->match(request), request);
}

QByteArray TestContract::login(const QString &username)
{
    const QJsonObject body { { QStringLiteral("username"), username },
                             { QStringLiteral("password"), hub::Generator::defaultPassword() } };
    const auto response
        = call("POST", protocol::Routes::path(Route::AuthToken), QJsonDocument(body).toJson());
    if (response.status != 200)
        return {};
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(QLatin1String("access_token"))
        .toString()
        .toLatin1();
}

QList<QJsonObject> TestContract::readFeed(const QByteArray &token)
{
    QList<QJsonObject> records;
    QString cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        const auto response = call("GET",
                                   protocol::Routes::path(Route::Changes)
                                       + QStringLiteral("?limit=1000&after=") + cursor,
                                   {}, token);
        if (response.status != 200)
            return {};
        QString malformed;
        QString why;
        const auto page = Wire::decodeFeedPage(response.body, 1000, &malformed, &why);
        if (!page)
            return {};
        for (const JsonRef &record : page->records)
            records.append(record.toValue().toObject());
        cursor = page->nextCursor;
        if (!page->more)
            break;
    }
    return records;
}

QJsonObject TestContract::post(Route route, const QStringList &arguments, const QJsonObject &body,
                               const QByteArray &token, const QByteArray &ifMatch)
{
    const auto response = call("POST", protocol::Routes::path(route, arguments),
                               QJsonDocument(body).toJson(), token, ifMatch);
    if (!response.isSuccess()) {
        qWarning("%s answered %d: %s", qPrintable(protocol::Routes::id(route)), response.status,
                 response.body.constData());
        return {};
    }
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    m_answers.append({ route, answer });
    return answer;
}

void TestContract::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<hub::HubDatabase>(m_dir.path());
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    {
        hub::TextGen text;
        hub::HubStore store(m_database->db());
        hub::Generator generator(store, text);
        const hub::GeneratorOptions options { 300, 7, QDate(2026, 11, 30) };
        hub::Transaction tx(m_database->db());
        m_database->createSchema();
        generator.writeBase(options);
        generator.writeCases(options);
        tx.commit();
    }
    hub::HubConfig config;
    config.allowPasswordGrant = true; // the desk's sign-in as the tests use it
    m_routes = std::make_unique<hub::Routes>(m_database->db(), config);

    const QByteArray officer = login(QStringLiteral("petugas1"));
    const QByteArray approver = login(QStringLiteral("kepala1"));
    const QByteArray coordinator = login(QStringLiteral("koordinator"));
    QVERIFY(!officer.isEmpty() && !approver.isEmpty() && !coordinator.isEmpty());

    // Three open cases of the officer's unit, and a unit to forward one to.
    const QList<QJsonObject> before = readFeed(officer);
    QVERIFY(!before.isEmpty());
    QList<QJsonObject> open;
    QString otherUnit;
    QString ownUnit;
    for (const QJsonObject &record : before) {
        const QJsonObject data = record.value(QLatin1String("data")).toObject();
        const QString kind = record.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("case") && open.size() < 3
            && data.value(QLatin1String("status")).toString() == QLatin1String("in_progress")) {
            open.append(data);
            ownUnit = data.value(QLatin1String("unit_id")).toString();
        }
    }
    for (const QJsonObject &record : before) {
        const QJsonObject data = record.value(QLatin1String("data")).toObject();
        if (record.value(QLatin1String("kind")).toString() == QLatin1String("unit")
            && data.value(QLatin1String("id")).toString() != ownUnit && otherUnit.isEmpty())
            otherUnit = data.value(QLatin1String("id")).toString();
    }
    QCOMPARE(open.size(), 3);
    QVERIFY(!otherUnit.isEmpty());
    const auto caseId = [](const QJsonObject &c) {
        return QString::number(qint64(c.value(QLatin1String("tracking_id")).toDouble()));
    };
    const auto version = [](const QJsonObject &o) {
        return QByteArray::number(qint64(o.value(QLatin1String("version")).toDouble()));
    };

    // A draft with an attachment and a note, approved; a forward; a not-authority return.
    const QString draftId = newId();
    const QJsonObject draft = post(
        Route::DraftsSubmit, { draftId },
        { { QStringLiteral("case_id"), open[0].value(QLatin1String("tracking_id")) },
          { QStringLiteral("revision"), 1 },
          { QStringLiteral("text"), QStringLiteral("Jalan sudah kami tinjau dan diperbaiki.") },
          { QStringLiteral("base_case_version"), open[0].value(QLatin1String("version")) } },
        officer);
    QVERIFY(!draft.isEmpty());
    const auto upload
        = call("POST",
               protocol::Routes::path(Route::AttachmentsUpload, { caseId(open[0]) })
                   + QStringLiteral("?file_name=survei.txt&owner_kind=draft&owner_id=") + draftId,
               "hasil survei lapangan", officer, {}, "text/plain");
    QCOMPARE(upload.status, 201);
    m_answers.append({ Route::AttachmentsUpload, QJsonDocument::fromJson(upload.body).object() });
    QVERIFY(!post(Route::CasesNotes, { caseId(open[0]) },
                  { { QStringLiteral("text"), QStringLiteral("Sudah dikoordinasikan.") },
                    { QStringLiteral("id"), newId() } },
                  officer)
                 .isEmpty());
    QVERIFY(!post(Route::DraftsDecide, { draftId },
                  { { QStringLiteral("decision"), QStringLiteral("approve") },
                    { QStringLiteral("revision"), 1 },
                    { QStringLiteral("comment"), QString() } },
                  approver, version(draft))
                 .isEmpty());
    QVERIFY(!post(Route::CasesForward, { caseId(open[1]) },
                  { { QStringLiteral("to_unit_id"), otherUnit },
                    { QStringLiteral("note"), QStringLiteral("Kewenangan dinas lain.") } },
                  officer, version(open[1]))
                 .isEmpty());
    QVERIFY(!post(Route::CasesNotAuthority, { caseId(open[2]) },
                  { { QStringLiteral("reason"),
                      QStringLiteral("Jalan nasional, kewenangan balai jalan.") } },
                  approver, version(open[2]))
                 .isEmpty());

    for (const QByteArray &token : { officer, approver, coordinator })
        m_records += readFeed(token);
    QVERIFY(m_records.size() > before.size());
}

void TestContract::cleanupTestCase()
{
    m_routes.reset();
    m_database.reset();
}

void TestContract::everyKindIsSent()
{
    QSet<QString> sent;
    for (const QJsonObject &record : std::as_const(m_records))
        sent.insert(record.value(QLatin1String("kind")).toString());
    for (RecordKind kind : protocol::RecordKinds::all())
        QVERIFY2(
            sent.contains(protocol::RecordKinds::key(kind)),
            qPrintable(
                QStringLiteral("no %1 record to check").arg(protocol::RecordKinds::key(kind))));
    for (const QString &kind : std::as_const(sent))
        QVERIFY2(protocol::RecordKinds::fromKey(kind),
                 qPrintable(QStringLiteral("the hub sends kind %1, which the protocol does not "
                                           "name")
                                .arg(kind)));
}

void TestContract::everyRecordDecodes()
{
    for (const QJsonObject &record : std::as_const(m_records)) {
        QString error;
        const auto decoded = Wire::decodeChange(record, &error);
        QVERIFY2(decoded, qPrintable(error));
        const QString kind = record.value(QLatin1String("kind")).toString();
        const bool skipped = std::holds_alternative<std::monostate>(*decoded);
        QCOMPARE(skipped, protocol::RecordKinds::ignoredKinds().contains(kind));
    }
}

void TestContract::everyFieldIsReadOrIgnoredOnPurpose()
{
    QSet<QString> unread;
    for (const QJsonObject &record : std::as_const(m_records)) {
        if (protocol::RecordKinds::ignoredKinds().contains(
                record.value(QLatin1String("kind")).toString()))
            continue;
        for (const QString &field : unreadFields(record))
            unread.insert(field);
    }
    QStringList list(unread.begin(), unread.end());
    list.sort();
    QVERIFY2(list.isEmpty(),
             qPrintable(QStringLiteral("the hub sends fields the desk neither reads nor lists "
                                       "in RecordKinds::ignoredFields(): ")
                        + list.join(QStringLiteral(", "))));
}

void TestContract::anUnreadFieldIsCaught()
{
    // The check above has teeth: a field the decoder does not know is reported.
    QJsonObject record;
    for (const QJsonObject &r : std::as_const(m_records)) {
        if (r.value(QLatin1String("kind")).toString() == QLatin1String("draft")) {
            record = r;
            break;
        }
    }
    QVERIFY(!record.isEmpty());
    QJsonObject data = record.value(QLatin1String("data")).toObject();
    data.insert(QStringLiteral("priority"), QStringLiteral("high"));
    QJsonArray revisions = data.value(QLatin1String("revisions")).toArray();
    QJsonObject first = revisions.at(0).toObject();
    first.insert(QStringLiteral("author_id"), QStringLiteral("u-petugas1"));
    revisions[0] = first;
    data.insert(QStringLiteral("revisions"), revisions);
    record.insert(QStringLiteral("data"), data);
    QCOMPARE(unreadFields(record),
             QStringList({ QStringLiteral("draft.priority"),
                           QStringLiteral("draft.revisions[].author_id") }));
}

void TestContract::recordsRoundTrip()
{
    int checked = 0;
    for (const QJsonObject &record : std::as_const(m_records)) {
        const QString kind = record.value(QLatin1String("kind")).toString();
        QString error;
        QJsonObject again;
        if (kind == QLatin1String("agency")) {
            const auto agency
                = Wire::decodeAgency(record.value(QLatin1String("data")).toObject(), &error);
            QVERIFY2(agency, qPrintable(error));
            again = QJsonObject { { QStringLiteral("kind"), kind },
                                  { QStringLiteral("data"), Wire::encode(*agency) } };
        } else {
            const auto decoded = Wire::decodeChange(record, &error);
            QVERIFY2(decoded, qPrintable(error));
            again = Wire::encodeChange(*decoded);
        }
        if (again != record)
            QFAIL(qPrintable(
                QStringLiteral("%1 changes on the way back:\n  sent %2\n  back %3")
                    .arg(kind,
                         QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(again).toJson(QJsonDocument::Compact)))));
        ++checked;
    }
    QCOMPARE(checked, m_records.size());
}

void TestContract::ignoredKindsAndFieldsHaveReasons()
{
    const auto kinds = protocol::RecordKinds::ignoredKinds();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        QVERIFY(protocol::RecordKinds::fromKey(it.key()));
        QVERIFY2(it.value().size() > 20, qPrintable(it.key()));
    }
    const auto fields = protocol::RecordKinds::ignoredFields();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        QVERIFY2(it.value().size() > 20, qPrintable(it.key()));
}

void TestContract::writeAnswersAreFeedRecords()
{
    // Every write the desk sends is answered with records it applies like the feed's.
    QList<Route> seen;
    for (const auto &[route, answer] : std::as_const(m_answers)) {
        QString error;
        const auto records = Wire::decodeAnswer(route, answer, &error);
        QVERIFY2(records, qPrintable(protocol::Routes::id(route) + QStringLiteral(": ") + error));
        QVERIFY(!records->isEmpty());
        for (const ChangeData &record : *records)
            QVERIFY(!std::holds_alternative<std::monostate>(record));
        seen.append(route);
    }
    for (Route route : { Route::DraftsSubmit, Route::DraftsDecide, Route::CasesForward,
                         Route::CasesNotAuthority, Route::CasesNotes, Route::AttachmentsUpload })
        QVERIFY2(seen.contains(route), qPrintable(protocol::Routes::id(route)));

    // An answer that breaks the contract is refused whole, with the reason.
    QString error;
    QVERIFY(!Wire::decodeAnswer(Route::CasesNotes, QJsonObject { { QStringLiteral("id"), 1 } },
                                &error));
    QVERIFY(!error.isEmpty());
}

void TestContract::routeTableMatchesTheHub()
{
    // Every non-simulation route of the table is served, under its id, and nothing else.
    QStringList table;
    for (Route route : protocol::Routes::all()) {
        if (!protocol::Routes::isSimulation(route) && !table.contains(protocol::Routes::id(route)))
            table.append(protocol::Routes::id(route));
    }
    QStringList served = m_routes->routeIds();
    table.sort();
    served.sort();
    QCOMPARE(served, table);
    QCOMPARE(protocol::Routes::path(Route::DraftsDecide, { QStringLiteral("abc") }),
             QStringLiteral("/v1/drafts/abc/decision"));
    QCOMPARE(protocol::Routes::fromId(QStringLiteral("cases.not_authority")),
             std::optional<Route>(Route::CasesNotAuthority));
}

void TestContract::signedInUserIsReadWhole()
{
    const QJsonObject body { { QStringLiteral("username"), QStringLiteral("kepala1") },
                             { QStringLiteral("password"), hub::Generator::defaultPassword() } };
    const auto response
        = call("POST", protocol::Routes::path(Route::AuthToken), QJsonDocument(body).toJson());
    QCOMPARE(response.status, 200);
    const QJsonObject user
        = QJsonDocument::fromJson(response.body).object().value(QLatin1String("user")).toObject();
    StrictJson::FieldLog log;
    QString error;
    const auto decoded = Wire::decodeSignedInUser(user, &error);
    QVERIFY2(decoded, qPrintable(error));
    QSet<QString> sent;
    collectFields(QStringLiteral("user"), user, &sent);
    for (const QString &field : std::as_const(sent))
        QVERIFY2(log.fields().contains(field), qPrintable(field + QStringLiteral(" is not read")));
    QCOMPARE(Wire::encode(*decoded), user);
    QVERIFY(!decoded->agencyZone.isEmpty());
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
