#include "hubprocess.h"
#include "hubtestutil.h"

#include <QCryptographicHash>
#include <QTest>

using namespace HubTestUtil;
using namespace Qt::Literals::StringLiterals;

class TestHubActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void submitReturnResubmitApprove();
    void selfApprovalIsForbidden();
    void officerCannotDecide();
    void staleRevisionIsRefused();
    void coordinatorCannotDraft();
    void otherUnitGets404();
    void forwardMovesTheCase();
    void notAuthorityNeedsApprover();
    void noteIsPublished();
    void attachmentsUploadAndRange();

private:
    // A fresh complaint in unit A (dpupr), so that each test starts from a known state.
    qint64 newCase(const QString &unit = u"dpupr"_s);
    HubReply submit(HubTestClient &client, const QString &draftId, qint64 caseId, int revision,
                    const QString &text, const QByteArray &ifMatch = {});
    HubReply decide(HubTestClient &client, const QString &draftId, const QString &decision,
                    int revision, const QByteArray &ifMatch, const QString &comment = {});

    HubProcess m_hub;
    HubTestClient m_petugas1, m_petugas2, m_kepala1, m_petugas3, m_kepala2, m_koordinator, m_sim;
};

void TestHubActions::initTestCase()
{
    m_hub.setArguments({ u"--generate"_s, u"40"_s, u"--simulate"_s });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
    const QList<QPair<HubTestClient *, QString>> users {
        { &m_petugas1, u"petugas1"_s }, { &m_petugas2, u"petugas2"_s },
        { &m_kepala1, u"kepala1"_s },   { &m_petugas3, u"petugas3"_s },
        { &m_kepala2, u"kepala2"_s },   { &m_koordinator, u"koordinator"_s },
    };
    for (const auto &[client, name] : users) {
        client->setBaseUrl(m_hub.baseUrl());
        QVERIFY(!client->login(name).isEmpty());
    }
    m_sim.setBaseUrl(m_hub.baseUrl());
}

qint64 TestHubActions::newCase(const QString &unit)
{
    return newComplaint(m_sim, unit);
}

HubReply TestHubActions::submit(HubTestClient &client, const QString &draftId, qint64 caseId,
                                int revision, const QString &text, const QByteArray &ifMatch)
{
    return client.post(u"/v1/drafts/%1/revisions"_s.arg(draftId),
                       { { u"case_id"_s, double(caseId) },
                         { u"revision"_s, revision },
                         { u"text"_s, text },
                         { u"base_case_version"_s, 1 } },
                       newKey(), ifMatch);
}

HubReply TestHubActions::decide(HubTestClient &client, const QString &draftId,
                                const QString &decision, int revision, const QByteArray &ifMatch,
                                const QString &comment)
{
    QJsonObject body { { u"decision"_s, decision }, { u"revision"_s, revision } };
    if (!comment.isEmpty())
        body.insert(u"comment"_s, comment);
    return client.post(u"/v1/drafts/%1/decision"_s.arg(draftId), body, newKey(), ifMatch);
}

void TestHubActions::submitReturnResubmitApprove()
{
    const qint64 id = newCase();
    const QString cursor = readFeed(m_petugas2).cursor;
    const QString draft = newId();
    HubReply r = submit(m_petugas1, draft, id, 1, u"Akan kami cek minggu ini."_s);
    QCOMPARE(r.status, 201);
    QCOMPARE(etagOf(r), QByteArray("\"1\""));
    QCOMPARE(r.json().value(u"state"_s).toString(), u"submitted"_s);

    r = decide(m_kepala1, draft, u"return"_s, 1, etagOf(r), u"Sebutkan jadwalnya."_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"draft"_s).toObject().value(u"state"_s).toString(), u"returned"_s);
    QVERIFY(r.json().value(u"followup"_s).isNull());

    r = submit(m_petugas1, draft, id, 2, u"Perbaikan dijadwalkan Senin depan."_s, etagOf(r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"revisions"_s).toArray().size(), 2);

    r = decide(m_kepala1, draft, u"approve"_s, 2, etagOf(r));
    QCOMPARE(r.status, 200);
    const QJsonObject result = r.json();
    QCOMPARE(result.value(u"followup"_s).toObject().value(u"text"_s).toString(),
             u"Perbaikan dijadwalkan Senin depan."_s);
    const QJsonObject c = result.value(u"case"_s).toObject();
    QCOMPARE(c.value(u"status"_s).toString(), u"in_progress"_s);
    QVERIFY(!c.value(u"first_followup_at"_s).isNull());

    // Exactly one follow-up reaches the rest of the unit, with the approved text.
    const Feed feed = readFeed(m_petugas2, cursor);
    int followups = 0;
    for (const QJsonObject &f : ofKind(feed.records, u"followup"_s)) {
        if (qint64(f.value(u"case_id"_s).toDouble()) == id) {
            ++followups;
            QCOMPARE(f.value(u"text"_s).toString(), u"Perbaikan dijadwalkan Senin depan."_s);
        }
    }
    QCOMPARE(followups, 1);
    QCOMPARE(ofKind(feed.records, u"decision"_s).size(), 2);
    const HubReply caseNow = m_petugas2.get(u"/v1/cases/%1"_s.arg(id));
    QCOMPARE(caseNow.json().value(u"status"_s).toString(), u"in_progress"_s);
    QCOMPARE(etagOf(caseNow),
             QByteArray("\"") + QByteArray::number(c.value(u"version"_s).toInt()) + '"');

    // A published draft takes no more revisions and no second approval.
    QCOMPARE(submit(m_petugas1, draft, id, 3, u"lagi"_s, "*").problemType(), u"draft-closed"_s);
    QCOMPARE(decide(m_kepala1, draft, u"approve"_s, 2, "*").problemType(), u"stale-revision"_s);
}

