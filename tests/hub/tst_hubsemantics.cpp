#include "hubprocess.h"
#include "hubtestutil.h"

#include <QTest>

using namespace HubTestUtil;
using namespace Qt::Literals::StringLiterals;

class TestHubSemantics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replayReturnsStoredResponse();
    void keyReuseWithOtherBodyIs422();
    void writeWithoutKeyIs400();
    void staleIfMatchIs412WithCurrent();
    void missingIfMatchIs428();
    void badBodiesAre400_data();
    void badBodiesAre400();
    void wrongContentTypeIs415();
    void oversizedBodiesAre413();
    void unknownRouteAndMethod();

private:
    qint64 newCase();

    HubProcess m_hub;
    HubTestClient m_officer, m_sim;
};

void TestHubSemantics::initTestCase()
{
    m_hub.setArguments({ u"--simulate"_s });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
    m_officer.setBaseUrl(m_hub.baseUrl());
    m_sim.setBaseUrl(m_hub.baseUrl());
    QVERIFY(!m_officer.login(u"petugas1"_s).isEmpty());
}

qint64 TestHubSemantics::newCase()
{
    return newComplaint(m_sim);
}

void TestHubSemantics::replayReturnsStoredResponse()
{
    const qint64 id = newCase();
    const QString cursor = readFeed(m_officer).cursor;
    const QByteArray key = newKey();
    const QJsonObject body { { u"text"_s, u"Catatan sekali saja."_s } };
    const HubReply first = m_officer.post(u"/v1/cases/%1/notes"_s.arg(id), body, key);
    QCOMPARE(first.status, 201);
    const HubReply second = m_officer.post(u"/v1/cases/%1/notes"_s.arg(id), body, key);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(ofKind(readFeed(m_officer, cursor).records, u"note"_s).size(), 1);

    // The same holds for a versioned write: the replay carries the stored ETag.
    const QByteArray fkey = newKey();
    const QJsonObject fbody { { u"to_unit_id"_s, u"dinsos"_s } };
    const HubReply moved = m_officer.post(u"/v1/cases/%1/forward"_s.arg(id), fbody, fkey, "\"1\"");
    QCOMPARE(moved.status, 200);
    const HubReply again = m_officer.post(u"/v1/cases/%1/forward"_s.arg(id), fbody, fkey, "\"1\"");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, moved.body);
    QCOMPARE(etagOf(again), etagOf(moved));
}

void TestHubSemantics::keyReuseWithOtherBodyIs422()
{
    const qint64 id = newCase();
    const QByteArray key = newKey();
    QCOMPARE(
        m_officer.post(u"/v1/cases/%1/notes"_s.arg(id), { { u"text"_s, u"satu"_s } }, key).status,
        201);
    const HubReply reused
        = m_officer.post(u"/v1/cases/%1/notes"_s.arg(id), { { u"text"_s, u"dua"_s } }, key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.problemType(), u"idempotency-key-reused"_s);
}

