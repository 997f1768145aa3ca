#include "hubfixture.h"
#include "store/timelinerepository.h"
#include "sync/attachmentfetcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;

namespace {
// The generated files are small images and PDFs: parts this size make several of each.
constexpr qint64 kPart = 64;
} // namespace

// Attachment content against a real laporhub: on demand, in parts with Range, resumed
// after a cut connection or a restart, checked against sha256, stored under a safe name,
// and prefetched within a budget.
class TestAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void downloadsOnDemandAndVerifies();
    void resumesAfterCutConnection();
    void resumesInANewRunFromWhatIsOnDisk();
    void checksumMismatchIsDiscarded();
    void hostileNamesStayInsideTheProfile();
    void unplainIdIsRefused();
    void prefetchStaysWithinBudget();

private:
    struct Row
    {
        QString id;
        qint64 size = 0;
        QString sha256;
    };
    QList<Row> rows(const QString &where = QString()) const;
    qint64 recorded(const QString &id) const;
    QString localPath(const QString &id) const;
    std::unique_ptr<AttachmentFetcher> fetcher();
    // Runs the fetcher until `id` is downloaded or fails; the failure message, or empty.
    QString run(AttachmentFetcher &f, const QString &id);
    static QString sha256Of(const QString &path);

    HubFixture m_hub { 200 };
    std::unique_ptr<Database> m_db;
    TokenStore m_tokens { TokenStore::Backend::Memory };
    std::unique_ptr<HubClient> m_client;
    QTemporaryDir m_files;
};

void TestAttachments::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
    m_db = m_hub.openStore(QStringLiteral("petugas1"));
    QVERIFY(m_db);
    const auto report = m_hub.sync(*m_db, QStringLiteral("petugas1"));
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY2(rows().size() >= 4, "the generated cases bring attachments");

    m_client
        = std::make_unique<HubClient>(HubClient::Settings { m_hub.url(), {}, 10000 }, m_tokens);
    QVERIFY(lapor::test::logIn(*m_client, QStringLiteral("petugas1")));
}

void TestAttachments::init()
{
    m_hub.clearFaults();
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE attachments SET local_path = NULL, downloaded_bytes = 0")));
    QVERIFY(QDir(m_files.path()).removeRecursively());
    QVERIFY(QDir().mkpath(m_files.path()));
}

QList<TestAttachments::Row> TestAttachments::rows(const QString &where) const
{
    QList<Row> out;
    QSqlQuery q(m_db->connection());
    const QString sql
        = QStringLiteral("SELECT a.id, a.size, a.sha256 FROM attachments a JOIN cases c "
                         "ON c.tracking_id = a.case_id WHERE c.in_scope = 1 %1 "
                         "ORDER BY a.size DESC")
              .arg(where);
    if (!q.exec(sql))
        QTest::qFail(qPrintable(q.lastError().text() + QStringLiteral(" in: ") + sql), __FILE__,
                     __LINE__);
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString() });
    return out;
}