void TestHubActions::selfApprovalIsForbidden()
{
    const qint64 id = newCase();
    const QString draft = newId();
    const HubReply r = submit(m_kepala1, draft, id, 1, u"Ditulis oleh kepala sendiri."_s);
    QCOMPARE(r.status, 201);
    const HubReply self = decide(m_kepala1, draft, u"approve"_s, 1, etagOf(r));
    QCOMPARE(self.status, 403);
    QCOMPARE(self.problemType(), u"self-approval"_s);
}

void TestHubActions::officerCannotDecide()
{
    const qint64 id = newCase();
    const QString draft = newId();
    const HubReply r = submit(m_petugas1, draft, id, 1, u"Teks tindak lanjut."_s);
    const HubReply other = decide(m_petugas2, draft, u"approve"_s, 1, etagOf(r));
    QCOMPARE(other.status, 403);
    QCOMPARE(other.problemType(), u"forbidden"_s);
}

void TestHubActions::staleRevisionIsRefused()
{
    const qint64 id = newCase();
    const QString draft = newId();
    const HubReply first = submit(m_petugas1, draft, id, 1, u"Versi pertama."_s);
    const QByteArray seen = etagOf(first); // the approver looked at revision 1
    const HubReply second = submit(m_petugas1, draft, id, 2, u"Versi kedua."_s, seen);
    QCOMPARE(second.status, 200);
    const HubReply stale = decide(m_kepala1, draft, u"approve"_s, 1, seen);
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"revision"_s).toInt(), 2);
    QCOMPARE(stale.json().value(u"current_version"_s).toInt(), 2);
    const HubReply wrongRevision = decide(m_kepala1, draft, u"approve"_s, 1, etagOf(second));
    QCOMPARE(wrongRevision.status, 409);
    QCOMPARE(wrongRevision.problemType(), u"stale-revision"_s);
    // Nothing was published for the old text.
    QCOMPARE(m_petugas1.get(u"/v1/cases/%1"_s.arg(id)).json().value(u"status"_s).toString(),
             u"disposed"_s);
    QCOMPARE(submit(m_petugas1, draft, id, 2, u"Ulang."_s, etagOf(second)).problemType(),
             u"stale-revision"_s);
}

void TestHubActions::coordinatorCannotDraft()
{
    const qint64 id = newCase();
    const HubReply r = submit(m_koordinator, newId(), id, 1, u"Koordinator menulis."_s);
    QCOMPARE(r.status, 403);
}

void TestHubActions::otherUnitGets404()
{
    const qint64 id = newCase(); // unit A
    const QString draft = newId();
    const HubReply own = submit(m_petugas1, draft, id, 1, u"Teks."_s);
    const QString path = u"/v1/cases/%1"_s.arg(id);
    QCOMPARE(m_petugas3.get(path).status, 404);
    QCOMPARE(m_petugas3.get(u"/v1/cases/99999"_s).status, 404); // same answer as "absent"
    QCOMPARE(m_petugas3.post(path + u"/notes"_s, { { u"text"_s, u"x"_s } }, newKey()).status, 404);
    QCOMPARE(
        m_kepala2.post(path + u"/forward"_s, { { u"to_unit_id"_s, u"dinkes"_s } }, newKey(), "*")
            .status,
        404);
    QCOMPARE(m_kepala2
                 .post(path + u"/not-authority"_s,
                       { { u"reason"_s, u"Bukan kewenangan kami sama sekali."_s } }, newKey(), "*")
                 .status,
             404);
    QCOMPARE(submit(m_petugas3, newId(), id, 1, u"Teks."_s).status, 404);
    QCOMPARE(decide(m_kepala2, draft, u"approve"_s, 1, etagOf(own)).status, 404);
    QCOMPARE(m_kepala2.get(u"/v1/drafts/"_s + draft).status, 404);
    QCOMPARE(m_kepala1.get(u"/v1/drafts/"_s + draft).status, 200);
    // The coordinator sees every unit.
    QCOMPARE(m_koordinator.get(path).status, 200);
}

