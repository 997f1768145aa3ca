#include "core/draftfiles.h"
#include "core/preferences.h"
#include "core/profile.h"
#include "hubfixture.h"
#include "hubtestutil.h"
#include "store/actionwriter.h"
#include "store/outboxrepository.h"
#include "sync/attachmentfetcher.h"
#include "sync/hubaccount.h"
#include "sync/synccontroller.h"
#include "testfiles.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;

// Text first on a thin link, against a real laporhub: a sync pushes the desk's text
// actions, pulls the case text, then uploads the desk's files and only then downloads
// attachment bytes; the outbox sends text-only actions before the files of other cases; the setting
// that keeps prefetching off a metered connection; and the bytes each run sent and received, kept
// per run.
class TestTextFirst : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void clientCountsBodyBytes();
    void prefetchNeverRunsDuringThePull();
    void meteredConnectionSkipsPrefetchOnly();
    void textGoesBeforeFilesOfOtherCases();

private:
    struct Desk
    {
        lapor::test::TempStore store;
        std::unique_ptr<SyncController> sync;
        std::unique_ptr<AttachmentFetcher> fetcher;
    };
    std::unique_ptr<Desk> desk(bool withFetcher);
    static bool signIn(Desk &d, const QString &url);
    static bool syncOnce(Desk &d);
    static QString anyAttachment(Database &db);

    // Enough cases for a few dozen attachments, each of a few hundred bytes.
    HubFixture m_hub { 400 };
    HubTestClient m_sim;
};

void TestTextFirst::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
    m_sim.setBaseUrl(m_hub.url());
}

void TestTextFirst::init()
{
    m_hub.clearFaults();
}

std::unique_ptr<TestTextFirst::Desk> TestTextFirst::desk(bool withFetcher)
{
    auto d = std::make_unique<Desk>();
    if (!d->store.openProfile())
        return nullptr;
    d->sync = std::make_unique<SyncController>(*d->store.profile(), *d->store);
    if (withFetcher) {
        d->fetcher = std::make_unique<AttachmentFetcher>(
            [s = d->sync.get()]() -> HubClient & { return s->account().client(); }, *d->store,
            d->store.profile()->attachmentsDir());
        d->sync->setAttachmentFetcher(d->fetcher.get());
    }
    // No platform backend decides here unless a test says so.
    d->sync->setMeteredCheck([] { return false; });
    return d;
}

bool TestTextFirst::signIn(Desk &d, const QString &url)
{
    QSignalSpy login(d.sync.get(), &SyncController::loginFinished);
    QSignalSpy synced(d.sync.get(), &SyncController::syncFinished);
    d.sync->login(url, QStringLiteral("petugas1"), QLatin1String(HubFixture::kPassword), false);
    if (!login.wait(20000) || !login.constFirst().at(0).toBool())
        return false;
    return (!synced.isEmpty() || synced.wait(60000)) && synced.constFirst().at(0).toBool();
}

bool TestTextFirst::syncOnce(Desk &d)
{
    QSignalSpy synced(d.sync.get(), &SyncController::syncFinished);
    d.sync->syncNow();
    return synced.wait(60000) && synced.constFirst().at(0).toBool();
}

QString TestTextFirst::anyAttachment(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT a.id FROM attachments a JOIN cases c ON c.tracking_id = "
                               "a.case_id WHERE c.in_scope = 1 AND a.size > 256 LIMIT 1"))
        || !q.next()) {
        QTest::qFail("the generated cases bring no attachment", __FILE__, __LINE__);
        return {};
    }
    return q.value(0).toString();
}

