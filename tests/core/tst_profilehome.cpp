// One folder per (hub, user) under the profile: who is where, who is signed in, and an
// older single-store profile moved into its person's folder without loss.
#include "core/identity.h"
#include "core/profile.h"
#include "core/profilehome.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace lapor;

using lapor::test::readFile;
using lapor::test::writeFile;

namespace {

const QString kHub = QStringLiteral("https://hub.example.go.id");

// What a successful sign-in leaves in a person's settings.
void signIn(const ProfileHome &home, const QString &hub, const QString &user, const QString &name)
{
    Profile profile(home.personDir(hub, user));
    QVERIFY(profile.ensureExists(nullptr));
    Identity id;
    id.hubUrl = hub;
    id.username = user;
    id.userId = QStringLiteral("u-") + user;
    id.displayName = name;
    id.unitName = QStringLiteral("Dinas PUPR");
    id.store(profile.settings());
    profile.settings().sync();
}

} // namespace

class TestProfileHome : public QObject
{
    Q_OBJECT

private slots:
    void everyHubAndUserHasItsOwnFolder();
    void trainingHubsAreOneHub();
    void peopleAreListedMostRecentFirst();
    void currentPersonComesAndGoes();
    void folderNamesAreNeverPaths();
    void olderProfileMovesIntoItsPerson();
    void olderProfileWithoutSignInStaysUnread();
    void removeDeletesEverything();
};

void TestProfileHome::everyHubAndUserHasItsOwnFolder()
{
    QTemporaryDir dir;
    ProfileHome home(dir.path());
    const QString a = home.personDir(kHub, QStringLiteral("petugas1"));
    QVERIFY(a.startsWith(home.dir() + QStringLiteral("/people/petugas1-")));
    QVERIFY(a != home.personDir(kHub, QStringLiteral("petugas3")));
    // The same user on another hub address is another person.
    QVERIFY(a
            != home.personDir(QStringLiteral("https://hub2.example.go.id"),
                              QStringLiteral("petugas1")));
    // ... but not the same address written differently.
    QCOMPARE(
        home.personDir(QStringLiteral("  HTTPS://Hub.Example.go.id/ "), QStringLiteral("petugas1")),
        a);
}

void TestProfileHome::trainingHubsAreOneHub()
{
    QTemporaryDir dir;
    ProfileHome home(dir.path(), true);
    QCOMPARE(home.personDir(QStringLiteral("http://127.0.0.1:40001"), QStringLiteral("petugas1")),
             home.personDir(QStringLiteral("http://127.0.0.1:40999"), QStringLiteral("petugas1")));
    QVERIFY(ProfileHome::personKey(kHub, QStringLiteral("petugas1"), true)
            != ProfileHome::personKey(kHub, QStringLiteral("petugas1"), false));
}

void TestProfileHome::peopleAreListedMostRecentFirst()
{
    QTemporaryDir dir;
    ProfileHome home(dir.path());
    QVERIFY(home.open(nullptr));
    QVERIFY(home.people().isEmpty());
    signIn(home, kHub, QStringLiteral("petugas1"), QStringLiteral("Rina Fitriani"));
    signIn(home, kHub, QStringLiteral("petugas3"), QStringLiteral("Siti Noorhayati"));
    // A folder a failed first sign-in left, or that this program did not make.
    QDir().mkpath(home.dir() + QStringLiteral("/people/stray"));
    home.touchSignIn(ProfileHome::personKey(kHub, QStringLiteral("petugas1"), false));
    QTest::qWait(20);
    home.touchSignIn(ProfileHome::personKey(kHub, QStringLiteral("petugas3"), false));

    const auto people = home.people();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).username, QStringLiteral("petugas3"));
    QCOMPARE(people.at(0).displayName, QStringLiteral("Siti Noorhayati"));
    QCOMPARE(people.at(0).unitName, QStringLiteral("Dinas PUPR"));
    QVERIFY(people.at(0).lastSignIn > people.at(1).lastSignIn);
    QCOMPARE(home.peopleNamed(QStringLiteral("petugas1")).size(), 1);
    QVERIFY(home.peopleNamed(QStringLiteral("kepala1")).isEmpty());
}