void TestHubActions::forwardMovesTheCase()
{
    const qint64 id = newCase();
    const QString path = u"/v1/cases/%1"_s.arg(id);
    const QByteArray version = etagOf(m_petugas1.get(path));
    const HubReply r = m_petugas1.post(
        path + u"/forward"_s,
        { { u"to_unit_id"_s, u"dinkes"_s }, { u"note"_s, u"Menyangkut puskesmas."_s } }, newKey(),
        version);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"case"_s).toObject().value(u"unit_id"_s).toString(), u"dinkes"_s);
    QCOMPARE(r.json().value(u"disposition"_s).toObject().value(u"from_unit_id"_s).toString(),
             u"dpupr"_s);
    QCOMPARE(m_petugas1.get(path).status, 404);
    QCOMPARE(m_petugas3.get(path).status, 200);
    const HubReply unknown = m_petugas3.post(path + u"/forward"_s,
                                             { { u"to_unit_id"_s, u"dinas-x"_s } }, newKey(), "*");
    QCOMPARE(unknown.status, 400);
}

void TestHubActions::notAuthorityNeedsApprover()
{
    const qint64 id = newCase();
    const QString path = u"/v1/cases/%1/not-authority"_s.arg(id);
    const QJsonObject body { { u"reason"_s,
                               u"Jalan provinsi, kewenangan Dinas PUPR Provinsi."_s } };
    const HubReply officer = m_petugas1.post(path, body, newKey(), "*");
    QCOMPARE(officer.status, 403);
    const HubReply head = m_kepala1.post(path, body, newKey(), "\"1\"");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.json().value(u"status"_s).toString(), u"not_authority"_s);
    QCOMPARE(head.json().value(u"not_authority_reason"_s).toString(),
             body.value(u"reason"_s).toString());
    const HubReply again = m_kepala1.post(path, body, newKey(), etagOf(head));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problemType(), u"invalid-transition"_s);
}

void TestHubActions::noteIsPublished()
{
    const qint64 id = newCase();
    const QString cursor = readFeed(m_kepala1).cursor;
    const QString noteId = newId();
    const HubReply r = m_petugas1.post(
        u"/v1/cases/%1/notes"_s.arg(id),
        { { u"id"_s, noteId }, { u"text"_s, u"Sudah telepon kades."_s } }, newKey());
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"id"_s).toString(), noteId);
    const auto notes = ofKind(readFeed(m_kepala1, cursor).records, u"note"_s);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().value(u"author_id"_s).toString(), u"u-petugas1"_s);
}

void TestHubActions::attachmentsUploadAndRange()
{
    const qint64 id = newCase();
    QByteArray file;
    for (int i = 0; i < 1000; ++i)
        file.append(char(i % 251));
    const QString upload
        = u"/v1/cases/%1/attachments?file_name=%2"_s.arg(id).arg(u"..%2Ffoto%20jalan.png"_s);
    const HubReply r = m_petugas1.request(
        "POST", upload, file, { { "Content-Type", "image/png" }, { "Idempotency-Key", newKey() } });
    QCOMPARE(r.status, 201);
    const QJsonObject meta = r.json();
    QCOMPARE(meta.value(u"file_name"_s).toString(), u"foto jalan.png"_s);
    QCOMPARE(meta.value(u"size"_s).toInt(), 1000);
    QCOMPARE(meta.value(u"sha256"_s).toString().toLatin1(),
             QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    const QString path = u"/v1/attachments/"_s + meta.value(u"id"_s).toString();

    const HubReply whole = m_petugas2.get(path);
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.body, file);
    QCOMPARE(whole.header("accept-ranges"), QByteArray("bytes"));
    const HubReply part = m_petugas2.get(path, { { "Range", "bytes=100-199" } });
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, file.mid(100, 100));
    QCOMPARE(part.header("content-range"), QByteArray("bytes 100-199/1000"));
    const HubReply open = m_petugas2.get(path, { { "Range", "bytes=990-" } });
    QCOMPARE(open.body, file.mid(990));
    const HubReply suffix = m_petugas2.get(path, { { "Range", "bytes=-5" } });
    QCOMPARE(suffix.body, file.right(5));
    const HubReply beyond = m_petugas2.get(path, { { "Range", "bytes=5000-" } });
    QCOMPARE(beyond.status, 416);
    QCOMPARE(beyond.header("content-range"), QByteArray("bytes */1000"));

    QCOMPARE(m_petugas3.get(path).status, 404);
    const HubReply exe = m_petugas1.request(
        "POST", upload, file,
        { { "Content-Type", "application/x-msdownload" }, { "Idempotency-Key", newKey() } });
    QCOMPARE(exe.status, 415);
    const HubReply noName
        = m_petugas1.request("POST", u"/v1/cases/%1/attachments"_s.arg(id), file,
                             { { "Content-Type", "image/png" }, { "Idempotency-Key", newKey() } });
    QCOMPARE(noName.status, 400);
}

QTEST_GUILESS_MAIN(TestHubActions)
#include "tst_hubactions.moc"
