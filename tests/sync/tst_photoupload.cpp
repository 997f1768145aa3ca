#include "core/draftfiles.h"
#include "core/imagemetadata.h"
#include "hubapi/hubjobs.h"
#include "hubfixture.h"
#include "hubtestutil.h"
#include "linkproxy.h"
#include "photobytes.h"
#include "store/actionwriter.h"
#include "store/outboxrepository.h"
#include "sync/attachmentfetcher.h"
#include "sync/outboxpusher.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;
namespace Photo = lapor::test::Photo;

using lapor::test::readFile;
using lapor::test::writeFile;

namespace {

User officer()
{
    return { QStringLiteral("u-petugas1"), QStringLiteral("petugas1"), QString(), Role::Officer,
             QStringLiteral("dpupr"),      QStringLiteral("kab-hsu") };
}

// A shaped link that loses nothing, for cutting uploads on purpose.
lapor::test::LinkProfile lossless(qint64 bitsPerSecond, int roundTripMs)
{
    lapor::test::LinkProfile profile;
    profile.bitsPerSecond = bitsPerSecond;
    profile.roundTripMs = roundTripMs;
    profile.loss = 0;
    return profile;
}

// The officer's client reaching the hub through `link`; null (and the test failed) when
// the sign-in does not succeed.
std::unique_ptr<HubClient> signedInThrough(const lapor::test::LinkProxy &link, TokenStore &tokens)
{
    auto client
        = std::make_unique<HubClient>(HubClient::Settings { link.url(), {}, 10000 }, tokens);
    client->setUser(officer());
    if (!lapor::test::logIn(*client, officer().username))
        return nullptr;
    return client;
}

// What of a camera's photo must never reach the hub.
void checkNoMetadata(const QByteArray &bytes)
{
    // The camera's Exif is little-endian; the orientation kept in its place is not.
    const QList<QByteArray> gone { QByteArray("Exif\0\0II", 8),
                                   "Canon",
                                   "Budi",
                                   "GPSLatitude",
                                   "Photoshop",
                                   "Ducky",
                                   "MotionPhoto" };
    for (const QByteArray &what : gone)
        QVERIFY2(!bytes.contains(what), what.constData());
}

} // namespace

// A camera's photo attached to a draft, pushed by the desk's own code to a real laporhub
// and downloaded back: the hub never receives its Exif, GPS position, XMP, IPTC or
// comment, and the picture itself arrives byte for byte.
class TestPhotoUpload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftPhotoReachesTheHubWithoutMetadata();
    void photoFromAnOlderVersionIsStrippedOnTheWay();
    void damagedPhotoIsNotSent();
    void cutUploadResumesWhereTheHubStopped();
    void cutAtAnyMomentLosesNoAcknowledgedPart_data();
    void cutAtAnyMomentLosesNoAcknowledgedPart();

private:
    qint64 newCase();
    QString newDraft(qint64 caseId);
    OutboxPusher::Summary push(HubClient *client = nullptr);
    // The draft's file as the hub serves it: downloaded by the desk's AttachmentFetcher
    // after a sync, and checked against a plain GET of the same attachment.
    QByteArray downloadBack(const QString &draftId, const QString &fileName);

    HubFixture m_hub { 40 };
    std::unique_ptr<Database> m_db;
    TokenStore m_tokens { TokenStore::Backend::Memory };
    std::unique_ptr<HubClient> m_client;
    HubTestClient m_sim;
};

void TestPhotoUpload::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
    // The store lives in the profile folder, where the drafts' files are kept.
    m_db = m_hub.openStore(QStringLiteral("lapordesk"));
    QVERIFY(m_db);
    m_client
        = std::make_unique<HubClient>(HubClient::Settings { m_hub.url(), {}, 10000 }, m_tokens);
    m_client->setUser(officer());
    QVERIFY(lapor::test::logIn(*m_client, officer().username));
    m_sim.setBaseUrl(m_hub.url());
}

qint64 TestPhotoUpload::newCase()
{
    const qint64 caseId = HubTestUtil::newComplaint(m_sim);
    const auto report = m_hub.sync(*m_db, officer().username);
    if (!report.ok)
        QTest::qFail(qPrintable(report.message), __FILE__, __LINE__);
    return caseId;
}

