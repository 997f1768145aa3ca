// Uploads in parts (docs/hub-api.md, "Uploads in parts"): a session per key, parts at the
// hub's offset, completion into the attachment record, resumption, expiry and refusals.
#include "hubprocess.h"
#include "hubtestutil.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTest>

using namespace HubTestUtil;
using namespace Qt::Literals::StringLiterals;

class TestHubUploads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void partsMakeTheAttachment();
    void sameKeyResumesTheSession();
    void partAtTheWrongOffsetNamesTheRightOne();
    void completingTooEarlyOrTwice();
    void corruptPartsStartOver();
    void othersCannotSeeOrAppend();
    void badSessionsAreRefused_data();
    void badSessionsAreRefused();
    void unusedSessionsExpireAfterADay();

private:
    static QByteArray file(int size);
    static QJsonObject session(const QByteArray &bytes, const QString &name = u"foto.jpg"_s);
    HubReply create(qint64 caseId, const QJsonObject &body, const QByteArray &key,
                    HubTestClient *client = nullptr);
    HubReply append(const QString &id, qint64 offset, const QByteArray &part,
                    HubTestClient *client = nullptr);

    HubProcess m_hub;
    HubTestClient m_officer, m_other, m_sim;
};

void TestHubUploads::initTestCase()
{
    m_hub.setArguments({ u"--simulate"_s });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
    m_officer.setBaseUrl(m_hub.baseUrl());
    m_other.setBaseUrl(m_hub.baseUrl());
    m_sim.setBaseUrl(m_hub.baseUrl());
    QVERIFY(!m_officer.login(u"petugas1"_s).isEmpty());
    QVERIFY(!m_other.login(u"petugas2"_s).isEmpty());
}

QByteArray TestHubUploads::file(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) % 256);
    return bytes;
}

QJsonObject TestHubUploads::session(const QByteArray &bytes, const QString &name)
{
    return { { u"file_name"_s, name },
             { u"content_type"_s, u"image/jpeg"_s },
             { u"length"_s, double(bytes.size()) },
             { u"sha256"_s,
               QString::fromLatin1(
                   QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) } };
}

HubReply TestHubUploads::create(qint64 caseId, const QJsonObject &body, const QByteArray &key,
                                HubTestClient *client)
{
    return (client ? *client : m_officer).post(u"/v1/cases/%1/uploads"_s.arg(caseId), body, key);
}

HubReply TestHubUploads::append(const QString &id, qint64 offset, const QByteArray &part,
                                HubTestClient *client)
{
    return (client ? *client : m_officer)
        .request("PATCH", u"/v1/uploads/%1?offset=%2"_s.arg(id).arg(offset), part,
                 { { "Content-Type", "application/offset+octet-stream" } });
}

void TestHubUploads::partsMakeTheAttachment()
{
    const qint64 caseId = newComplaint(m_sim);
    const QByteArray bytes = file(300000);
    const HubReply created = create(caseId, session(bytes), newKey());
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"id"_s).toString();
    QCOMPARE(created.header("location"), "/v1/uploads/" + id.toLatin1());
    QCOMPARE(created.json().value(u"offset"_s).toInt(), 0);
    for (qint64 at = 0; at < bytes.size(); at += 100000) {
        const HubReply part = append(id, at, bytes.mid(at, 100000));
        QCOMPARE(part.status, 200);
        QCOMPARE(part.json().value(u"offset"_s).toInteger(),
                 qMin<qint64>(at + 100000, bytes.size()));
        QCOMPARE(part.header("upload-offset"),
                 QByteArray::number(qMin<qint64>(at + 100000, bytes.size())));
    }
    const HubReply done = m_officer.post(u"/v1/uploads/%1/complete"_s.arg(id), {});
    QCOMPARE(done.status, 201);
    QCOMPARE(done.json().value(u"size"_s).toInt(), bytes.size());
    QCOMPARE(done.json().value(u"file_name"_s).toString(), u"foto.jpg"_s);
    const HubReply whole = m_officer.get(QString::fromLatin1(done.header("location")));
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.body, bytes);
    // The attachment reaches the feed once, like one sent in a single request.
    const Feed feed = readFeed(m_officer);
    int seen = 0;
    for (const QJsonObject &a : ofKind(feed.records, u"attachment"_s))
        seen += a.value(u"id"_s) == done.json().value(u"id"_s) ? 1 : 0;
    QCOMPARE(seen, 1);
}

