#include "hubprocess.h"
#include "hubtestutil.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <zlib.h>

using namespace HubTestUtil;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray gunzip(const QByteArray &data)
{
    z_stream stream {};
    inflateInit2(&stream, 15 + 16);
    QByteArray out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

qint64 caseIdOf(const QJsonObject &record)
{
    const QJsonObject data = record.value(u"data"_s).toObject();
    if (record.value(u"kind"_s).toString() == u"case"_s)
        return qint64(data.value(u"tracking_id"_s).toDouble());
    return qint64(data.value(u"case_id"_s).toDouble());
}

} // namespace

class TestHubChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingCoversEverythingOnce();
    void unitUsersSeeOnlyTheirUnit_data();
    void unitUsersSeeOnlyTheirUnit();
    void casesPrecedeTheirRecords();
    void recordShapesAreStrict();
    void noChangeIsEmptyPage();
    void newComplaintArrivesOnlyInItsUnit();
    void movedCaseIsRemovedAndArrives();
    void badParametersAre400();
    void gzipWhenAsked();
    void keptAliveConnectionsDoNotStall();
    void nextPageIsNamedInTheHead();

private:
    HubProcess m_hub;
};

void TestHubChanges::initTestCase()
{
    m_hub.setArguments({ u"--generate"_s, u"300"_s, u"--seed"_s, u"11"_s, u"--simulate"_s });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
}

void TestHubChanges::pagingCoversEverythingOnce()
{
    HubTestClient client(m_hub.baseUrl());
    QVERIFY(!client.login(u"koordinator"_s).isEmpty());
    const HubReply count = client.get(u"/v1/changes/count"_s);
    QCOMPARE(count.status, 200);
    const Feed feed = readFeed(client, {}, 97);
    QVERIFY(feed.ok);
    QVERIFY(feed.pages > 3);
    QCOMPARE(feed.records.size(), count.json().value(u"count"_s).toInt());
    QSet<QString> seen;
    for (const QJsonObject &r : feed.records) {
        const QJsonObject data = r.value(u"data"_s).toObject();
        const QString key = r.value(u"kind"_s).toString() + u':'
            + data.value(u"id"_s).toVariant().toString()
            + data.value(u"tracking_id"_s).toVariant().toString()
            + data.value(u"date"_s).toString();
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
    QCOMPARE(ofKind(feed.records, u"case"_s).size(), 300);
    QVERIFY(ofKind(feed.records, u"holiday"_s).size() > 20);
    QCOMPARE(ofKind(feed.records, u"unit"_s).size(), 7);
    QCOMPARE(ofKind(feed.records, u"agency"_s).size(), 1);
    // The count after the last cursor is zero.
    const HubReply rest = client.get(u"/v1/changes/count?after="_s + feed.cursor);
    QCOMPARE(rest.status, 200);
    QCOMPARE(rest.json().value(u"count"_s).toInt(), 0);
}

void TestHubChanges::unitUsersSeeOnlyTheirUnit_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("unit");
    QTest::newRow("petugas1") << u"petugas1"_s << u"dpupr"_s;
    QTest::newRow("kepala2") << u"kepala2"_s << u"dinkes"_s;
}

void TestHubChanges::unitUsersSeeOnlyTheirUnit()
{
    QFETCH(QString, user);
    QFETCH(QString, unit);
    HubTestClient client(m_hub.baseUrl());
    QVERIFY(!client.login(user).isEmpty());
    const Feed feed = readFeed(client);
    QVERIFY(feed.ok);
    const auto cases = ofKind(feed.records, u"case"_s);
    QVERIFY(cases.size() > 10);
    QSet<qint64> mine;
    for (const QJsonObject &c : cases) {
        QCOMPARE(c.value(u"unit_id"_s).toString(), unit);
        mine.insert(qint64(c.value(u"tracking_id"_s).toDouble()));
    }
    for (const QJsonObject &r : feed.records) {
        const qint64 id = caseIdOf(r);
        if (id > 0)
            QVERIFY2(mine.contains(id), qPrintable(QString::number(id)));
    }
    // Global records (units, holidays, users) reach everybody.
    QCOMPARE(ofKind(feed.records, u"unit"_s).size(), 7);
}