QString TestPhotoUpload::newDraft(qint64 caseId)
{
    const auto created = ActionWriter(*m_db, officer())
                             .createDraft(caseId,
                                          QStringLiteral("Lokasi sudah kami tinjau; "
                                                         "foto terlampir."));
    if (!created)
        QTest::qFail(qPrintable(created.error), __FILE__, __LINE__);
    return created.id;
}

OutboxPusher::Summary TestPhotoUpload::push(HubClient *client)
{
    OutboxPusher pusher(client ? *client : *m_client, *m_db,
                        WorkingCalendar::national(AgencyZone::WITA));
    pusher.setBackoff(Backoff(20, 100, 1));
    QSignalSpy finished(&pusher, &OutboxPusher::finished);
    pusher.push();
    if (pusher.isRunning() && finished.isEmpty() && !finished.wait(60000))
        QTest::qFail("the push did not finish within 60 s", __FILE__, __LINE__);
    return pusher.lastSummary();
}

QByteArray TestPhotoUpload::downloadBack(const QString &draftId, const QString &fileName)
{
    const auto report = m_hub.sync(*m_db, officer().username);
    if (!report.ok) {
        QTest::qFail(qPrintable(report.message), __FILE__, __LINE__);
        return {};
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, sha256 FROM attachments WHERE owner_kind = 'draft' "
                             "AND owner_id = ? AND file_name = ?"));
    q.addBindValue(draftId);
    q.addBindValue(fileName);
    if (!q.exec() || !q.next()) {
        QTest::qFail("the sync brought no record of the uploaded file", __FILE__, __LINE__);
        return {};
    }
    const QString id = q.value(0).toString();
    const QString sha256 = q.value(1).toString();

    const QString folder = QDir(m_hub.dir()).filePath(QStringLiteral("attachments"));
    AttachmentFetcher fetcher([this]() -> HubClient & { return *m_client; }, *m_db, folder);
    QSignalSpy downloaded(&fetcher, &AttachmentFetcher::downloaded);
    QSignalSpy failed(&fetcher, &AttachmentFetcher::failed);
    fetcher.fetch(id);
    // A bound that only ends a failing test.
    QDeadlineTimer bound(30000);
    while (downloaded.isEmpty() && failed.isEmpty() && !bound.hasExpired())
        QTest::qWait(10);
    if (downloaded.isEmpty() && failed.isEmpty()) {
        QTest::qFail("the download did not end within 30 s", __FILE__, __LINE__);
        return {};
    }
    if (!failed.isEmpty()) {
        QTest::qFail(qPrintable(failed.first().at(1).toString()), __FILE__, __LINE__);
        return {};
    }
    const QByteArray fetched = readFile(downloaded.first().at(1).toString());
    if (QString::fromLatin1(QCryptographicHash::hash(fetched, QCryptographicHash::Sha256).toHex())
        != sha256)
        QTest::qFail("the download is not the file the hub announced", __FILE__, __LINE__);

    HubTestClient witness(m_hub.url());
    witness.login(officer().username);
    const HubReply plain = witness.get(QStringLiteral("/v1/attachments/") + id);
    if (plain.status != 200 || plain.body != fetched)
        QTest::qFail(qPrintable(QStringLiteral("a plain GET disagrees: ") + plain.describe()),
                     __FILE__, __LINE__);
    return fetched;
}

void TestPhotoUpload::draftPhotoReachesTheHubWithoutMetadata()
{
    const qint64 caseId = newCase();
    const QString draftId = newDraft(caseId);
    QVERIFY(!draftId.isEmpty());
    const QByteArray photo = Photo::cameraJpeg(6);
    QVERIFY(photo.contains("GPS") || photo.contains("Canon")); // what there is to lose
    const QString original = m_hub.dir() + QStringLiteral("/kamera/IMG_0042.jpg");
    QVERIFY(writeFile(original, photo));

    // Attaching keeps a copy without metadata: the profile never holds the position.
    DraftFiles files(m_hub.dir(), draftId);
    QString error;
    QStringList removed;
    QVERIFY2(files.add(original, AttachmentPolicy(), &error, &removed), qPrintable(error));
    QVERIFY(removed.contains(QStringLiteral("GPS")));
    QCOMPARE(files.list().size(), 1);
    checkNoMetadata(readFile(files.list().first().path));
    if (QTest::currentTestFailed())
        return;

    QVERIFY(ActionWriter(*m_db, officer()).submitDraft(draftId));
    const auto pushed = push();
    QVERIFY2(pushed.ok, qPrintable(pushed.message));
    QCOMPARE(pushed.sent, 2);

    const QByteArray back = downloadBack(draftId, QStringLiteral("IMG_0042.jpg"));
    QVERIFY(!back.isEmpty());
    checkNoMetadata(back);
    if (QTest::currentTestFailed())
        return;
    // The picture is the camera's, byte for byte: the same tables and scan, still turned
    // as the camera said.
    const QByteArray plain = Photo::plainJpeg();
    const QByteArray picture = plain.mid(Photo::afterJfif(plain));
    QVERIFY(photo.contains(picture));
    QVERIFY(back.endsWith(picture));
    QCOMPARE(back, ImageMetadata::strip(photo).data);
    QCOMPARE(ImageMetadata::strip(back).orientation, 6);
}

