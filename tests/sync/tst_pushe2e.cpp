#include "core/draftfiles.h"
#include "core/identity.h"
#include "ctlrunner.h"
#include "hubapi/hubclient.h"
#include "hubfixture.h"
#include "hubprocess.h"
#include "hubtestclient.h"
#include "store/actionwriter.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/outboxrepository.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;

namespace {

// One desk client: its own store and its own session with the hub.
struct Client
{
    Client(const QString &dir, const QString &name, const QUrl &url, const User &who)
        : user(who)
    {
        db = Database::open(dir + QLatin1Char('/') + name + QStringLiteral(".sqlite")).database;
        client = std::make_unique<HubClient>(HubClient::Settings { url, {}, 5000 }, tokens);
        client->setUser(user);
    }

    bool login(TestLocation where = TestLocation::current())
    {
        return lapor::test::logIn(*client, user.username, where);
    }

    SyncEngine::Report sync()
    {
        SyncEngine engine(*client, *db, WorkingCalendar::national(AgencyZone::WITA));
        engine.setMaxAttempts(3);
        engine.setBackoff(Backoff(50, 300, 1));
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.start();
        if (finished.isEmpty() && !finished.wait(60000))
            QTest::qFail("the sync did not finish within 60 s", __FILE__, __LINE__);
        return engine.lastReport();
    }

    OutboxPusher::Summary push(int attempts = 8)
    {
        OutboxPusher pusher(*client, *db, WorkingCalendar::national(AgencyZone::WITA));
        pusher.setBackoff(Backoff(50, 400, 7));
        pusher.setMaxAttempts(attempts);
        QSignalSpy finished(&pusher, &OutboxPusher::finished);
        pusher.push();
        if (pusher.isRunning() && finished.isEmpty() && !finished.wait(60000))
            QTest::qFail("the push did not finish within 60 s", __FILE__, __LINE__);
        return pusher.lastSummary();
    }

    ActionWriter writer() { return ActionWriter(*db, user); }
    std::optional<Draft> draft(const QString &id) { return DraftRepository(*db).find(id); }

    int followups(qint64 caseId, const QString &text)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM followups WHERE case_id = ? AND text = ?"));
        q.addBindValue(caseId);
        q.addBindValue(text);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    User user;
    std::unique_ptr<Database> db;
    TokenStore tokens { TokenStore::Backend::Memory };
    std::unique_ptr<HubClient> client;
};

User officer()
{
    return { QStringLiteral("u-petugas1"), QStringLiteral("petugas1"), QString(), Role::Officer,
             QStringLiteral("dpupr"),      QStringLiteral("kab-hsu") };
}

User coordinator()
{
    return { QStringLiteral("u-koordinator"),
             QStringLiteral("koordinator"),
             QString(),
             Role::Coordinator,
             QString(),
             QStringLiteral("kab-hsu") };
}

User approver()
{
    return { QStringLiteral("u-kepala1"), QStringLiteral("kepala1"), QString(), Role::Approver,
             QStringLiteral("dpupr"),     QStringLiteral("kab-hsu") };
}

} // namespace

// The follow-up flow against a real laporhub, with two client profiles (an officer and an
// approver, separate stores): offline work, reconnects in either order, hub faults, stale
// approvals, four-eyes and cases leaving the unit. Every path ends with exactly one
// follow-up, or none, never two.
class TestPushE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void offlineDraftAndApproval_data();
    void offlineDraftAndApproval();
    void faultsStillPublishOnce_data();
    void faultsStillPublishOnce();
    void editAfterOfflineApprovalIsStale();
    void selfApprovalRefused();
    void caseLeavingUnitKeepsDraft();
    void draftFilesTravelWithTheFollowup();
    void laterDeskHoldsEveryRevision();
    void notAuthorityReasonTravels();
    void storeFailureIsNotBlamedOnTheHub();
    void pushAnswerFollowsTheFeedsRules();