void TestProfileHome::currentPersonComesAndGoes()
{
    QTemporaryDir dir;
    ProfileHome home(dir.path());
    QVERIFY(home.open(nullptr));
    signIn(home, kHub, QStringLiteral("petugas1"), QStringLiteral("Rina"));
    QVERIFY(!home.current());
    const QString key = ProfileHome::personKey(kHub, QStringLiteral("petugas1"), false);
    home.setCurrent(key);
    QCOMPARE(home.current()->key, key);
    QCOMPARE(home.lastHub(), kHub);
    // Another process (lapordeskctl beside the desk) sees the same.
    QCOMPARE(ProfileHome(dir.path()).current()->key, key);
    home.clearCurrent();
    QVERIFY(!home.current());
    QVERIFY(!ProfileHome(dir.path()).current());
    QCOMPARE(home.lastHub(), kHub); // the picker still offers the address
}

void TestProfileHome::folderNamesAreNeverPaths()
{
    QTemporaryDir dir;
    ProfileHome home(dir.path());
    const QString key = ProfileHome::personKey(kHub, QStringLiteral("../../etc/x y"), false);
    QVERIFY(!key.contains(u'/'));
    QVERIFY(!key.startsWith(u'.'));
    QVERIFY(!key.contains(u' '));
    QVERIFY(!home.person(QStringLiteral("../people")));
    QString error;
    QVERIFY(!home.remove(QStringLiteral(".."), &error));
    QVERIFY(QFileInfo::exists(dir.path()));
}

void TestProfileHome::olderProfileMovesIntoItsPerson()
{
    QTemporaryDir dir;
    // An older version: one store, settings and attachments at the top.
    {
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Identity id;
        id.hubUrl = kHub;
        id.username = QStringLiteral("petugas1");
        id.userId = QStringLiteral("u-1");
        id.displayName = QStringLiteral("Rina Fitriani");
        id.store(settings);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    }
    QVERIFY(writeFile(dir.filePath(QStringLiteral("lapordesk.sqlite")), "store bytes"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("lapordesk.sqlite-wal")), "wal bytes"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("attachments/ab")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("attachments/ab/photo.jpg")), "jpeg"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notifications.json")), "[]"));

    ProfileHome home(dir.path());
    QString error;
    QVERIFY2(home.open(&error), qPrintable(error));
    const QString person = home.personDir(kHub, QStringLiteral("petugas1"));
    QCOMPARE(readFile(person + QStringLiteral("/lapordesk.sqlite")), QByteArray("store bytes"));
    QCOMPARE(readFile(person + QStringLiteral("/lapordesk.sqlite-wal")), QByteArray("wal bytes"));
    QCOMPARE(readFile(person + QStringLiteral("/attachments/ab/photo.jpg")), QByteArray("jpeg"));
    QCOMPARE(readFile(person + QStringLiteral("/notifications.json")), QByteArray("[]"));
    QCOMPARE(QSettings(person + QStringLiteral("/settings.ini"), QSettings::IniFormat)
                 .value(QStringLiteral("ui/language"))
                 .toString(),
             QStringLiteral("en"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("lapordesk.sqlite"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("settings.ini"))));
    // They were at work: they stay signed in.
    QCOMPARE(home.current()->username, QStringLiteral("petugas1"));
    // A second open finds nothing left to move.
    QVERIFY(ProfileHome(dir.path()).open(&error));
    QCOMPARE(home.people().size(), 1);
}

void TestProfileHome::olderProfileWithoutSignInStaysUnread()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("lapordesk.sqlite")), "store bytes"));
    ProfileHome home(dir.path());
    QVERIFY(home.open(nullptr));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("lapordesk.sqlite"))), QByteArray("store bytes"));
    QVERIFY(home.people().isEmpty());
    QVERIFY(!home.current());
}

void TestProfileHome::removeDeletesEverything()
{
    QTemporaryDir dir;
    ProfileHome home(dir.path());
    QVERIFY(home.open(nullptr));
    signIn(home, kHub, QStringLiteral("petugas1"), QStringLiteral("Rina"));
    signIn(home, kHub, QStringLiteral("petugas3"), QStringLiteral("Siti"));
    const QString key = ProfileHome::personKey(kHub, QStringLiteral("petugas1"), false);
    const QString folder = home.personDir(kHub, QStringLiteral("petugas1"));
    QVERIFY(QDir(folder).mkpath(QStringLiteral("attachments")));
    QVERIFY(writeFile(folder + QStringLiteral("/attachments/a.jpg"), "x"));
    home.setCurrent(key);
    QString error;
    QVERIFY2(home.remove(key, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!home.current());
    QCOMPARE(home.people().size(), 1);
    QCOMPARE(home.people().constFirst().username, QStringLiteral("petugas3"));
}

QTEST_GUILESS_MAIN(TestProfileHome)
#include "tst_profilehome.moc"