void TestTextFirst::clientCountsBodyBytes()
{
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client(HubClient::Settings { m_hub.url(), {}, 10000 }, tokens);
    QCOMPARE(client.bytesSent(), 0);
    QCOMPARE(client.bytesReceived(), 0);

    // A sign-in sends its JSON body, compact, and nothing else is counted as sent.
    const QJsonObject body { { QStringLiteral("username"), QStringLiteral("petugas1") },
                             { QStringLiteral("password"), QLatin1String(HubFixture::kPassword) } };
    auto *call = client.login(QStringLiteral("petugas1"), QLatin1String(HubFixture::kPassword));
    QSignalSpy done(call, &HubCall::finished);
    QVERIFY(done.wait(10000));
    QVERIFY2(call->error().ok(), qPrintable(call->error().userMessage()));
    QCOMPARE(client.bytesSent(), QJsonDocument(body).toJson(QJsonDocument::Compact).size());
    QVERIFY(client.bytesReceived() > 0);
    delete call;

    // A part of an attachment arrives unencoded: exactly the bytes asked for.
    auto d = desk(false);
    QVERIFY(d);
    QVERIFY(signIn(*d, m_hub.url().toString()));
    const QString id = anyAttachment(*d->store);
    QVERIFY(!id.isEmpty());
    const qint64 before = client.bytesReceived();
    const qint64 sentBefore = client.bytesSent();
    HubClient::Request part;
    part.path = QStringLiteral("/v1/attachments/") + id;
    part.range = "bytes=0-255";
    part.maxBytes = 256;
    auto *got = client.send(part);
    QSignalSpy arrived(got, &HubCall::finished);
    QVERIFY(arrived.wait(10000));
    QCOMPARE(got->status(), 206);
    QCOMPARE(got->body().size(), 256);
    QCOMPARE(client.bytesReceived() - before, 256);
    QCOMPARE(client.bytesSent(), sentBefore); // a GET has no body
    delete got;
}

void TestTextFirst::prefetchNeverRunsDuringThePull()
{
    // Slow parts, so that a prefetch is still going when the next sync starts.
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("attachments.get") },
                     { QStringLiteral("action"), QStringLiteral("latency") },
                     { QStringLiteral("latency_ms"), 150 } });
    auto d = desk(true);
    QVERIFY(d);
    d->fetcher->setPartBytes(64);
    QStringList events;
    qint64 partBytes = 0;
    QHash<QString, qint64> offsets;
    bool startedOver = false;
    connect(d->sync.get(), &SyncController::phaseChanged, this,
            [&events](SyncController::Phase phase) {
                events.append(
                    QLatin1String(QMetaEnum::fromType<SyncController::Phase>().key(int(phase))));
            });
    connect(d->fetcher.get(), &AttachmentFetcher::progress, this,
            [&](const QString &id, qint64 done, qint64) {
                startedOver = startedOver || done <= offsets.value(id);
                partBytes += done - offsets.value(id);
                offsets.insert(id, done);
                events.append(QStringLiteral("part"));
            });

    QVERIFY(signIn(*d, m_hub.url().toString()));
    QCOMPARE(d->sync->phase(), SyncController::Phase::Prefetching);
    QTRY_VERIFY_WITH_TIMEOUT(events.count(QStringLiteral("part")) >= 2, 20000);
    const qint64 firstRunParts = partBytes;
    // A slow feed: a prefetch going on beside the pull would land several parts in it.
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("changes") },
                     { QStringLiteral("action"), QStringLiteral("latency") },
                     { QStringLiteral("latency_ms"), 800 } });
    QVERIFY(syncOnce(*d));
    // The second run's prefetch resumes, then the test ends it.
    QTRY_VERIFY_WITH_TIMEOUT(events.constLast() == QLatin1String("part"), 20000);
    d->sync->cancelSync();
    QCOMPARE(d->sync->phase(), SyncController::Phase::Idle);

    // Each run: push, pull, prefetch, in that order; a run's prefetch ended when the next
    // run began. (The hub answering the connectivity probe may start one more run.)
    QStringList phases = events;
    phases.removeAll(QStringLiteral("part"));
    const QString sequence = phases.join(QLatin1Char(' '));
    const int runCount = int(phases.count(QStringLiteral("Pushing")));
    QVERIFY2(runCount >= 2, qPrintable(sequence));
    QStringList expected;
    for (int i = 0; i < runCount; ++i)
        expected << QStringLiteral("Pushing Pulling Prefetching Idle");
    QCOMPARE(sequence, expected.join(QLatin1Char(' ')));
    // While a run pushes, only the part already on the way when it began may arrive; the
    // pull starts after it, and no part arrives while the pull runs.
    QString phase;
    int partsInPhase = 0;
    for (const QString &event : std::as_const(events)) {
        if (event != QLatin1String("part")) {
            phase = event;
            partsInPhase = 0;
            continue;
        }
        ++partsInPhase;
        QVERIFY2(phase == QLatin1String("Prefetching")
                     || (phase == QLatin1String("Pushing") && partsInPhase == 1),
                 qPrintable(QStringLiteral("a part arrived in phase ") + phase));
    }
    // A file stopped between parts is resumed where it stopped, never started again.
    QVERIFY(firstRunParts > 0);
    QVERIFY(!startedOver);

    // Both runs are in the sync log's table, with what they moved.
    const auto runs = d->sync->recentRuns(10);
    QCOMPARE(runs.size(), runCount);
    qint64 runsDown = 0;
    qint64 runsUp = 0;
    for (int i = 0; i < runs.size(); ++i) {
        QVERIFY(runs.at(i).ok);
        if (i > 0)
            QVERIFY(runs.at(i - 1).startedAt >= runs.at(i).finishedAt.addSecs(-1));
        runsDown += runs.at(i).bytesDown;
        runsUp += runs.at(i).bytesUp;
    }
    // The feed pages and every attachment part are in the runs' counts.
    QVERIFY2(runsDown > partBytes,
             qPrintable(QStringLiteral("%1 <= %2").arg(runsDown).arg(partBytes)));
    const auto days = d->sync->dailyTraffic(QTimeZone::utc(), 2);
    qint64 up = 0;
    qint64 down = 0;
    int count = 0;
    for (const auto &day : days) {
        up += day.bytesUp;
        down += day.bytesDown;
        count += day.runs;
    }
    QCOMPARE(count, runCount);
    QCOMPARE(down, runsDown);
    QCOMPARE(up, runsUp);
    QVERIFY(d->sync->log().join(QLatin1Char('\n')).contains(QLatin1String("diterima")));
}

