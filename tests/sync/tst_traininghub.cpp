#include "hubprocess.h"
#include "hubtestutil.h"
#include "sync/traininghub.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;
using namespace Qt::Literals::StringLiterals;

// TrainingHub is how the desk starts laporhub for training mode. The tests start the hub
// with HubProcess (tests/support); this test keeps the desk's own launcher honest.
class TestTrainingHub : public QObject
{
    Q_OBJECT

private slots:
    void startsWithSampleDataAndKeepsItAcrossRestarts();
    void missingProgramIsReported();
};

void TestTrainingHub::startsWithSampleDataAndKeepsItAcrossRestarts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrainingHub::Options options;
    options.program = HubProcess::binaryPath();
    options.dataDir = dir.filePath(u"training"_s);
    options.generateCases = 20;
    qint64 trackingId = 0;
    {
        TrainingHub hub(options);
        QVERIFY2(hub.start(), qPrintable(hub.error()));
        QVERIFY(hub.isRunning());
        QCOMPARE(hub.url().host(), u"127.0.0.1"_s);
        HubTestClient client(hub.url());
        QCOMPARE(client.get(u"/v1/health"_s).status, 200);
        // Training runs with the simulator, so a trainer can file complaints.
        trackingId = HubTestUtil::newComplaint(client);
        QVERIFY(trackingId > 0);
        hub.stop();
        QVERIFY(!hub.isRunning());
    }
    // A second start finds the folder and keeps what the trainee did.
    TrainingHub again(options);
    QVERIFY2(again.start(), qPrintable(again.error()));
    HubTestClient officer(again.url());
    QVERIFY(!officer.login(u"petugas1"_s).isEmpty());
    QCOMPARE(officer.get(u"/v1/cases/%1"_s.arg(trackingId)).status, 200);
}

void TestTrainingHub::missingProgramIsReported()
{
    QTemporaryDir dir;
    TrainingHub::Options options;
    options.program = dir.filePath(u"tidak-ada"_s);
    options.dataDir = dir.filePath(u"training"_s);
    TrainingHub hub(options);
    QVERIFY(!hub.start());
    QVERIFY(!hub.isRunning());
    QVERIFY2(hub.error().contains(QDir::toNativeSeparators(options.program)),
             qPrintable(hub.error()));
}

QTEST_GUILESS_MAIN(TestTrainingHub)
#include "tst_traininghub.moc"