qint64 TestAttachments::recorded(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT downloaded_bytes FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QString TestAttachments::localPath(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT local_path FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::unique_ptr<AttachmentFetcher> TestAttachments::fetcher()
{
    auto f = std::make_unique<AttachmentFetcher>([this]() -> HubClient & { return *m_client; },
                                                 *m_db, m_files.path());
    f->setPartBytes(kPart);
    f->setRetries(3, 20);
    return f;
}

QString TestAttachments::run(AttachmentFetcher &f, const QString &id)
{
    QString failure;
    bool ended = false;
    auto ok = connect(&f, &AttachmentFetcher::downloaded, this,
                      [&](const QString &done) { ended = ended || done == id; });
    auto bad = connect(&f, &AttachmentFetcher::failed, this,
                       [&](const QString &which, const QString &message) {
                           if (which == id) {
                               failure = message;
                               ended = true;
                           }
                       });
    QEventLoop loop;
    auto stop = [&] {
        if (ended)
            loop.quit();
    };
    auto okStop = connect(&f, &AttachmentFetcher::downloaded, &loop, stop);
    auto badStop = connect(&f, &AttachmentFetcher::failed, &loop, stop);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit); // a bound, not a wait
    f.fetch(id);
    if (!ended)
        loop.exec();
    for (const auto &connection : { ok, bad, okStop, badStop })
        disconnect(connection);
    return ended ? failure : QStringLiteral("timed out");
}

QString TestAttachments::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

void TestAttachments::downloadsOnDemandAndVerifies()
{
    const Row a = rows().constFirst();
    QVERIFY2(a.size > 3 * kPart, "the largest attachment takes several parts");
    auto f = fetcher();
    QSignalSpy progress(f.get(), &AttachmentFetcher::progress);
    QCOMPARE(run(*f, a.id), QString());
    QVERIFY(progress.size() >= 3);
    QCOMPARE(recorded(a.id), a.size);
    const QString path = m_files.path() + QLatin1Char('/') + localPath(a.id);
    QVERIFY(localPath(a.id).startsWith(a.id + QLatin1Char('/')));
    QCOMPARE(QFileInfo(path).size(), a.size);
    QCOMPARE(sha256Of(path), a.sha256.toLower());
    QVERIFY(
        !QFile::exists(m_files.path() + QLatin1Char('/') + a.id + QLatin1String("/download.part")));

    // The workspace now finds the file; asking again downloads nothing.
    TimelineRepository timeline(*m_db);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT case_id FROM attachments WHERE id = ?"));
    q.addBindValue(a.id);
    QVERIFY(q.exec() && q.next());
    bool found = false;
    for (const auto &shown : timeline.attachments(q.value(0).toLongLong(), m_files.path()))
        found
            = found || (shown.id == a.id && shown.localFile == QFileInfo(path).absoluteFilePath());
    QVERIFY(found);
    progress.clear();
    QCOMPARE(run(*f, a.id), QString());
    QCOMPARE(progress.size(), 0);
}

void TestAttachments::resumesAfterCutConnection()
{
    const Row a = rows().constFirst();
    // The third part is cut half-way, the fourth refused with 503: the fetcher asks again
    // and continues from what it has, never from the start.
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("attachments.get") },
                     { QStringLiteral("action"), QStringLiteral("cut") },
                     { QStringLiteral("skip"), 2 },
                     { QStringLiteral("count"), 1 } });
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("attachments.get") },
                     { QStringLiteral("action"), QStringLiteral("error") },
                     { QStringLiteral("status"), 503 },
                     { QStringLiteral("retry_after"), 0 },
                     { QStringLiteral("skip"), 3 },
                     { QStringLiteral("count"), 1 } });
    auto f = fetcher();
    QSignalSpy progress(f.get(), &AttachmentFetcher::progress);
    QCOMPARE(run(*f, a.id), QString());
    qint64 last = 0;
    for (const auto &step : progress) {
        QVERIFY2(step.at(1).toLongLong() > last, "a part was fetched twice or from the start");
        last = step.at(1).toLongLong();
    }
    QCOMPARE(last, a.size);
    QCOMPARE(sha256Of(m_files.path() + QLatin1Char('/') + localPath(a.id)), a.sha256.toLower());
    // Both faults fired.
    int status = 0;
    const auto rules = m_hub.request(QStringLiteral("petugas1"), "GET",
                                     QStringLiteral("/v1/sim/faults"), {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(rules.value(QLatin1String("rules")).toArray().size(), 0);
}

void TestAttachments::resumesInANewRunFromWhatIsOnDisk()
{
    const Row a = rows().constFirst();
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("attachments.get") },
                     { QStringLiteral("action"), QStringLiteral("error") },
                     { QStringLiteral("status"), 500 },
                     { QStringLiteral("skip"), 1 },
                     { QStringLiteral("count"), 1 } });
    {
        auto f = fetcher();
        f->setRetries(0, 0); // gives up at once: the next run resumes
        QVERIFY(!run(*f, a.id).isEmpty());
    }
    QCOMPARE(recorded(a.id), kPart);
    // A crash after the row was written but before the file reached the disk: the row is
    // ahead of the file. The next run trusts the file.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE attachments SET downloaded_bytes = ? WHERE id = ?"));
    q.addBindValue(3 * kPart);
    q.addBindValue(a.id);
    QVERIFY(q.exec());
    auto f = fetcher();
    QSignalSpy progress(f.get(), &AttachmentFetcher::progress);
    QCOMPARE(run(*f, a.id), QString());
    QCOMPARE(progress.constFirst().at(1).toLongLong(), 2 * kPart);
    QCOMPARE(sha256Of(m_files.path() + QLatin1Char('/') + localPath(a.id)), a.sha256.toLower());
}