void TestHubChanges::casesPrecedeTheirRecords()
{
    HubTestClient client(m_hub.baseUrl());
    QVERIFY(!client.login(u"petugas1"_s).isEmpty());
    const Feed feed = readFeed(client, {}, 50);
    QSet<qint64> known;
    int checked = 0;
    for (const QJsonObject &r : feed.records) {
        const qint64 id = caseIdOf(r);
        if (r.value(u"kind"_s).toString() == u"case"_s) {
            known.insert(id);
        } else if (id > 0 && r.value(u"kind"_s).toString() != u"remove"_s) {
            QVERIFY2(known.contains(id), qPrintable(r.value(u"kind"_s).toString()));
            ++checked;
        }
    }
    QVERIFY(checked > 0); // the order was actually looked at
}

void TestHubChanges::recordShapesAreStrict()
{
    HubTestClient client(m_hub.baseUrl());
    QVERIFY(!client.login(u"koordinator"_s).isEmpty());
    const Feed feed = readFeed(client);
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    const QSet<QString> statuses { u"unverified"_s, u"disposed"_s, u"in_progress"_s,  u"done"_s,
                                   u"postponed"_s,  u"archived"_s, u"not_authority"_s };
    const auto cases = ofKind(feed.records, u"case"_s);
    int anonymous = 0, confidential = 0;
    for (const QJsonObject &c : cases) {
        QVERIFY(c.value(u"tracking_id"_s).isDouble());
        QVERIFY(c.value(u"version"_s).isDouble());
        QVERIFY(c.value(u"anonymous"_s).isBool());
        QVERIFY(statuses.contains(c.value(u"status"_s).toString()));
        QVERIFY(iso.match(c.value(u"received_at"_s).toString()).hasMatch());
        for (const char *key :
             { "disposed_at", "first_followup_at", "last_followup_at", "last_reply_at" }) {
            const QJsonValue v = c.value(QLatin1String(key));
            QVERIFY(v.isNull() || iso.match(v.toString()).hasMatch());
        }
        if (c.value(u"anonymous"_s).toBool()) {
            ++anonymous;
            QVERIFY(c.value(u"reporter_name"_s).toString().isEmpty());
        }
        confidential += c.value(u"confidential"_s).toBool();
        QCOMPARE(c.size(), 22); // no field more, no field less
    }
    QVERIFY(anonymous > 0);
    QVERIFY(confidential > 0);
    const auto followups = ofKind(feed.records, u"followup"_s);
    QVERIFY(!followups.isEmpty());
    for (const QJsonObject &f : followups) {
        QVERIFY(f.value(u"case_id"_s).isDouble());
        QVERIFY(iso.match(f.value(u"published_at"_s).toString()).hasMatch());
    }
    const auto replies = ofKind(feed.records, u"citizen_reply"_s);
    QVERIFY(!replies.isEmpty());
    for (const QJsonObject &r : replies) {
        const int rating = r.value(u"rating"_s).toInt(-1);
        QVERIFY(rating >= 0 && rating <= 5);
    }
    QVERIFY(!ofKind(feed.records, u"draft"_s).isEmpty());
    QVERIFY(!ofKind(feed.records, u"attachment"_s).isEmpty());
    QVERIFY(!ofKind(feed.records, u"disposition"_s).isEmpty());
}

void TestHubChanges::noChangeIsEmptyPage()
{
    HubTestClient client(m_hub.baseUrl());
    QVERIFY(!client.login(u"kepala1"_s).isEmpty());
    const Feed feed = readFeed(client);
    const HubReply again = client.get(u"/v1/changes?after="_s + feed.cursor);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"records"_s).toArray().size(), 0);
    QCOMPARE(again.json().value(u"more"_s).toBool(), false);
    QCOMPARE(again.json().value(u"next_cursor"_s).toString(), feed.cursor);
}