private:
    std::unique_ptr<Client> client(const User &who);
    qint64 openCase();
    // Follow-ups of a case with the given text, as the hub's feed shows them to the unit.
    int hubFollowups(qint64 caseId, const QString &text);
    void addFault(const QJsonObject &rule);

    QTemporaryDir m_dir;
    HubProcess m_hub;
    HubTestClient m_raw;
    QList<qint64> m_openCases;
    int m_clients = 0;
};

void TestPushE2E::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hub.setArguments({ QStringLiteral("--generate"), QStringLiteral("60"),
                         QStringLiteral("--seed"), QStringLiteral("5"),
                         QStringLiteral("--simulate") });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
    m_raw.setBaseUrl(m_hub.baseUrl());
    // Fresh complaints for this unit, so every test has its own open case.
    for (int i = 0; i < 16; ++i) {
        const auto reply = m_raw.post(QStringLiteral("/v1/sim/complaints"),
                                      { { QStringLiteral("unit_id"), QStringLiteral("dpupr") } });
        QCOMPARE(reply.status, 201);
        m_openCases.append(qint64(reply.json().value(QLatin1String("tracking_id")).toDouble()));
    }
}

void TestPushE2E::cleanup()
{
    if (!m_hub.isRunning())
        QVERIFY(m_hub.start());
    QCOMPARE(m_raw.request("DELETE", QStringLiteral("/v1/sim/faults")).status, 204);
}

std::unique_ptr<Client> TestPushE2E::client(const User &who)
{
    auto c = std::make_unique<Client>(m_dir.path(), who.username + QString::number(++m_clients),
                                      m_hub.baseUrl(), who);
    if (!c->db) {
        QTest::qFail("cannot open the client store", __FILE__, __LINE__);
        return nullptr;
    }
    if (!c->login()) // has failed the test with the reason
        return nullptr;
    if (const auto report = c->sync(); !report.ok) {
        QTest::qFail(qPrintable(QStringLiteral("the first sync as %1 failed: %2")
                                    .arg(who.username, report.message)),
                     __FILE__, __LINE__);
        return nullptr;
    }
    return c;
}

qint64 TestPushE2E::openCase()
{
    if (m_openCases.isEmpty()) {
        QTest::qFail("no open case left: init() creates too few", __FILE__, __LINE__);
        return 0;
    }
    return m_openCases.takeFirst();
}

int TestPushE2E::hubFollowups(qint64 caseId, const QString &text)
{
    HubTestClient witness(m_hub.baseUrl());
    if (witness.login(QStringLiteral("petugas2")).isEmpty())
        return -1;
    int count = 0;
    QString cursor;
    for (;;) {
        const HubReply reply
            = witness.get(QStringLiteral("/v1/changes?limit=1000&after=") + cursor);
        if (reply.status != 200) {
            // A refused page would read as "no follow-up on the hub".
            QTest::qFail(qPrintable(QStringLiteral("the witness could not read the feed: ")
                                    + reply.describe()),
                         __FILE__, __LINE__);
            return -1;
        }
        const auto page = reply.json();
        for (const auto &value : page.value(QLatin1String("records")).toArray()) {
            const auto record = value.toObject();
            const auto data = record.value(QLatin1String("data")).toObject();
            if (record.value(QLatin1String("kind")).toString() == QLatin1String("followup")
                && qint64(data.value(QLatin1String("case_id")).toDouble()) == caseId
                && data.value(QLatin1String("text")).toString() == text)
                ++count;
        }
        cursor = page.value(QLatin1String("next_cursor")).toString();
        if (!page.value(QLatin1String("more")).toBool())
            break;
    }
    return count;
}

void TestPushE2E::addFault(const QJsonObject &rule)
{
    QCOMPARE(m_raw.post(QStringLiteral("/v1/sim/faults"), rule).status, 201);
}

void TestPushE2E::offlineDraftAndApproval_data()
{
    QTest::addColumn<bool>("approverFirst");
    QTest::newRow("approver reconnects first") << true;
    QTest::newRow("officer reconnects first") << false;
}

