#include "core/followup.h"
#include "sampledata.h"
#include "sqlcheck.h"
#include "store/attachmentrepository.h"
#include "store/caserepository.h"
#include "store/changewriter.h"
#include "store/database.h"

#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lapor;
using namespace lapor::test;
using namespace lapor::test::Sample;

class TestAttachmentRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void downloadOfUnknownId();
    void downloadReadsTheRow();
    void progressAndFinish();
    void restartForgetsTheFinishedFile();
    void missingIsNewestCaseFirst();
    void missingLeavesOutCasesOutOfScope();
    void writesReportStoreFailure();

private:
    void addCase(qint64 trackingId, const QDateTime &receivedAt);
    void addAttachment(const QString &id, qint64 caseId, qint64 size);
    bool exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {
constexpr qint64 kOld = 8300001;
constexpr qint64 kNew = 8300002;
} // namespace

void TestAttachmentRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAttachmentRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("lapor.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    addCase(kOld, utc("2026-03-02T01:15:00"));
    addCase(kNew, utc("2026-03-09T04:00:00"));
}

void TestAttachmentRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAttachmentRepository::addCase(qint64 trackingId, const QDateTime &receivedAt)
{
    Case c = sampleCase(trackingId, QStringLiteral("Drainase tersumbat"),
                        QStringLiteral("Air meluap ke jalan tiap hujan, foto terlampir."));
    c.receivedAt = receivedAt;
    c.disposedAt = receivedAt.addDays(1);
    QString error;
    QVERIFY2(CaseRepository(*m_db, WorkingCalendar()).upsert(c, &error), qPrintable(error));
}

void TestAttachmentRepository::addAttachment(const QString &id, qint64 caseId, qint64 size)
{
    AttachmentInfo a;
    a.id = id;
    a.caseId = caseId;
    a.ownerKind = QStringLiteral("case");
    a.fileName = id + QLatin1String(".jpg");
    a.mimeType = QStringLiteral("image/jpeg");
    a.size = size;
    a.sha256 = QStringLiteral("AB12");
    QString error;
    QVERIFY2(ChangeWriter(*m_db).upsertAttachment(a, &error), qPrintable(error));
}

bool TestAttachmentRepository::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (q.exec(sql))
        return true;
    qWarning() << q.lastError().text() << sql;
    return false;
}

void TestAttachmentRepository::downloadOfUnknownId()
{
    const AttachmentRepository attachments(*m_db);
    QVERIFY(!attachments.download(QStringLiteral("a-none")));
    QCOMPARE(attachments.bytesKept(), 0);
    QVERIFY(attachments.missing().isEmpty());
}

void TestAttachmentRepository::downloadReadsTheRow()
{
    addAttachment(QStringLiteral("a-foto"), kOld, 3000);
    const auto d = AttachmentRepository(*m_db).download(QStringLiteral("a-foto"));
    QVERIFY(d);
    QCOMPARE(d->id, QStringLiteral("a-foto"));
    QCOMPARE(d->fileName, QStringLiteral("a-foto.jpg"));
    QCOMPARE(d->size, 3000);
    QCOMPARE(d->sha256, QStringLiteral("AB12")); // as sent; the fetcher compares lower case
    QCOMPARE(d->downloadedBytes, 0);
    QVERIFY(d->localPath.isEmpty());
}

void TestAttachmentRepository::progressAndFinish()
{
    addAttachment(QStringLiteral("a-foto"), kOld, 3000);
    addAttachment(QStringLiteral("a-surat"), kNew, 500);
    AttachmentRepository attachments(*m_db);
    QString error;
    QVERIFY2(attachments.setDownloadedBytes(QStringLiteral("a-foto"), 1024, &error),
             qPrintable(error));
    QCOMPARE(attachments.download(QStringLiteral("a-foto"))->downloadedBytes, 1024);
    QCOMPARE(attachments.bytesKept(), 1024);

    QVERIFY2(attachments.markFinished(QStringLiteral("a-surat"), QStringLiteral("a-surat/s.pdf"),
                                      &error),
             qPrintable(error));
    const auto done = attachments.download(QStringLiteral("a-surat"));
    QCOMPARE(done->downloadedBytes, 500); // the whole file, whatever was recorded before
    QCOMPARE(done->localPath, QStringLiteral("a-surat/s.pdf"));
    QCOMPARE(attachments.bytesKept(), 1524);
    // Only the partial one is still missing, with what it lacks.
    const auto missing = attachments.missing();
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().id, QStringLiteral("a-foto"));
    QCOMPARE(missing.first().missingBytes, 3000 - 1024);
}

void TestAttachmentRepository::restartForgetsTheFinishedFile()
{
    addAttachment(QStringLiteral("a-foto"), kOld, 3000);
    AttachmentRepository attachments(*m_db);
    QString error;
    QVERIFY2(
        attachments.markFinished(QStringLiteral("a-foto"), QStringLiteral("a-foto/f.jpg"), &error),
        qPrintable(error));
    QVERIFY(attachments.missing().isEmpty());

    QVERIFY2(attachments.restartAt(QStringLiteral("a-foto"), 0, &error), qPrintable(error));
    const auto d = attachments.download(QStringLiteral("a-foto"));
    QCOMPARE(d->downloadedBytes, 0);
    QVERIFY(d->localPath.isEmpty());
    QCOMPARE(attachments.missing().size(), 1);
    QCOMPARE(attachments.bytesKept(), 0);
}

void TestAttachmentRepository::missingIsNewestCaseFirst()
{
    addAttachment(QStringLiteral("a-lama"), kOld, 10);
    addAttachment(QStringLiteral("a-besar"), kNew, 9000);
    addAttachment(QStringLiteral("a-kecil"), kNew, 200);
    QStringList ids;
    for (const auto &m : AttachmentRepository(*m_db).missing())
        ids.append(m.id);
    QCOMPARE(ids,
             (QStringList { QStringLiteral("a-kecil"), QStringLiteral("a-besar"),
                            QStringLiteral("a-lama") }));
}

void TestAttachmentRepository::missingLeavesOutCasesOutOfScope()
{
    addAttachment(QStringLiteral("a-lama"), kOld, 10);
    addAttachment(QStringLiteral("a-baru"), kNew, 10);
    QVERIFY(exec(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id = %1").arg(kOld)));
    const auto missing = AttachmentRepository(*m_db).missing();
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().id, QStringLiteral("a-baru"));
}

void TestAttachmentRepository::writesReportStoreFailure()
{
    addAttachment(QStringLiteral("a-foto"), kOld, 3000);
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON attachments "
                                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
    AttachmentRepository attachments(*m_db);
    QString error;
    QVERIFY(!attachments.setDownloadedBytes(QStringLiteral("a-foto"), 10, &error));
    QVERIFY2(error.contains(QLatin1String("disk I/O error")), qPrintable(error));
    error.clear();
    QVERIFY(!attachments.restartAt(QStringLiteral("a-foto"), 0, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!attachments.markFinished(QStringLiteral("a-foto"), QStringLiteral("a-foto/f.jpg"),
                                      &error));
    QVERIFY(!error.isEmpty());
    const auto d = attachments.download(QStringLiteral("a-foto"));
    QCOMPARE(d->downloadedBytes, 0);
    QVERIFY(d->localPath.isEmpty());
}

QTEST_GUILESS_MAIN(TestAttachmentRepository)
#include "tst_attachmentrepository.moc"