void TestPhotoUpload::photoFromAnOlderVersionIsStrippedOnTheWay()
{
    // A draft file put in place before this version stripped on attaching.
    const qint64 caseId = newCase();
    const QString draftId = newDraft(caseId);
    const QByteArray photo = Photo::cameraPng(3);
    DraftFiles files(m_hub.dir(), draftId);
    QVERIFY(writeFile(files.dir() + QStringLiteral("/denah.png"), photo));
    QVERIFY(ActionWriter(*m_db, officer()).submitDraft(draftId));
    const auto pushed = push();
    QVERIFY2(pushed.ok, qPrintable(pushed.message));
    QCOMPARE(pushed.sent, 2);

    const QByteArray back = downloadBack(draftId, QStringLiteral("denah.png"));
    QCOMPARE(back, ImageMetadata::strip(photo).data);
    for (const char *gone : { "tEXt", "iTXt", "tIME", "Budi", "GPSLatitude", "after the end" })
        QVERIFY2(!back.contains(gone), gone);
}

void TestPhotoUpload::damagedPhotoIsNotSent()
{
    const qint64 caseId = newCase();
    const QString draftId = newDraft(caseId);
    const QByteArray photo = Photo::cameraJpeg(6);
    DraftFiles files(m_hub.dir(), draftId);
    QVERIFY(
        writeFile(files.dir() + QStringLiteral("/terpotong.jpg"), photo.left(photo.size() / 2)));
    QVERIFY(ActionWriter(*m_db, officer()).submitDraft(draftId));
    push();
    // The file stays on the desk with the reason; nothing of it reached the hub.
    bool refused = false;
    for (const OutboxEntry &entry : OutboxRepository(*m_db).forCase(caseId)) {
        if (entry.kind != OutboxKind::AttachmentUpload)
            continue;
        QCOMPARE(entry.state, OutboxState::Failed);
        QVERIFY2(entry.lastError.contains(QStringLiteral("terpotong.jpg"))
                     && entry.lastError.contains(QStringLiteral("tidak dikirim")),
                 qPrintable(entry.lastError));
        refused = true;
    }
    QVERIFY(refused);
    QVERIFY(m_hub.sync(*m_db, officer().username).ok);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM attachments WHERE owner_id = ?"));
    q.addBindValue(draftId);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// A file whose upload is cut part-way: the next push, by a desk started afresh, sends
// only what the hub had not acknowledged, and the hub ends with the file byte for byte.
void TestPhotoUpload::cutUploadResumesWhereTheHubStopped()
{
    lapor::test::LinkProxy link(lossless(8'000'000, 10));
    QString error;
    QVERIFY2(link.start(quint16(m_hub.url().port()), &error), qPrintable(error));

    const qint64 caseId = newCase();
    const QString draftId = newDraft(caseId);
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; pdf.size() < 3'000'000; ++i)
        pdf.append(char((i * 131 + i / 977) % 256));
    DraftFiles files(m_hub.dir(), draftId);
    QVERIFY(writeFile(files.dir() + QStringLiteral("/laporan.pdf"), pdf));
    QVERIFY(ActionWriter(*m_db, officer()).submitDraft(draftId));

    // The desk is closed once two thirds of the file have gone up.
    qint64 upAtClose = 0;
    {
        TokenStore tokens(TokenStore::Backend::Memory);
        const auto through = signedInThrough(link, tokens);
        QVERIFY(through);
        HubClient &client = *through;
        link.resetCounters();
        OutboxPusher pusher(client, *m_db, WorkingCalendar::national(AgencyZone::WITA));
        QSignalSpy finished(&pusher, &OutboxPusher::finished);
        pusher.push();
        QDeadlineTimer bound(30000);
        while (link.bytesUp() < 2'000'000 && finished.isEmpty() && !bound.hasExpired())
            QTest::qWait(2);
        QVERIFY2(finished.isEmpty(), "the upload ended before the desk was closed");
        upAtClose = link.bytesUp();
        pusher.cancel();
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(pusher.lastSummary().sent, 0);
    }

    // Started again: a new client and pusher, as after a restart of the desk.
    TokenStore tokens(TokenStore::Backend::Memory);
    const auto through = signedInThrough(link, tokens);
    QVERIFY(through);
    HubClient &client = *through;
    link.resetCounters();
    const auto resumed = push(&client);
    // The file and the revision it belongs to (the damaged photo's draft above still waits).
    QCOMPARE(resumed.sent, 2);
    // At most the part cut in flight again, then the rest; never the file from byte 0.
    const qint64 rest = pdf.size() - upAtClose;
    QVERIFY2(link.bytesUp() < rest + WriteJob::kMaxPartBytes + 32 * 1024,
             qPrintable(QStringLiteral("%1 bytes up after the cut").arg(link.bytesUp())));
    QCOMPARE(downloadBack(draftId, QStringLiteral("laporan.pdf")), pdf);
}