void TestPushE2E::offlineDraftAndApproval()
{
    QFETCH(bool, approverFirst);
    auto petugas = client(officer());
    auto kepala = client(approver());
    QVERIFY(petugas && kepala);
    const qint64 caseId = openCase();
    const QString text = QStringLiteral("Terima kasih. Saluran di lokasi sudah dibersihkan tim "
                                        "kami pada hari Senin (baris %1).")
                             .arg(QString::fromUtf8(QTest::currentDataTag()));

    // The hub is down while the officer writes and submits.
    QVERIFY(m_hub.terminate());
    const auto created = petugas->writer().createDraft(caseId, text);
    QVERIFY2(created, qPrintable(created.error));
    const auto submitted = petugas->writer().submitDraft(created.id);
    QVERIFY2(submitted, qPrintable(submitted.error));
    auto offline = petugas->push(2);
    QVERIFY(!offline.ok);
    QCOMPARE(offline.error.kind, HubError::Kind::Network);
    QCOMPARE(OutboxRepository(*petugas->db).find(submitted.outboxId)->state, OutboxState::Waiting);

    // Back online: the officer's sync sends the submission; the approver receives it.
    QVERIFY(m_hub.start());
    QVERIFY(petugas->push().ok);
    QVERIFY(kepala->sync().ok);
    const auto waiting = kepala->writer().awaitingApproval();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().id, created.id);

    // The approver approves with the hub down again.
    QVERIFY(m_hub.terminate());
    const auto approved = kepala->writer().approve(created.id, 1);
    QVERIFY2(approved, qPrintable(approved.error));
    QVERIFY(!kepala->push(2).ok);
    QVERIFY(m_hub.start());

    if (approverFirst) {
        QVERIFY(kepala->push().ok);
        QVERIFY(kepala->sync().ok);
        QVERIFY(petugas->push().ok);
        QVERIFY(petugas->sync().ok);
    } else {
        QVERIFY(petugas->push().ok);
        QVERIFY(petugas->sync().ok);
        QCOMPARE(petugas->followups(caseId, text), 0);
        QVERIFY(kepala->push().ok);
        QVERIFY(kepala->sync().ok);
        QVERIFY(petugas->sync().ok);
    }
    QCOMPARE(hubFollowups(caseId, text), 1);
    QCOMPARE(petugas->followups(caseId, text), 1);
    QCOMPARE(kepala->followups(caseId, text), 1);
    QCOMPARE(petugas->draft(created.id)->state, DraftState::Published);
    QCOMPARE(kepala->draft(created.id)->state, DraftState::Published);
}

void TestPushE2E::faultsStillPublishOnce_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QJsonObject>("rule");
    auto rule = [](const char *route, const char *action, int count) {
        return QJsonObject { { QStringLiteral("route"), QLatin1String(route) },
                             { QStringLiteral("action"), QLatin1String(action) },
                             { QStringLiteral("count"), count } };
    };
    QTest::newRow("decision dropped after commit")
        << QStringLiteral("drafts.decide") << rule("drafts.decide", "drop_after", 2);
    QTest::newRow("submission dropped after commit")
        << QStringLiteral("drafts.submit") << rule("drafts.submit", "drop_after", 2);
    // Two in a row: a burst, and each honoured Retry-After costs the test a real second.
    QJsonObject unavailable = rule("*", "error", 2);
    unavailable.insert(QStringLiteral("status"), 503);
    unavailable.insert(QStringLiteral("retry_after"), 1);
    QTest::newRow("503 burst with Retry-After") << QString() << unavailable;
    QJsonObject busy = rule("*", "error", 2);
    busy.insert(QStringLiteral("status"), 429);
    busy.insert(QStringLiteral("retry_after"), 1);
    QTest::newRow("429 burst") << QString() << busy;
    QTest::newRow("decision cut mid-answer")
        << QStringLiteral("drafts.decide") << rule("drafts.decide", "cut", 1);
}