void TestTextFirst::meteredConnectionSkipsPrefetchOnly()
{
    auto d = desk(true);
    QVERIFY(d);
    Preferences preferences = Preferences::load(d->store.profile()->settings());
    preferences.prefetchUnmeteredOnly = true;
    preferences.store(d->store.profile()->settings());
    bool metered = true;
    d->sync->setMeteredCheck([&metered] { return metered; });
    QSignalSpy progress(d->fetcher.get(), &AttachmentFetcher::progress);

    QVERIFY(signIn(*d, m_hub.url().toString()));
    QCOMPARE(d->sync->phase(), SyncController::Phase::Idle);
    QVERIFY(progress.isEmpty());
    QCOMPARE(d->fetcher->bytesKept(), 0);
    QVERIFY(d->sync->log().join(QLatin1Char('\n')).contains(QLatin1String("berkuota")));
    QVERIFY(!d->sync->recentRuns(5).isEmpty());

    // What the user opens is downloaded on a metered connection too.
    const QString id = anyAttachment(*d->store);
    QVERIFY(!id.isEmpty());
    QSignalSpy downloaded(d->fetcher.get(), &AttachmentFetcher::downloaded);
    d->fetcher->fetch(id);
    QVERIFY(downloaded.wait(20000));
    QCOMPARE(downloaded.constFirst().at(0).toString(), id);
    const qint64 opened = d->fetcher->bytesKept();
    QVERIFY(opened > 0);

    // Off the metered connection, the next sync prefetches.
    metered = false;
    QVERIFY(syncOnce(*d));
    QCOMPARE(d->sync->phase(), SyncController::Phase::Prefetching);
    QTRY_VERIFY_WITH_TIMEOUT(d->fetcher->bytesKept() > opened, 20000);
    // With the setting off, a metered connection prefetches as before.
    d->sync->cancelSync();
    metered = true;
    preferences.prefetchUnmeteredOnly = false;
    preferences.store(d->store.profile()->settings());
    QVERIFY(syncOnce(*d));
    QCOMPARE(d->sync->phase(), SyncController::Phase::Prefetching);
    d->sync->cancelSync();
}