void TestHubChanges::newComplaintArrivesOnlyInItsUnit()
{
    HubTestClient officer(m_hub.baseUrl()), other(m_hub.baseUrl()), sim(m_hub.baseUrl());
    QVERIFY(!officer.login(u"petugas1"_s).isEmpty());
    QVERIFY(!other.login(u"petugas3"_s).isEmpty());
    const QString cursorA = readFeed(officer).cursor;
    const QString cursorB = readFeed(other).cursor;
    const HubReply created
        = sim.post(u"/v1/sim/complaints"_s,
                   { { u"unit_id"_s, u"dpupr"_s }, { u"title"_s, u"Jalan putus"_s } });
    QCOMPARE(created.status, 201);
    const Feed a = readFeed(officer, cursorA);
    QCOMPARE(ofKind(a.records, u"case"_s).size(), 1);
    QCOMPARE(ofKind(a.records, u"case"_s).first().value(u"title"_s).toString(), u"Jalan putus"_s);
    QCOMPARE(ofKind(a.records, u"disposition"_s).size(), 1);
    QCOMPARE(readFeed(other, cursorB).records.size(), 0);
}

void TestHubChanges::movedCaseIsRemovedAndArrives()
{
    HubTestClient a(m_hub.baseUrl()), b(m_hub.baseUrl()), sim(m_hub.baseUrl());
    QVERIFY(!a.login(u"petugas1"_s).isEmpty());
    QVERIFY(!b.login(u"petugas3"_s).isEmpty());
    const Feed fa = readFeed(a);
    const QString cursorB = readFeed(b).cursor;
    // A case of unit A with some history.
    qint64 id = 0;
    for (const QJsonObject &f : ofKind(fa.records, u"followup"_s))
        id = qint64(f.value(u"case_id"_s).toDouble());
    QVERIFY(id > 0);
    const HubReply moved
        = sim.post(u"/v1/sim/cases/%1/move"_s.arg(id), { { u"to_unit_id"_s, u"dinkes"_s } });
    QCOMPARE(moved.status, 200);
    const Feed ra = readFeed(a, fa.cursor);
    const auto removes = ofKind(ra.records, u"remove"_s);
    QCOMPARE(removes.size(), 1);
    QCOMPARE(qint64(removes.first().value(u"case_id"_s).toDouble()), id);
    QCOMPARE(a.get(u"/v1/cases/%1"_s.arg(id)).status, 404);
    const Feed rb = readFeed(b, cursorB);
    QCOMPARE(ofKind(rb.records, u"case"_s).size(), 1);
    QVERIFY(!ofKind(rb.records, u"followup"_s).isEmpty());
    QCOMPARE(ofKind(rb.records, u"remove"_s).size(), 0);
    // A fresh sync of unit A never mentions the case except through a removal.
    const Feed fresh = readFeed(a);
    QVERIFY(!fresh.records.isEmpty());
    for (const QJsonObject &r : fresh.records) {
        if (r.value(u"kind"_s).toString() != u"remove"_s)
            QVERIFY(caseIdOf(r) != id);
    }
}

void TestHubChanges::badParametersAre400()
{
    HubTestClient client(m_hub.baseUrl());
    QVERIFY(!client.login(u"petugas2"_s).isEmpty());
    for (const QString &q : { u"limit=0"_s, u"limit=1001"_s, u"limit=abc"_s }) {
        const HubReply r = client.get(u"/v1/changes?"_s + q);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.problemType(), u"validation"_s);
    }
    QCOMPARE(client.get(u"/v1/changes?after=zzz"_s).problemType(), u"invalid-cursor"_s);
    const QString cursor = readFeed(client).cursor;
    const QString foreign = u"00000001-"_s + cursor.section(u'-', 1);
    const HubReply gone = client.get(u"/v1/changes?after="_s + foreign);
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.problemType(), u"cursor-expired"_s);
}