void TestPushE2E::faultsStillPublishOnce()
{
    QFETCH(QString, route);
    QFETCH(QJsonObject, rule);
    auto petugas = client(officer());
    auto kepala = client(approver());
    QVERIFY(petugas && kepala);
    const qint64 caseId = openCase();
    const QString text = QStringLiteral("Tindak lanjut: perbaikan dijadwalkan (%1).")
                             .arg(QString::fromUtf8(QTest::currentDataTag()));
    const auto created = petugas->writer().createDraft(caseId, text);
    QVERIFY(created);
    QVERIFY(petugas->writer().submitDraft(created.id));

    if (route != QLatin1String("drafts.decide"))
        addFault(rule);
    const auto submitted = petugas->push();
    QVERIFY2(submitted.ok, qPrintable(submitted.message));
    QVERIFY(kepala->sync().ok);
    QVERIFY(kepala->writer().approve(created.id, 1));
    if (route == QLatin1String("drafts.decide"))
        addFault(rule);
    const auto decided = kepala->push();
    QVERIFY2(decided.ok, qPrintable(decided.message));
    QCOMPARE(decided.sent, 1);
    // Each fault really cost the client at least one extra request, or none (QNetworkAccessManager
    // resends once by itself on a dropped kept-alive connection): either way, one follow-up.
    QVERIFY(submitted.requests + decided.requests >= 2);
    QCOMPARE(m_raw.request("DELETE", QStringLiteral("/v1/sim/faults")).status, 204);

    QVERIFY(petugas->sync().ok);
    QVERIFY(kepala->sync().ok);
    QCOMPARE(hubFollowups(caseId, text), 1);
    QCOMPARE(petugas->followups(caseId, text), 1);
    QCOMPARE(kepala->followups(caseId, text), 1);
}

void TestPushE2E::editAfterOfflineApprovalIsStale()
{
    auto petugas = client(officer());
    auto kepala = client(approver());
    QVERIFY(petugas && kepala);
    const qint64 caseId = openCase();
    const QString oldText = QStringLiteral("Jalan akan ditambal bulan depan.");
    const QString newText = QStringLiteral("Jalan sudah ditambal kemarin; mohon dicek kembali.");
    const auto created = petugas->writer().createDraft(caseId, oldText);
    QVERIFY(petugas->writer().submitDraft(created.id));
    QVERIFY(petugas->push().ok);
    QVERIFY(kepala->sync().ok);

    // Approved offline; meanwhile the officer changes the text and submits revision 2.
    const auto approval = kepala->writer().approve(created.id, 1);
    QVERIFY(approval);
    QVERIFY(petugas->writer().saveDraftText(created.id, newText));
    QCOMPARE(petugas->draft(created.id)->state, DraftState::Editing);
    const auto second = petugas->writer().submitDraft(created.id);
    QVERIFY2(second, qPrintable(second.error));
    QCOMPARE(second.revision, 2);
    QVERIFY(petugas->push().ok);

    const auto stale = kepala->push();
    QVERIFY(!stale.ok);
    QCOMPARE(stale.conflicts, 1);
    const auto entry = OutboxRepository(*kepala->db).find(approval.outboxId);
    QCOMPARE(entry->state, OutboxState::Conflict);
    QVERIFY(!entry->lastError.isEmpty());
    // Back for review: revision 2 awaits the approver's decision.
    QVERIFY(kepala->sync().ok);
    const auto back = kepala->draft(created.id);
    QCOMPARE(back->state, DraftState::Submitted);
    QCOMPARE(back->revision, 2);
    QCOMPARE(kepala->writer().awaitingApproval().size(), 1);
    QCOMPARE(hubFollowups(caseId, oldText), 0);

    // Approving what the approver now sees publishes the new text, once.
    const auto fresh = kepala->writer().approve(created.id, 2);
    QVERIFY2(fresh, qPrintable(fresh.error));
    QVERIFY(kepala->push().ok);
    QCOMPARE(OutboxRepository(*kepala->db).find(approval.outboxId)->state, OutboxState::Discarded);
    QCOMPARE(hubFollowups(caseId, newText), 1);
    QCOMPARE(hubFollowups(caseId, oldText), 0);
}