void TestTextFirst::textGoesBeforeFilesOfOtherCases()
{
    auto d = desk(false);
    QVERIFY(d);
    QVERIFY(signIn(*d, m_hub.url().toString()));
    const qint64 withFile = HubTestUtil::newComplaint(m_sim);
    const qint64 textOnly = HubTestUtil::newComplaint(m_sim);
    QVERIFY(syncOnce(*d));

    // Case A: a revision with a file (its upload queued ahead of it); case B, written
    // after it: a note. Oldest first, the upload would go before the note.
    ActionWriter writer(*d->store, d->sync->account().user());
    const auto draft = writer.createDraft(
        withFile, QStringLiteral("Berita acara pemeriksaan lapangan kami lampirkan."));
    QVERIFY2(draft, qPrintable(draft.error));
    const QString source = d->store.profile()->dir() + QStringLiteral("/berita-acara.pdf");
    QVERIFY(lapor::test::writeFile(source, "%PDF-1.4\n" + QByteArray(300 * 1024, 'x')));
    DraftFiles files(d->store.profile()->dir(), draft.id);
    QString error;
    QVERIFY2(files.add(source, AttachmentPolicy(), &error), qPrintable(error));
    QVERIFY(writer.submitDraft(draft.id));
    QVERIFY(writer.addNote(textOnly, QStringLiteral("Sudah dikoordinasikan dengan camat.")));
    const auto queued = OutboxRepository(*d->store).list();
    QCOMPARE(queued.size(), 3);

    QStringList sending; // entry kinds, in the order their requests went out
    QString noteWhenUploadStarted; // the note's state as the upload's request went out
    QStringList phases; // the run's phase as each request went out
    OutboxRepository outbox(*d->store);
    connect(d->sync.get(), &SyncController::outboxChanged, this, [&](const QString &id) {
        const auto entries = outbox.list();
        for (const auto &entry : entries) {
            if (entry.id != id || entry.state != OutboxState::Sending)
                continue;
            sending.append(OutboxKinds::key(entry.kind));
            phases.append(QLatin1String(
                QMetaEnum::fromType<SyncController::Phase>().key(int(d->sync->phase()))));
            if (entry.kind != OutboxKind::AttachmentUpload)
                continue;
            for (const auto &other : entries) {
                if (other.kind == OutboxKind::CaseNote)
                    noteWhenUploadStarted = OutboxStates::key(other.state);
            }
        }
    });
    QVERIFY(syncOnce(*d));
    // The sync is reported after the pull; the files go after it.
    QTRY_COMPARE_WITH_TIMEOUT(d->sync->phase(), SyncController::Phase::Idle, 30000);
    QCOMPARE(sending,
             QStringList({ QStringLiteral("cases.notes"), QStringLiteral("attachments.upload"),
                           QStringLiteral("drafts.submit") }));
    // Not beside it either: the upload started once the note was answered.
    QCOMPARE(noteWhenUploadStarted, OutboxStates::key(OutboxState::Sent));
    // The note before the pull, the file and its revision after it: case text first.
    QCOMPARE(phases,
             QStringList({ QStringLiteral("Pushing"), QStringLiteral("Uploading"),
                           QStringLiteral("Uploading") }));
    for (const auto &entry : outbox.list())
        QCOMPARE(entry.state, OutboxState::Sent);
    // The revision reached the hub with its file.
    int status = 0;
    const auto onHub = m_hub.request(QStringLiteral("petugas1"), "GET",
                                     QStringLiteral("/v1/drafts/") + draft.id, {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(onHub.value(QLatin1String("state")).toString(), QStringLiteral("submitted"));
}

QTEST_GUILESS_MAIN(TestTextFirst)
#include "tst_textfirst.moc"