void TestAttachments::checksumMismatchIsDiscarded()
{
    const Row a = rows().constLast();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE attachments SET sha256 = ? WHERE id = ?"));
    q.addBindValue(QString(64, QLatin1Char('0')));
    q.addBindValue(a.id);
    QVERIFY(q.exec());
    auto f = fetcher();
    const QString failure = run(*f, a.id);
    QVERIFY2(failure.contains(QLatin1String("checksum")), qPrintable(failure));
    QCOMPARE(recorded(a.id), 0);
    QVERIFY(localPath(a.id).isEmpty());
    QVERIFY(QDir(m_files.path() + QLatin1Char('/') + a.id).isEmpty());
    q.addBindValue(a.sha256);
    q.addBindValue(a.id);
    QVERIFY(q.exec());
}

void TestAttachments::hostileNamesStayInsideTheProfile()
{
    const Row a = rows().constLast();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE attachments SET file_name = ? WHERE id = ?"));
    q.addBindValue(QStringLiteral("../../..\\..\\.bashrc:<x>\x01.jpg"));
    q.addBindValue(a.id);
    QVERIFY(q.exec());
    auto f = fetcher();
    QCOMPARE(run(*f, a.id), QString());
    const QString stored = localPath(a.id);
    QCOMPARE(stored, a.id + QStringLiteral("/bashrc__x__.jpg"));
    QVERIFY(QFile::exists(m_files.path() + QLatin1Char('/') + stored));
}

void TestAttachments::unplainIdIsRefused()
{
    const Row a = rows().constLast();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO attachments (id, case_id, owner_kind, file_name, size) "
                             "SELECT '../../escape', case_id, 'case', 'x.pdf', 10 "
                             "FROM attachments WHERE id = ?"));
    q.addBindValue(a.id);
    QVERIFY(q.exec());
    auto f = fetcher();
    QVERIFY(!run(*f, QStringLiteral("../../escape")).isEmpty());
    QVERIFY(!QFile::exists(m_files.path() + QLatin1String("/../../escape")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM attachments WHERE id = '../../escape'")));
}

void TestAttachments::prefetchStaysWithinBudget()
{
    const auto all = rows();
    qint64 total = 0;
    for (const auto &r : all)
        total += r.size;
    const qint64 budget = total / 2;
    auto f = fetcher();
    f->setPartBytes(AttachmentFetcher::kPartBytes);
    QSignalSpy idle(f.get(), &AttachmentFetcher::idle);
    QSignalSpy failed(f.get(), &AttachmentFetcher::failed);
    const int queued = f->prefetch(budget);
    QVERIFY(queued > 0 && queued < all.size());
    QVERIFY(idle.wait(60000));
    QCOMPARE(failed.size(), 0);
    QVERIFY(f->bytesKept() <= budget);
    QVERIFY(f->bytesKept() > 0);
    int complete = 0;
    for (const auto &r : all)
        complete += !localPath(r.id).isEmpty();
    QCOMPARE(complete, queued);
    // Within the same budget a second round adds nothing.
    QCOMPARE(f->prefetch(budget), 0);
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