void TestPushE2E::selfApprovalRefused()
{
    auto kepala = client(approver());
    QVERIFY(kepala);
    const qint64 caseId = openCase();
    const QString text = QStringLiteral("Draf yang ditulis kepala unit sendiri.");
    const auto created = kepala->writer().createDraft(caseId, text);
    QVERIFY(created);
    QVERIFY(kepala->writer().submitDraft(created.id));
    QVERIFY(kepala->push().ok);

    // The client refuses at once...
    const auto refused = kepala->writer().approve(created.id, 1);
    QVERIFY(!refused);
    QVERIFY(!refused.error.isEmpty());

    // ...and the hub refuses a decision that slipped past the client.
    OutboxEntry forged;
    forged.caseId = caseId;
    forged.userId = kepala->user.id;
    forged.kind = OutboxKind::DraftDecide;
    forged.entityId = created.id;
    forged.ifMatch = QString::number(1);
    forged.payload = { { QStringLiteral("decision"), QStringLiteral("approve") },
                       { QStringLiteral("revision"), 1 } };
    {
        Transaction transaction(*kepala->db);
        QString error;
        QVERIFY2(OutboxRepository(*kepala->db).enqueue(forged, &error), qPrintable(error));
        QVERIFY(transaction.commit());
    }
    const auto summary = kepala->push();
    QCOMPARE(summary.failed, 1);
    const auto entry = OutboxRepository(*kepala->db).find(forged.id);
    QCOMPARE(entry->state, OutboxState::Failed);
    QVERIFY(entry->response.value(QLatin1String("type"))
                .toString()
                .endsWith(QLatin1String("self-approval")));
    QCOMPARE(hubFollowups(caseId, text), 0);
}

void TestPushE2E::caseLeavingUnitKeepsDraft()
{
    auto petugas = client(officer());
    QVERIFY(petugas);
    const qint64 caseId = openCase();
    const QString text = QStringLiteral("Draf untuk laporan yang kemudian dipindahkan.");
    const auto created = petugas->writer().createDraft(caseId, text);
    QVERIFY(petugas->writer().submitDraft(created.id));

    // The national admin moves the case while the submission waits in the outbox.
    QCOMPARE(m_raw
                 .post(QStringLiteral("/v1/sim/cases/%1/move").arg(caseId),
                       { { QStringLiteral("to_unit_id"), QStringLiteral("dinkes") } })
                 .status,
             200);
    const auto summary = petugas->push();
    QVERIFY(!summary.ok);
    QCOMPARE(summary.conflicts, 1);
    auto draft = petugas->draft(created.id);
    QCOMPARE(draft->state, DraftState::Conflict);
    QCOMPARE(draft->text, text);

    // The pull removes the case from the inbox; the draft survives, still in conflict.
    QVERIFY(petugas->sync().ok);
    draft = petugas->draft(created.id);
    QVERIFY(draft);
    QCOMPARE(draft->state, DraftState::Conflict);
    QCOMPARE(draft->text, text);
    QSqlQuery q(petugas->db->connection());
    q.prepare(QStringLiteral("SELECT in_scope, local_state FROM cases WHERE tracking_id = ?"));
    q.addBindValue(caseId);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toString(), QStringLiteral("conflict"));
    // Resubmitting is refused: the case is no longer the unit's. Discarding is the choice.
    QVERIFY(!petugas->writer().resolveConflictResubmit(created.id));
    QVERIFY(petugas->writer().discardDraft(created.id));
    QCOMPARE(OutboxRepository(*petugas->db).pendingCount(), 0);
}

