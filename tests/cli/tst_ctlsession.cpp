#include "browserstep.h"
#include "core/profilehome.h"
#include "ctlrunner.h"
#include "hubapi/offlineverifier.h"
#include "hubprocess.h"
#include "hubtestclient.h"
#include "hubtestutil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
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
    void twoPeopleOneProfile();
    void wrongPasswordIsAuthFailure();
    void unreachableHubIsNetworkFailure();
    void deviceLoginNeedsNoPasswordHere();

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
    const auto person = lapor::ProfileHome(m_profile).current();
    QVERIFY(person);
    const QSettings settings(person->dir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    QVERIFY(lapor::OfflineVerifier::check(settings, QStringLiteral("latihan")));
    QVERIFY(!lapor::OfflineVerifier::check(settings, QStringLiteral("salah")));

    const auto logout = ctl({ QStringLiteral("logout") });
    QCOMPARE(logout.code, 0);
    // Nobody is signed in now: a command names who it works as...
    const auto after = ctl({ QStringLiteral("sync") });
    QCOMPARE(after.code, 2);
    QVERIFY2(after.err.contains(QLatin1String("--user")), qPrintable(after.err));
    // ... and that person's session is gone.
    const auto named
        = ctl({ QStringLiteral("--user"), QStringLiteral("petugas1"), QStringLiteral("sync") });
    QCOMPARE(named.code, 5);
}

namespace {

// The tracking ids the hub's feed gives `username`: what their desk must show.
QSet<qint64> feedCases(const QUrl &hub, const QString &username)
{
    HubTestClient client(hub);
    client.login(username);
    const auto feed = HubTestUtil::readFeed(client, {}, 500);
    QSet<qint64> ids;
    for (const QJsonObject &record : feed.records) {
        const QString kind = record.value(QLatin1String("kind")).toString();
        const QJsonObject data = record.value(QLatin1String("data")).toObject();
        if (kind == QLatin1String("case"))
            ids.insert(data.value(QLatin1String("tracking_id")).toInteger());
        else if (kind == QLatin1String("remove"))
            ids.remove(data.value(QLatin1String("case_id")).toInteger());
    }
    return ids;
}

// A case of the list a follow-up may be written on.
qint64 openCaseIn(const QString &json)
{
    const QJsonArray rows = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &row : rows) {
        const QString status = row.toObject().value(QLatin1String("status")).toString();
        if (status == QLatin1String("disposed") || status == QLatin1String("in_progress"))
            return row.toObject().value(QLatin1String("tracking_id")).toInteger();
    }
    return 0;
}

QSet<qint64> listedCases(const QString &json)
{
    QSet<qint64> ids;
    const QJsonArray rows = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &row : rows)
        ids.insert(row.toObject().value(QLatin1String("tracking_id")).toInteger());
    return ids;
}

} // namespace