void TestHubUploads::sameKeyResumesTheSession()
{
    const qint64 caseId = newComplaint(m_sim);
    const QByteArray bytes = file(50000);
    const QByteArray key = newKey();
    const HubReply first = create(caseId, session(bytes), key);
    QCOMPARE(first.status, 201);
    const QString id = first.json().value(u"id"_s).toString();
    QCOMPARE(append(id, 0, bytes.left(20000)).status, 200);
    // A desk that restarted asks again with the entry's key and learns where to go on.
    const HubReply again = create(caseId, session(bytes), key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"id"_s).toString(), id);
    QCOMPARE(again.json().value(u"offset"_s).toInt(), 20000);
    QCOMPARE(m_officer.get(u"/v1/uploads/"_s + id).json().value(u"offset"_s).toInt(), 20000);
    // The same key for another file is refused.
    const HubReply other = create(caseId, session(file(50001)), key);
    QCOMPARE(other.status, 422);
    QCOMPARE(other.problemType(), u"idempotency-key-reused"_s);
}

void TestHubUploads::partAtTheWrongOffsetNamesTheRightOne()
{
    const qint64 caseId = newComplaint(m_sim);
    const QByteArray bytes = file(30000);
    const QString id = create(caseId, session(bytes), newKey()).json().value(u"id"_s).toString();
    QCOMPARE(append(id, 0, bytes.left(10000)).status, 200);
    // The same part again (its answer was lost): refused, with where the hub stands.
    const HubReply twice = append(id, 0, bytes.left(10000));
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.problemType(), u"upload-offset"_s);
    QCOMPARE(twice.json().value(u"offset"_s).toInt(), 10000);
    QCOMPARE(twice.header("upload-offset"), QByteArray("10000"));
    const HubReply ahead = append(id, 20000, bytes.mid(20000));
    QCOMPARE(ahead.status, 409);
    QCOMPARE(ahead.json().value(u"offset"_s).toInt(), 10000);
    // Past the declared length.
    QCOMPARE(append(id, 10000, file(20001)).status, 400);
    QCOMPARE(append(id, 10000, bytes.mid(10000)).status, 200);
}

void TestHubUploads::completingTooEarlyOrTwice()
{
    const qint64 caseId = newComplaint(m_sim);
    const QByteArray bytes = file(4000);
    const QString id = create(caseId, session(bytes), newKey()).json().value(u"id"_s).toString();
    QCOMPARE(append(id, 0, bytes.left(1000)).status, 200);
    const HubReply early = m_officer.post(u"/v1/uploads/%1/complete"_s.arg(id), {});
    QCOMPARE(early.status, 409);
    QCOMPARE(early.problemType(), u"upload-incomplete"_s);
    QCOMPARE(early.json().value(u"offset"_s).toInt(), 1000);
    QCOMPARE(append(id, 1000, bytes.mid(1000)).status, 200);
    const HubReply done = m_officer.post(u"/v1/uploads/%1/complete"_s.arg(id), {});
    QCOMPARE(done.status, 201);
    // Completing again (the answer was lost) gives the same attachment, not a second one.
    const HubReply again = m_officer.post(u"/v1/uploads/%1/complete"_s.arg(id), {});
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json().value(u"id"_s), done.json().value(u"id"_s));
    QCOMPARE(m_officer.get(u"/v1/uploads/"_s + id).json().value(u"completed"_s).toBool(), true);
    const HubReply late = append(id, 4000, bytes.left(1));
    QCOMPARE(late.status, 409);
    QCOMPARE(late.json().value(u"offset"_s).toInt(), 4000);
}