// Files attached to a draft go up before the revision, once, and become the follow-up's
// attachments when the approval publishes it.
void TestPushE2E::draftFilesTravelWithTheFollowup()
{
    auto petugas = client(officer());
    auto kepala = client(approver());
    QVERIFY(petugas && kepala);
    const qint64 caseId = openCase();
    const QString text = QStringLiteral("Berita acara peninjauan terlampir. Perbaikan dijadwalkan "
                                        "minggu depan oleh tim pemeliharaan.");
    const auto created = petugas->writer().createDraft(caseId, text);
    QVERIFY(created);
    QTemporaryDir source;
    const QString pdf = source.filePath(QStringLiteral("berita acara.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n% berita acara peninjauan\n%%EOF\n");
    file.close();
    DraftFiles files(m_dir.path(), created.id);
    QString error;
    QVERIFY2(files.add(pdf, AttachmentPolicy(), &error), qPrintable(error));

    QVERIFY(petugas->writer().submitDraft(created.id));
    const auto queued = OutboxRepository(*petugas->db).forCase(caseId);
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).kind, OutboxKind::AttachmentUpload); // the file goes first
    QCOMPARE(queued.at(1).kind, OutboxKind::DraftSubmit);
    const auto pushed = petugas->push();
    QCOMPARE(pushed.sent, 2);

    // A second revision does not send the same file again.
    QVERIFY(petugas->writer().saveDraftText(created.id, text + QStringLiteral(" Terima kasih.")));
    QVERIFY(petugas->writer().submitDraft(created.id));
    QCOMPARE(OutboxRepository(*petugas->db).forCase(caseId).size(), 3);
    QCOMPARE(petugas->push().sent, 1);

    QVERIFY(kepala->sync().ok);
    QVERIFY(kepala->writer().approve(created.id, 2));
    QCOMPARE(kepala->push().sent, 1);

    // The hub moved the file to the published follow-up; the officer's next sync has it.
    QVERIFY(petugas->sync().ok);
    QSqlQuery q(petugas->db->connection());
    q.prepare(QStringLiteral("SELECT a.owner_kind, a.file_name, a.size FROM attachments a "
                             "JOIN followups f ON f.id = a.owner_id WHERE a.case_id = ?"));
    q.addBindValue(caseId);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("followup"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("berita acara.pdf"));
    QCOMPARE(q.value(2).toLongLong(), QFileInfo(pdf).size());
    QVERIFY(!q.next());
}

// A desk whose first sync comes after a resubmission still holds every revision, so the
// approval view has something to diff against and `draft show` lists them all.
void TestPushE2E::laterDeskHoldsEveryRevision()
{
    auto petugas = client(officer());
    auto kepala = client(approver());
    QVERIFY(petugas && kepala);
    const qint64 caseId = openCase();
    const QString first = QStringLiteral("Saluran akan kami bersihkan minggu ini.");
    const QString second = QStringLiteral("Saluran dibersihkan pada Senin, 30 November 2026.");
    const auto created = petugas->writer().createDraft(caseId, first);
    QVERIFY2(created, qPrintable(created.error));
    QVERIFY(petugas->writer().submitDraft(created.id));
    QVERIFY(petugas->push().ok);
    QVERIFY(kepala->sync().ok);
    QVERIFY(kepala->writer().returnDraft(created.id, 1, QStringLiteral("Sebutkan tanggalnya.")));
    QVERIFY(kepala->push().ok);
    QVERIFY(petugas->sync().ok);
    QVERIFY(petugas->writer().saveDraftText(created.id, second));
    QVERIFY(petugas->writer().submitDraft(created.id));
    QVERIFY(petugas->push().ok);

    // The head of unit signs in on a second PC only now, in a profile folder that
    // lapordeskctl can read.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("later")));
    auto later = std::make_unique<Client>(m_dir.path(), QStringLiteral("later/lapordesk"),
                                          m_hub.baseUrl(), approver());
    QVERIFY(later->db && later->login());
    QVERIFY(later->sync().ok);
    const auto revisions = DraftRepository(*later->db).revisions(created.id);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).number, 1);
    QCOMPARE(revisions.at(0).text, first);
    QCOMPARE(revisions.at(0).authorId, officer().id);
    QVERIFY(revisions.at(0).createdAt.isValid());
    QCOMPARE(revisions.at(1).number, 2);
    QCOMPARE(revisions.at(1).text, second);
    const auto decisions = DraftRepository(*later->db).decisions(created.id);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().kind, DecisionKind::Return);
    QCOMPARE(decisions.first().revision, 1);
    QCOMPARE(decisions.first().comment, QStringLiteral("Sebutkan tanggalnya."));

    // A profile of an older version: the store at the top and who signed in, which
    // lapordeskctl moves into the head's own folder first.
    later.reset();
    {
        QSettings settings(m_dir.filePath(QStringLiteral("later/settings.ini")),
                           QSettings::IniFormat);
        Identity id;
        id.hubUrl = m_hub.baseUrl().toString();
        id.username = approver().username;
        id.userId = approver().id;
        id.store(settings);
    }
    CtlRun run;
    run.arguments
        = QStringList { QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("later")),
                        QStringLiteral("--json"),    QStringLiteral("draft"),
                        QStringLiteral("show"),      created.id };
    const CtlResult shownRun = runCtl(run);
    QVERIFY2(shownRun.code == 0, qPrintable(shownRun.err));
    const QJsonObject shown = QJsonDocument::fromJson(shownRun.out.toUtf8()).object();
    QCOMPARE(shown.value(QLatin1String("revision")).toInt(), 2);
    const QJsonArray shownRevisions = shown.value(QLatin1String("revisions")).toArray();
    QCOMPARE(shownRevisions.size(), 2);
    QCOMPARE(shownRevisions.at(0).toObject().value(QLatin1String("text")).toString(), first);
    const QJsonArray returned
        = shownRevisions.at(0).toObject().value(QLatin1String("decisions")).toArray();
    QCOMPARE(returned.size(), 1);
    QCOMPARE(returned.at(0).toObject().value(QLatin1String("comment")).toString(),
             QStringLiteral("Sebutkan tanggalnya."));
    QCOMPARE(shownRevisions.at(1).toObject().value(QLatin1String("text")).toString(), second);
}