void TestCtlSession::twoPeopleOneProfile()
{
    const QString hub = m_hub.baseUrl().toString();
    const QString profile = m_dir.filePath(QStringLiteral("shared-pc"));
    const auto run = [&profile](const QStringList &args, const QByteArray &input = {}) {
        CtlRun r;
        r.arguments = QStringList { QStringLiteral("--profile"), profile } + args;
        r.input = input;
        return runCtl(r);
    };
    const auto loginAs = [&](const QString &user) {
        return run({ QStringLiteral("login"), QStringLiteral("--hub"), hub,
                     QStringLiteral("--user"), user, QStringLiteral("--password-stdin") },
                   "latihan\n");
    };
    const QStringList sync { QStringLiteral("sync"), QStringLiteral("--password-stdin") };
    const QStringList cases { QStringLiteral("--json"), QStringLiteral("cases") };

    auto result = loginAs(QStringLiteral("petugas1"));
    QVERIFY2(result.code == 0, qPrintable(result.err));
    result = run(sync, "latihan\n");
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QSet<qint64> rina = feedCases(m_hub.baseUrl(), QStringLiteral("petugas1"));
    QVERIFY(!rina.isEmpty());
    QCOMPARE(listedCases(run(cases).out), rina);

    // Another person on the same PC and profile: their own store, a full first sync.
    result = loginAs(QStringLiteral("petugas3"));
    QVERIFY2(result.code == 0, qPrintable(result.err));
    result = run(sync, "latihan\n");
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QSet<qint64> siti = feedCases(m_hub.baseUrl(), QStringLiteral("petugas3"));
    QVERIFY(!siti.isEmpty());
    QVERIFY(!rina.intersects(siti)); // two units
    QCOMPARE(listedCases(run(cases).out), siti);
    // The first person's store is untouched and theirs only.
    const QStringList asRina { QStringLiteral("--user"), QStringLiteral("petugas1") };
    QCOMPARE(listedCases(run(asRina + cases).out), rina);

    // Rina's unsent follow-up stays hers: Siti's push does not send it.
    const qint64 open = openCaseIn(run(asRina + cases).out);
    QVERIFY(open > 0);
    const QString textFile = m_dir.filePath(QStringLiteral("followup.txt"));
    {
        QFile file(textFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Petugas sudah meninjau lokasi dan menjadwalkan perbaikan.");
    }
    auto drafted = run(asRina
                       + QStringList { QStringLiteral("draft"), QStringLiteral("new"),
                                       QStringLiteral("--case"), QString::number(open),
                                       QStringLiteral("--text-file"), textFile });
    QVERIFY2(drafted.code == 0, qPrintable(drafted.err));
    const QString draftId = drafted.out.trimmed().split(QLatin1Char(' ')).last();
    result
        = run(asRina + QStringList { QStringLiteral("draft"), QStringLiteral("submit"), draftId });
    QVERIFY2(result.code == 0, qPrintable(result.err));
    result = run({ QStringLiteral("push"), QStringLiteral("--password-stdin") }, "latihan\n");
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QStringList outboxJson { QStringLiteral("--json"), QStringLiteral("outbox") };
    QVERIFY(run(asRina + outboxJson).out.contains(draftId));
    QVERIFY(!run(outboxJson).out.contains(draftId));

    // people lists both, the one signed in marked.
    const auto people = run({ QStringLiteral("people") });
    QCOMPARE(people.code, 0);
    QVERIFY(people.out.contains(QLatin1String("* petugas3")));
    QVERIFY(people.out.contains(QLatin1String("  petugas1")));

    // Forgetting Rina is refused while her follow-up waits...
    result
        = run({ QStringLiteral("forget"), QStringLiteral("--user"), QStringLiteral("petugas1") });
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("--discard-unsent")), qPrintable(result.err));
    QCOMPARE(listedCases(run(asRina + cases).out), rina);
    // ... and goes out when she pushes; then her data can go.
    result
        = run(asRina + QStringList { QStringLiteral("push"), QStringLiteral("--password-stdin") },
              "latihan\n");
    QVERIFY2(result.code == 0, qPrintable(result.err));
    result
        = run({ QStringLiteral("forget"), QStringLiteral("--user"), QStringLiteral("petugas1") });
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QCOMPARE(run(asRina + cases).code, 2);
    QVERIFY(!run({ QStringLiteral("people") }).out.contains(QLatin1String("petugas1")));
    QCOMPARE(listedCases(run(cases).out), siti);
    QDirIterator files(profile, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        QVERIFY2(!files.next().contains(QLatin1String("petugas1")), qPrintable(files.filePath()));
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

void TestCtlSession::deviceLoginNeedsNoPasswordHere()
{
    // An agency's hub: no password grant at all.
    HubProcess agencyHub;
    agencyHub.setPasswordGrant(false);
    agencyHub.setArguments({ QStringLiteral("--generate"), QStringLiteral("20") });
    QVERIFY2(agencyHub.start(), qPrintable(agencyHub.errorString()));
    const QString hub = agencyHub.baseUrl().toString();
    const auto refused
        = ctl({ QStringLiteral("login"), QStringLiteral("--hub"), hub, QStringLiteral("--user"),
                QStringLiteral("petugas2"), QStringLiteral("--password-stdin") },
              "latihan\n");
    QVERIFY(refused.code != 0);

    CtlRun run;
    run.arguments = { QStringLiteral("--profile"), m_profile,
                      QStringLiteral("login"),     QStringLiteral("--device"),
                      QStringLiteral("--hub"),     hub };
    int pageStatus = 0;
    QString shown;
    run.onErrorLine = [&](const QString &line) {
        // The person reads the address with the code from the terminal and signs in on
        // another machine's browser.
        static const QRegularExpression complete(QStringLiteral("(https?://\\S+user_code=\\S+)"));
        const auto match = complete.match(line);
        if (!match.hasMatch() || pageStatus != 0)
            return;
        shown = match.captured(1);
        const QUrl url(shown);
        HubTestClient browser(agencyHub.baseUrl());
        pageStatus
            = lapor::test::signInOnPage(browser, url.path() + QLatin1Char('?') + url.query(),
                                        QStringLiteral("petugas2"), QStringLiteral("latihan"))
                  .status;
    };
    const CtlResult login = runCtl(run);
    QVERIFY2(!shown.isEmpty(), qPrintable(login.err));
    QCOMPARE(pageStatus, 200);
    QVERIFY2(login.code == 0, qPrintable(login.err));
    QVERIFY2(login.out.contains(hub), qPrintable(login.out));

    // The user name came from the hub: that person's own folder is the current one, and
    // it holds no offline check of a password this machine never saw.
    const auto person = lapor::ProfileHome(m_profile).current();
    QVERIFY(person);
    QCOMPARE(person->username, QStringLiteral("petugas2"));
    QCOMPARE(person->hubUrl, hub);
    const QSettings settings(person->dir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    QVERIFY(!lapor::OfflineVerifier::isKnown(settings));
    const QByteArray bytes = profileBytes();
    QVERIFY(!bytes.toLower().contains("refresh_token"));
    if (m_keychain) {
        const auto sync = ctl({ QStringLiteral("sync") });
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
    }
}

QTEST_GUILESS_MAIN(TestCtlSession)
#include "tst_ctlsession.moc"
