#include "ctlrunner.h"
#include "hubapi/offlineverifier.h"
#include "hubprocess.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// `lapordeskctl login`, `sync`, `cases` and `logout` against a real laporhub, as a script
// on an office PC would run them. Run twice by CTest: inside a D-Bus session with an
// unlocked GNOME keyring (LAPOR_EXPECT_KEYCHAIN=1: the session is kept between commands),
// and without a session bus (the session lives for one command, --password-stdin every
// time). Either way no token ever reaches a file in the profile.
class TestCtlSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginSyncLogout();
    void wrongPasswordIsAuthFailure();
    void unreachableHubIsNetworkFailure();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result ctl(const QStringList &args, const QByteArray &stdinData = {});
    // Every file in the profile, concatenated: settings, store, WAL.
    QByteArray profileBytes() const;

    bool m_keychain = false;
    QString m_binary;
    QTemporaryDir m_dir;
    QString m_profile;
    HubProcess m_hub;
};

void TestCtlSession::initTestCase()
{
    m_keychain = qEnvironmentVariableIntValue("LAPOR_EXPECT_KEYCHAIN") == 1;
    m_binary = ctlBinary();
    QVERIFY2(QFileInfo::exists(m_binary), qPrintable(m_binary));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    m_hub.setArguments({ QStringLiteral("--generate"), QStringLiteral("80"),
                         QStringLiteral("--seed"), QStringLiteral("3") });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
}

TestCtlSession::Result TestCtlSession::ctl(const QStringList &args, const QByteArray &stdinData)
{
    CtlRun run;
    run.arguments = QStringList { QStringLiteral("--profile"), m_profile } + args;
    run.input = stdinData;
    const CtlResult result = runCtl(run);
    return { result.code, result.out, result.err };
}

QByteArray TestCtlSession::profileBytes() const
{
    QByteArray all;
    QDirIterator it(m_profile, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void TestCtlSession::loginSyncLogout()
{
    const QString hub = m_hub.baseUrl().toString();
    auto login
        = ctl({ QStringLiteral("login"), QStringLiteral("--hub"), hub, QStringLiteral("--user"),
                QStringLiteral("petugas1"), QStringLiteral("--password-stdin") },
              "latihan\n");
    QVERIFY2(login.code == 0, qPrintable(login.err));
    QVERIFY2(login.out.contains(hub), qPrintable(login.out));
    QCOMPARE(login.err.contains(QLatin1String("Keychain")), !m_keychain);

    // The kept session serves the next command without a password, or, without a
    // keychain, the command says how to go on.
    auto sync = ctl({ QStringLiteral("sync") });
    if (m_keychain) {
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
    } else {
        QCOMPARE(sync.code, 5);
        QVERIFY2(sync.err.contains(QLatin1String("--password-stdin")), qPrintable(sync.err));
        sync = ctl({ QStringLiteral("sync"), QStringLiteral("--password-stdin") }, "latihan\n");
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
    }
    QCOMPARE(sync.out.trimmed().count(QLatin1Char('\n')), 0); // one summary line
    const auto cases = ctl({ QStringLiteral("cases") });
    QCOMPARE(cases.code, 0);
    QVERIFY(cases.out.count(QLatin1Char('\n')) > 5);

    // Tokens never reach the profile: not in settings, not in the store.
    const QByteArray bytes = profileBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("latihan"));
    QVERIFY(!bytes.toLower().contains("refresh_token"));
    QVERIFY(!bytes.toLower().contains("access_token"));
    // What the password left is the lock screen's check of it.
    const QSettings settings(m_profile + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    QVERIFY(lapor::OfflineVerifier::check(settings, QStringLiteral("latihan")));
    QVERIFY(!lapor::OfflineVerifier::check(settings, QStringLiteral("salah")));

    const auto logout = ctl({ QStringLiteral("logout") });
    QCOMPARE(logout.code, 0);
    const auto after = ctl({ QStringLiteral("sync") });
    QCOMPARE(after.code, 5);
}

void TestCtlSession::wrongPasswordIsAuthFailure()
{
    const auto login = ctl({ QStringLiteral("login"), QStringLiteral("--hub"),
                             m_hub.baseUrl().toString(), QStringLiteral("--user"),
                             QStringLiteral("petugas1"), QStringLiteral("--password-stdin") },
                           "salah\n");
    QCOMPARE(login.code, 5);
    QVERIFY(!login.err.trimmed().isEmpty());
}

void TestCtlSession::unreachableHubIsNetworkFailure()
{
    // A port nobody listens on: the hub is restarted elsewhere after this test.
    const auto login = ctl({ QStringLiteral("login"), QStringLiteral("--hub"),
                             QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--user"),
                             QStringLiteral("petugas1"), QStringLiteral("--password-stdin") },
                           "latihan\n");
    QCOMPARE(login.code, 4);
    QVERIFY(!login.err.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestCtlSession)
#include "tst_ctlsession.moc"