void TestPushE2E::notAuthorityReasonTravels()
{
    auto kepala = client(approver()); // returning as not our authority is the head's call
    QVERIFY(kepala);
    const qint64 caseId = openCase();
    const QString reason = QStringLiteral("Jalan provinsi, kewenangan Dinas PUPR Provinsi.");
    const auto returned = kepala->writer().returnNotAuthority(caseId, reason);
    QVERIFY2(returned, qPrintable(returned.error));
    QVERIFY(kepala->push().ok);
    auto koordinator = client(coordinator());
    QVERIFY(koordinator);
    const auto found = CaseRepository(*koordinator->db, WorkingCalendar::national(AgencyZone::WITA))
                           .find(caseId);
    QVERIFY(found);
    QCOMPARE(found->status, CaseStatus::NotAuthority);
    QCOMPARE(found->notAuthorityReason, reason);
}

// A local store that refuses writes during a push is the desk's problem, and the user
// must be told so, not that the hub sent bad data.
void TestPushE2E::storeFailureIsNotBlamedOnTheHub()
{
    auto petugas = client(officer());
    QVERIFY(petugas);
    const qint64 caseId = openCase();
    QVERIFY(petugas->writer().addNote(caseId, QStringLiteral("Catatan internal uji.")));
    QSqlQuery readOnly(petugas->db->connection());
    QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = ON")));
    const auto summary = petugas->push(1);
    QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = OFF")));
    QVERIFY(!summary.ok);
    QCOMPARE(summary.error.kind, HubError::Kind::Store);
    // Nothing was lost: the note goes out on the next push.
    QVERIFY(petugas->push().ok);
}

// The answer to the user's own write goes through the same ChangeApplier as the feed, so
// a case that changes under a local draft is flagged whichever way the change arrives.
void TestPushE2E::pushAnswerFollowsTheFeedsRules()
{
    auto kepala = client(approver());
    QVERIFY(kepala);
    const qint64 caseId = openCase();
    const auto drafted = kepala->writer().createDraft(caseId, QStringLiteral("Draf awal."));
    QVERIFY2(drafted, qPrintable(drafted.error));
    const auto returned = kepala->writer().returnNotAuthority(
        caseId, QStringLiteral("Kewenangan pemerintah provinsi, bukan kabupaten."));
    QVERIFY2(returned, qPrintable(returned.error));
    QVERIFY(kepala->push().ok);
    QSqlQuery q(kepala->db->connection());
    q.prepare(QStringLiteral("SELECT hub_changed, status FROM cases WHERE tracking_id = ?"));
    q.addBindValue(caseId);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("not_authority"));
}

QTEST_GUILESS_MAIN(TestPushE2E)
#include "tst_pushe2e.moc"
