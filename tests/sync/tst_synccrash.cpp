#include "core/profilehome.h"
#include "ctlrunner.h"
#include "hubfixture.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>

using namespace lapor;
using lapor::test::HubFixture;

// `lapordeskctl sync` killed with SIGKILL at several points, then run again, must end
// with the same store as a sync that was never interrupted.
class TestSyncCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSyncResumes();

private:
    int ctl(const QString &profile, const QStringList &args, QString *err = nullptr);
    QProcess *startSync(const QString &profile);
    QString profileDir(const QString &name) const;
    // The signed-in person's store in a profile.
    static QString storePath(const QString &profile);

    HubFixture m_hub { 800 };
    QString m_binary;
};

void TestSyncCrash::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
    m_binary = ctlBinary();
    QVERIFY(QFileInfo::exists(m_binary));
}

QString TestSyncCrash::storePath(const QString &profile)
{
    const auto person = ProfileHome(profile).current();
    return person ? person->dir + QStringLiteral("/lapordesk.sqlite") : QString();
}

QString TestSyncCrash::profileDir(const QString &name) const
{
    return m_hub.dir() + QLatin1Char('/') + name;
}

static QProcessEnvironment ctlEnvironment()
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    return env;
}

int TestSyncCrash::ctl(const QString &profile, const QStringList &args, QString *err)
{
    CtlRun run;
    run.arguments = QStringList { QStringLiteral("--profile"), profile } + args;
    run.input = QByteArray(HubFixture::kPassword) + '\n';
    run.environment = ctlEnvironment();
    run.timeoutMs = 120000;
    const CtlResult result = runCtl(run);
    if (err)
        *err = result.err;
    return result.code;
}

QProcess *TestSyncCrash::startSync(const QString &profile)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(ctlEnvironment());
    process->start(m_binary,
                   { QStringLiteral("--profile"), profile, QStringLiteral("sync"),
                     QStringLiteral("--password-stdin"), QStringLiteral("--page-size"),
                     QStringLiteral("20") });
    process->write(QByteArray(HubFixture::kPassword) + '\n');
    process->closeWriteChannel();
    // Progress goes to stderr; wait on that channel.
    process->setReadChannel(QProcess::StandardError);
    return process;
}

void TestSyncCrash::killedSyncResumes()
{
    const QStringList login { QStringLiteral("login"),    QStringLiteral("--hub"),
                              m_hub.url().toString(),     QStringLiteral("--user"),
                              QStringLiteral("petugas1"), QStringLiteral("--password-stdin") };
    const QString reference = profileDir(QStringLiteral("reference"));
    const QString victim = profileDir(QStringLiteral("victim"));
    QString err;
    QCOMPARE(ctl(reference, login, &err), 0);
    QCOMPARE(ctl(victim, login, &err), 0);
    QCOMPARE(ctl(reference,
                 { QStringLiteral("sync"), QStringLiteral("--password-stdin"),
                   QStringLiteral("--page-size"), QStringLiteral("40") },
                 &err),
             0);

    // Slow pages so that each kill lands in the middle of a sync.
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("changes") },
                     { QStringLiteral("action"), QStringLiteral("latency") },
                     { QStringLiteral("latency_ms"), 60 } });
    for (int pagesBeforeKill : { 1, 2, 4 }) {
        std::unique_ptr<QProcess> process(startSync(victim));
        int pages = 0;
        QByteArray stderrSoFar;
        while (pages < pagesBeforeKill && process->state() != QProcess::NotRunning) {
            process->waitForReadyRead(5000);
            stderrSoFar += process->readAllStandardError();
            pages = int(stderrSoFar.count("/"));
        }
        process->kill(); // SIGKILL: no destructor, no commit, nothing flushed
        process->waitForFinished(5000);
    }
    m_hub.clearFaults();
    {
        // The kills really interrupted the sync: the victim is behind the reference.
        auto partial = Database::open(storePath(victim));
        auto full = Database::open(storePath(reference));
        QVERIFY2(partial.database, qPrintable(partial.message));
        QVERIFY(HubFixture::digest(*partial.database) != HubFixture::digest(*full.database));
    }
    QCOMPARE(ctl(victim, { QStringLiteral("sync"), QStringLiteral("--password-stdin") }, &err), 0);

    auto referenceDb = Database::open(storePath(reference));
    auto victimDb = Database::open(storePath(victim));
    QVERIFY2(victimDb.database, qPrintable(victimDb.message)); // quick_check passed
    QVERIFY(referenceDb.database);
    QCOMPARE(HubFixture::digest(*victimDb.database), HubFixture::digest(*referenceDb.database));
    QCOMPARE(HubFixture::storeView(*victimDb.database).cases,
             m_hub.hubView(QStringLiteral("petugas1")).cases);
}

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