void TestHubUploads::corruptPartsStartOver()
{
    const qint64 caseId = newComplaint(m_sim);
    const QByteArray bytes = file(5000);
    const QString id = create(caseId, session(bytes), newKey()).json().value(u"id"_s).toString();
    QByteArray wrong = bytes;
    wrong[4000] = char(wrong[4000] ^ 0x55);
    QCOMPARE(append(id, 0, wrong).status, 200);
    const HubReply corrupt = m_officer.post(u"/v1/uploads/%1/complete"_s.arg(id), {});
    QCOMPARE(corrupt.status, 422);
    QCOMPARE(corrupt.problemType(), u"upload-corrupt"_s);
    QCOMPARE(m_officer.get(u"/v1/uploads/"_s + id).json().value(u"offset"_s).toInt(), 0);
    QCOMPARE(append(id, 0, bytes).status, 200);
    QCOMPARE(m_officer.post(u"/v1/uploads/%1/complete"_s.arg(id), {}).status, 201);
}

void TestHubUploads::othersCannotSeeOrAppend()
{
    const qint64 caseId = newComplaint(m_sim);
    const QByteArray bytes = file(3000);
    const QString id = create(caseId, session(bytes), newKey()).json().value(u"id"_s).toString();
    QCOMPARE(m_other.get(u"/v1/uploads/"_s + id).status, 404);
    QCOMPARE(append(id, 0, bytes, &m_other).status, 404);
    QCOMPARE(m_other.post(u"/v1/uploads/%1/complete"_s.arg(id), {}).status, 404);
    QCOMPARE(m_officer.get(u"/v1/uploads/"_s + id).json().value(u"offset"_s).toInt(), 0);
    // A case outside the caller's unit cannot be uploaded to either.
    const qint64 elsewhere = newComplaint(m_sim, u"dinkes"_s);
    QCOMPARE(create(elsewhere, session(bytes), newKey()).status, 404);
}

void TestHubUploads::badSessionsAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("empty") << u"length"_s << QJsonValue(0) << 400;
    QTest::newRow("too large") << u"length"_s << QJsonValue(10.0 * 1024 * 1024 + 1) << 400;
    QTest::newRow("no name") << u"file_name"_s << QJsonValue(u"../"_s) << 400;
    QTest::newRow("bad hash") << u"sha256"_s << QJsonValue(QString(64, u'Z')) << 400;
    QTest::newRow("exe") << u"content_type"_s << QJsonValue(u"application/x-msdownload"_s) << 415;
    QTest::newRow("owner") << u"owner_kind"_s << QJsonValue(u"followup"_s) << 400;
}

void TestHubUploads::badSessionsAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    const qint64 caseId = newComplaint(m_sim);
    QJsonObject body = session(file(100));
    body.insert(field, value);
    QCOMPARE(create(caseId, body, newKey()).status, status);
    // No key, no session.
    QCOMPARE(create(caseId, session(file(100)), QByteArray()).status, 400);
}

void TestHubUploads::unusedSessionsExpireAfterADay()
{
    const qint64 caseId = newComplaint(m_sim);
    const QByteArray bytes = file(2000);
    const QByteArray key = newKey();
    const QString id = create(caseId, session(bytes), key).json().value(u"id"_s).toString();
    QCOMPARE(append(id, 0, bytes.left(1000)).status, 200);
    advanceClock(m_sim, 25 * 3600);
    QVERIFY(!m_officer.login(u"petugas1"_s).isEmpty()); // the day took the token with it
    QCOMPARE(m_officer.get(u"/v1/uploads/"_s + id).status, 404);
    QCOMPARE(append(id, 1000, bytes.mid(1000)).status, 404);
    // The same key starts a new session from byte 0.
    const HubReply fresh = create(caseId, session(bytes), key);
    QCOMPARE(fresh.status, 201);
    QVERIFY(fresh.json().value(u"id"_s).toString() != id);
    QCOMPARE(fresh.json().value(u"offset"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestHubUploads)
#include "tst_hubuploads.moc"