void TestHubChanges::gzipWhenAsked()
{
    HubTestClient client(m_hub.baseUrl());
    QVERIFY(!client.login(u"koordinator"_s).isEmpty());
    const HubReply plain = client.request("GET", u"/v1/changes?limit=300"_s, {},
                                          { { "Accept-Encoding", "identity" } });
    const HubReply packed
        = client.request("GET", u"/v1/changes?limit=300"_s, {}, { { "Accept-Encoding", "gzip" } });
    QCOMPARE(plain.status, 200);
    QCOMPARE(packed.status, 200);
    QCOMPARE(packed.header("content-encoding"), QByteArray("gzip"));
    QVERIFY(plain.header("content-encoding").isEmpty());
    QVERIFY(packed.body.size() * 3 < plain.body.size());
    QCOMPARE(gunzip(packed.body), plain.body);
}

void TestHubChanges::keptAliveConnectionsDoNotStall()
{
    HubTestClient client(m_hub.baseUrl());
    const QString token = client.login(u"koordinator"_s);
    QVERIFY(!token.isEmpty());
    const QByteArray request = "GET /v1/changes?limit=300 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Accept-Encoding: gzip\r\nAuthorization: Bearer "
        + token.toLatin1() + "\r\n\r\n";
    const auto median = [](QList<double> ms) {
        std::sort(ms.begin(), ms.end());
        return ms.at(ms.size() / 2);
    };
    // The same page, each on a fresh connection: what the request itself costs.
    QList<double> fresh;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(RawHttp::exchange(m_hub.port(), request).status, 200);
        fresh.append(double(timer.nsecsElapsed()) / 1e6);
    }
    // And one after another on one kept-alive connection, as the desk syncs. A hub that
    // leaves its last small segment to Nagle waits on the client's delayed ACK, about
    // 40 ms per request, whatever the request costs.
    QTcpSocket socket;
    QVERIFY(RawHttp::connect(socket, m_hub.port()));
    QList<double> kept;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        socket.write(request);
        QCOMPARE(RawHttp::readReply(socket).status, 200);
        kept.append(double(timer.nsecsElapsed()) / 1e6);
    }
    qInfo("median per request: fresh connection %.1f ms, kept alive %.1f ms", median(fresh),
          median(kept));
    QVERIFY2(median(kept) < 2 * median(fresh) + 20,
             qPrintable(u"kept alive %1 ms, fresh %2 ms"_s.arg(median(kept)).arg(median(fresh))));
}

void TestHubChanges::nextPageIsNamedInTheHead()
{
    HubTestClient client(m_hub.baseUrl());
    QVERIFY(!client.login(u"koordinator"_s).isEmpty());
    // Every page but the last names the next one, and following the names alone walks
    // the same pages as following next_cursor.
    QString path = u"/v1/changes?limit=250"_s;
    int pages = 0;
    qsizetype records = 0;
    while (true) {
        const HubReply page = client.get(path);
        QCOMPARE(page.status, 200);
        ++pages;
        records += page.json().value(u"records"_s).toArray().size();
        const QString next = page.json().value(u"next_cursor"_s).toString();
        const QByteArray link = page.header("link");
        if (!page.json().value(u"more"_s).toBool()) {
            QVERIFY2(link.isEmpty(), link.constData());
            break;
        }
        const QByteArray expected
            = "</v1/changes?after=" + next.toLatin1() + "&limit=250>; rel=\"next\"";
        QCOMPARE(link, expected);
        path = QString::fromLatin1(link.mid(1, link.indexOf('>') - 1));
    }
    QVERIFY(pages > 3);
    QCOMPARE(records,
             qsizetype(client.get(u"/v1/changes/count"_s).json().value(u"count"_s).toInt()));
}

QTEST_GUILESS_MAIN(TestHubChanges)
#include "tst_hubchanges.moc"