void TestPhotoUpload::cutAtAnyMomentLosesNoAcknowledgedPart_data()
{
    QTest::addColumn<double>("share"); // of the file gone up when every connection is cut
    for (double share : { 0.0, 0.01, 0.2, 0.45, 0.5, 0.77, 0.99, 1.0 })
        QTest::addRow("%.0f %%", share * 100) << share;
}

// Wherever the cut falls (the session's opening, a part, the completion), the upload ends
// with the file byte for byte as one attachment, and what crossed twice is at most the
// part in flight and the heads.
void TestPhotoUpload::cutAtAnyMomentLosesNoAcknowledgedPart()
{
    QFETCH(double, share);
    lapor::test::LinkProxy link(lossless(20'000'000, 4));
    QString error;
    QVERIFY2(link.start(quint16(m_hub.url().port()), &error), qPrintable(error));
    TokenStore tokens(TokenStore::Backend::Memory);
    const auto through = signedInThrough(link, tokens);
    QVERIFY(through);
    HubClient &client = *through;

    QByteArray file(1'500'000, Qt::Uninitialized);
    for (int i = 0; i < file.size(); ++i)
        file[i] = char((i * 151 + i / 4093 + int(share * 100)) % 256);
    protocol::UploadAttachment upload;
    upload.caseId = newCase();
    upload.draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    upload.fileName = QStringLiteral("denah.pdf");
    upload.mimeType = QStringLiteral("application/pdf");
    upload.size = file.size();
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    link.resetCounters();
    // The heads of the session's opening come first: a share of 0 cuts inside them.
    link.cutAfterUp(qMax<qint64>(200, qint64(double(file.size()) * share)));
    QJsonObject answer;
    for (int attempt = 0; attempt < 3 && answer.isEmpty(); ++attempt) {
        // A failed job is followed by a new one with the same key, as after a restart.
        WriteJob job(client, upload, key, QString());
        job.setFile(file);
        QSignalSpy finished(&job, &WriteJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        if (job.error().ok())
            answer = job.answer();
    }
    QVERIFY2(!answer.isEmpty(), "the upload did not end in three attempts");
    QVERIFY2(link.bytesUp() < file.size() + WriteJob::kMaxPartBytes + 64 * 1024,
             qPrintable(QStringLiteral("%1 bytes up for %2").arg(link.bytesUp()).arg(file.size())));

    HubTestClient witness(m_hub.url());
    witness.login(officer().username);
    const HubReply back = witness.get(QStringLiteral("/v1/attachments/")
                                      + answer.value(QLatin1String("id")).toString());
    QCOMPARE(back.status, 200);
    QCOMPARE(back.body, file);
}

QTEST_MAIN(TestPhotoUpload)
#include "tst_photoupload.moc"
