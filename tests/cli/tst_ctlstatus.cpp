#include "ctlrunner.h"
#include "laporversion.h"
#include "sqlcheck.h"
#include "store/database.h"
#include "tempstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;

namespace {
const QString kHub = QStringLiteral("https://hub.example.go.id");
} // namespace

// Drives the real lapordeskctl binary, as scripts and schedulers do.
class TestCtlStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusOnNewProfile();
    void nobodySignedIn();
    void statusJson();
    void missingProfile();
    void newerStoreRefused();
    void usageErrors();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result ctl(const QStringList &args);
    QString m_binary;
    QTemporaryDir m_dir;
};

void TestCtlStatus::initTestCase()
{
    m_binary = ctlBinary();
    QVERIFY2(QFileInfo::exists(m_binary), qPrintable(m_binary));
    QVERIFY(m_dir.isValid());
}

TestCtlStatus::Result TestCtlStatus::ctl(const QStringList &args)
{
    CtlRun run;
    run.arguments = args;
    run.timeoutMs = 30000;
    const CtlResult result = runCtl(run);
    return { result.code, result.out, result.err };
}

void TestCtlStatus::statusOnNewProfile()
{
    lapor::test::TempStore store;
    QVERIFY(store.openPerson(kHub, QStringLiteral("petugas1")));
    store.close();
    const auto result
        = ctl({ QStringLiteral("--profile"), store.homeDir(), QStringLiteral("status") });
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QString::number(Database::latestSchemaVersion())));
}

void TestCtlStatus::nobodySignedIn()
{
    const QString profile = m_dir.filePath(QStringLiteral("p0"));
    QDir().mkpath(profile);
    const auto result = ctl({ QStringLiteral("--profile"), profile, QStringLiteral("status") });
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QLatin1String("login")), qPrintable(result.err));
    // Asking for someone who never signed in here is as clear.
    const auto named = ctl({ QStringLiteral("--profile"), profile, QStringLiteral("--user"),
                             QStringLiteral("petugas9"), QStringLiteral("status") });
    QCOMPARE(named.code, 2);
    QVERIFY2(named.err.contains(QLatin1String("petugas9")), qPrintable(named.err));
}

void TestCtlStatus::statusJson()
{
    lapor::test::TempStore store;
    QVERIFY(store.openPerson(kHub, QStringLiteral("petugas1")));
    store.close();
    const QString profile = store.homeDir();
    const auto result = ctl({ QStringLiteral("--profile"), profile, QStringLiteral("--json"),
                              QStringLiteral("status") });
    QCOMPARE(result.code, 0);
    QJsonParseError error;
    const auto root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
    QCOMPARE(root.value(QStringLiteral("cases")).toInt(), 0);
    QVERIFY(root.value(QStringLiteral("cursor")).isNull());
    QCOMPARE(root.value(QStringLiteral("cases_by_status")).toObject().size(), 7);
}

void TestCtlStatus::missingProfile()
{
    const auto result = ctl({ QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("nope")),
                              QStringLiteral("status") });
    QCOMPARE(result.code, 3);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nope"))));
}

void TestCtlStatus::newerStoreRefused()
{
    lapor::test::TempStore store;
    QVERIFY(store.openPerson(kHub, QStringLiteral("petugas1")));
    store.close();
    const QString profile = store.homeDir();
    {
        lapor::test::RawConnection raw(store.profile()->databasePath());
        QVERIFY2(raw.exec(QStringLiteral("PRAGMA user_version = 99")), qPrintable(raw.lastError));
    }
    const auto result = ctl({ QStringLiteral("--profile"), profile, QStringLiteral("status") });
    QCOMPARE(result.code, 3);
    QVERIFY(result.err.contains(QStringLiteral("99")));
}

void TestCtlStatus::usageErrors()
{
    QCOMPARE(ctl({}).code, 2);
    QCOMPARE(ctl({ QStringLiteral("frobnicate") }).code, 2);
    QCOMPARE(ctl({ QStringLiteral("status") }).code, 2); // no --profile
    QCOMPARE(ctl({ QStringLiteral("--bogus") }).code, 2);
    QCOMPARE(ctl({ QStringLiteral("--help") }).code, 0);
    const auto version = ctl({ QStringLiteral("--version") });
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.contains(QStringLiteral(LAPOR_VERSION)));
}

QTEST_GUILESS_MAIN(TestCtlStatus)
#include "tst_ctlstatus.moc"