void TestHubSemantics::writeWithoutKeyIs400()
{
    const qint64 id = newCase();
    const HubReply r = m_officer.post(u"/v1/cases/%1/notes"_s.arg(id), { { u"text"_s, u"x"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.problemType(), u"missing-idempotency-key"_s);
}

void TestHubSemantics::staleIfMatchIs412WithCurrent()
{
    const qint64 id = newCase();
    const HubReply r = m_officer.post(u"/v1/cases/%1/forward"_s.arg(id),
                                      { { u"to_unit_id"_s, u"dinkes"_s } }, newKey(), "\"7\"");
    QCOMPARE(r.status, 412);
    QCOMPARE(r.problemType(), u"precondition-failed"_s);
    QCOMPARE(r.json().value(u"current_version"_s).toInt(), 1);
    QCOMPARE(qint64(r.json().value(u"current"_s).toObject().value(u"tracking_id"_s).toDouble()),
             id);
    QCOMPARE(etagOf(r), QByteArray("\"1\""));
    // Nothing moved.
    QCOMPARE(m_officer.get(u"/v1/cases/%1"_s.arg(id)).status, 200);
}

void TestHubSemantics::missingIfMatchIs428()
{
    const qint64 id = newCase();
    const HubReply r = m_officer.post(u"/v1/cases/%1/forward"_s.arg(id),
                                      { { u"to_unit_id"_s, u"dinkes"_s } }, newKey());
    QCOMPARE(r.status, 428);
    QCOMPARE(r.problemType(), u"precondition-required"_s);
}

void TestHubSemantics::badBodiesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::newRow("not json") << QByteArray("revision=1") << u"malformed-json"_s;
    QTest::newRow("truncated") << QByteArray("{\"case_id\": 1, \"revi") << u"malformed-json"_s;
    QTest::newRow("string for number") << QByteArray(
        "{\"case_id\": \"8000001\", \"revision\": 1, \"text\": \"a\", \"base_case_version\": 0}")
                                       << u"validation"_s;
    QTest::newRow("fraction") << QByteArray(
        "{\"case_id\": 8000001, \"revision\": 1.5, \"text\": \"a\", \"base_case_version\": 0}")
                              << u"validation"_s;
    QTest::newRow("missing text") << QByteArray(
        "{\"case_id\": 8000001, \"revision\": 1, \"base_case_version\": 0}")
                                  << u"validation"_s;
    QTest::newRow("empty text") << QByteArray(
        "{\"case_id\": 8000001, \"revision\": 1, \"text\": \"  \", \"base_case_version\": 0}")
                                << u"validation"_s;
    QTest::newRow("unknown field")
        << QByteArray("{\"case_id\": 8000001, \"revision\": 1, \"text\": \"a\", "
                      "\"base_case_version\": 0, \"x\": 1}")
        << u"validation"_s;
    QTest::newRow("control char") << QByteArray(
        "{\"case_id\": 8000001, \"revision\": 1, \"text\": \"a\\u0001\", \"base_case_version\": 0}")
                                  << u"validation"_s;
}

void TestHubSemantics::badBodiesAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    const HubReply r = m_officer.request(
        "POST", u"/v1/drafts/%1/revisions"_s.arg(newId()), body,
        { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(r.problemType(), type);
    if (type == u"validation"_s)
        QVERIFY(!r.json().value(u"errors"_s).toArray().isEmpty());
}

void TestHubSemantics::wrongContentTypeIs415()
{
    const HubReply r
        = m_officer.request("POST", u"/v1/cases/8000001/notes"_s, "{\"text\": \"x\"}",
                            { { "Content-Type", "text/plain" }, { "Idempotency-Key", newKey() } });
    QCOMPARE(r.status, 415);
}

void TestHubSemantics::oversizedBodiesAre413()
{
    const qint64 id = newCase();
    const QByteArray big = "{\"text\": \"" + QByteArray(1100 * 1024, 'a') + "\"}";
    const HubReply json = m_officer.request(
        "POST", u"/v1/cases/%1/notes"_s.arg(id), big,
        { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
    QCOMPARE(json.status, 413);
    QCOMPARE(json.problemType(), u"payload-too-large"_s);
    const HubReply file = m_officer.request(
        "POST", u"/v1/cases/%1/attachments?file_name=besar.pdf"_s.arg(id),
        QByteArray(10 * 1024 * 1024 + 1, 'x'),
        { { "Content-Type", "application/pdf" }, { "Idempotency-Key", newKey() } });
    QCOMPARE(file.status, 413);
}

void TestHubSemantics::unknownRouteAndMethod()
{
    const HubReply missing = m_officer.get(u"/v1/nothing-here"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(m_officer.request("DELETE", u"/v1/changes"_s).status, 405);
}

QTEST_GUILESS_MAIN(TestHubSemantics)
#include "tst_hubsemantics.moc"
