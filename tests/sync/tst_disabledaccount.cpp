// A disabled account against a real laporhub (docs/privacy.md, "A disabled account"): when
// the hub answers account-disabled to a sync, a sign-in or lapordeskctl, the person's case
// data and files leave this PC, their unsent actions are listed in a file of their folder
// and never pushed, and the user is told why in plain words.
#include "core/profile.h"
#include "core/profilehome.h"
#include "ctlrunner.h"
#include "hubapi/offlineverifier.h"
#include "hubfixture.h"
#include "store/actionwriter.h"
#include "store/outboxrepository.h"
#include "store/syncstate.h"
#include "sync/attachmentfetcher.h"
#include "sync/disabledaccount.h"
#include "sync/hubaccount.h"
#include "sync/outboxpusher.h"
#include "sync/personsignin.h"
#include "sync/synccontroller.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;
using lapor::test::TempStore;

namespace {

const QString kReply = QStringLiteral("Jalan di depan pasar akan kami tambal minggu ini.");

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// Files and folders below `dir`, but not the store and settings beside them.
QStringList filesBelow(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(QDir(dir).relativeFilePath(it.next()));
    return found;
}

// An open case of the store with no draft yet.
qint64 openCase(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT tracking_id FROM cases WHERE in_scope = 1 AND status IN "
                          "('disposed', 'in_progress') AND NOT EXISTS (SELECT 1 FROM drafts "
                          "WHERE case_id = tracking_id) ORDER BY tracking_id LIMIT 1"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString unsentList(const QString &profileDir)
{
    const QStringList lists
        = QDir(profileDir)
              .entryList({ QStringLiteral("tindakan-belum-terkirim-*.txt") }, QDir::Files);
    return lists.size() == 1 ? QDir(profileDir).filePath(lists.constFirst()) : QString();
}

bool ownerOnly(const QString &path)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (QFileInfo(path).permissions() & others) == 0;
}

} // namespace

class TestDisabledAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncOfADisabledAccountClearsTheDesk();
    void signInToADisabledAccountClearsTheStore();
    void firstSignInOfADisabledAccountLeavesNothing();
    void ctlSyncOfADisabledAccount();

private:
    void setDisabled(const QString &username, bool disabled);
    // The hub's answer to the user's draft: 404 when it never arrived.
    int draftOnHub(const QString &asUser, const QString &draftId);

    HubFixture m_hub { 120 };
};

void TestDisabledAccount::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
}

void TestDisabledAccount::setDisabled(const QString &username, bool disabled)
{
    m_hub.request(
        {}, "POST",
        QStringLiteral("/v1/sim/users/%1/%2")
            .arg(username, disabled ? QStringLiteral("disable") : QStringLiteral("enable")));
}

int TestDisabledAccount::draftOnHub(const QString &asUser, const QString &draftId)
{
    int status = 0;
    m_hub.request(asUser, "GET", QStringLiteral("/v1/drafts/") + draftId, {}, &status);
    return status;
}

// The desk is signed in and has synced, downloaded the attachments and queued a reply
// offline; then the agency disables the officer. The next sync clears the desk.
void TestDisabledAccount::syncOfADisabledAccountClearsTheDesk()
{
    TempStore store;
    QVERIFY(store.openProfile());
    Profile &profile = *store.profile();
    SyncController sync(profile, *store);
    QSignalSpy login(&sync, &SyncController::loginFinished);
    QSignalSpy synced(&sync, &SyncController::syncFinished);
    sync.login(m_hub.url().toString(), QStringLiteral("petugas1"),
               QLatin1String(HubFixture::kPassword), false);
    QVERIFY(login.wait(20000));
    QVERIFY(login.constFirst().at(0).toBool());
    QVERIFY(!synced.isEmpty() || synced.wait(60000));
    QVERIFY(synced.constFirst().at(0).toBool());
    const int before = count(*store, QStringLiteral("SELECT count(*) FROM cases"));
    QVERIFY(before > 10);

    AttachmentFetcher fetcher([&sync]() -> HubClient & { return sync.account().client(); }, *store,
                              profile.attachmentsDir());
    QSignalSpy idle(&fetcher, &AttachmentFetcher::idle);
    QVERIFY(fetcher.prefetch(qint64(1) << 30) > 0);
    QVERIFY(idle.wait(60000));
    QVERIFY(!filesBelow(profile.attachmentsDir()).isEmpty());

    const qint64 caseId = openCase(*store);
    QVERIFY(caseId > 0);
    ActionWriter writer(*store, sync.account().user());
    const auto draft = writer.createDraft(caseId, kReply);
    QVERIFY(draft);
    QVERIFY(writer.submitDraft(draft.id));

    setDisabled(QStringLiteral("petugas1"), true);
    QSignalSpy disabled(&sync, &SyncController::accountDisabled);
    sync.syncNow();
    QVERIFY(disabled.wait(30000));
    QTest::qWait(200); // a second refusal (the pull, the client) changes nothing
    QCOMPARE(disabled.size(), 1);

    // What the user reads: why, and where the unsent reply is.
    const QString message = disabled.constFirst().at(0).toString();
    const QString list = unsentList(profile.dir());
    QVERIFY2(!list.isEmpty(), qPrintable(QDir(profile.dir()).entryList().join(u' ')));
    QVERIFY2(message.contains(QLatin1String("dinonaktifkan")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(list)), qPrintable(message));
    QVERIFY(ownerOnly(list));
    QFile listFile(list);
    QVERIFY(listFile.open(QIODevice::ReadOnly));
    const QString listed = QString::fromUtf8(listFile.readAll());
    QVERIFY2(listed.contains(kReply), qPrintable(listed));
    QVERIFY(listed.contains(QString::number(caseId)));

    // The citizens' data is gone; the case the reply is about stays, blanked, out of view.
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM cases")), 1);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM cases WHERE in_scope = 1")), 0);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT count(*) FROM cases WHERE title <> '' "
                                  "OR content <> ''")),
             0);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM attachments")), 0);
    QVERIFY2(filesBelow(profile.attachmentsDir()).isEmpty(),
             qPrintable(filesBelow(profile.attachmentsDir()).join(u' ')));
    QVERIFY(SyncState(*store).cursor().isEmpty());

    // The reply never goes out: failed, with the reason, and the store refuses to push.
    const auto entries = OutboxRepository(*store).forCase(caseId);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().state, OutboxState::Failed);
    QVERIFY(DisabledAccount::isDisabled(*store));
    QCOMPARE(draftOnHub(QStringLiteral("kepala1"), draft.id), 404);
    QVERIFY(!sync.status().signedIn);
    QVERIFY(!OfflineVerifier::isKnown(profile.settings()));
    QVERIFY(!sync.resume());

    // Even a retried entry and a client that still claims the user stay on this PC.
    QString error;
    QVERIFY2(OutboxRepository(*store).retry(entries.constFirst().id, &error), qPrintable(error));
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client(HubClient::Settings { m_hub.url(), {}, 10000 }, tokens);
    client.setUser(sync.account().user());
    OutboxPusher pusher(client, *store, WorkingCalendar());
    QSignalSpy pushed(&pusher, &OutboxPusher::finished);
    pusher.push();
    QVERIFY(!pushed.isEmpty() || pushed.wait(10000));
    QVERIFY(pusher.lastSummary().error.isAccountDisabled());
    QCOMPARE(pusher.lastSummary().requests, 0);
    QCOMPARE(draftOnHub(QStringLiteral("kepala1"), draft.id), 404);

    // The agency enables the account again: signing in works, the desk fills again, and
    // the reply still waits for the user to send it by hand.
    setDisabled(QStringLiteral("petugas1"), false);
    login.clear();
    synced.clear();
    sync.login(m_hub.url().toString(), QStringLiteral("petugas1"),
               QLatin1String(HubFixture::kPassword), false);
    QVERIFY(login.wait(20000));
    QVERIFY(login.constFirst().at(0).toBool());
    QVERIFY(!synced.isEmpty() || synced.wait(60000));
    QVERIFY(!DisabledAccount::isDisabled(*store));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM cases WHERE in_scope = 1")),
             before);
    QCOMPARE(draftOnHub(QStringLiteral("kepala1"), draft.id), 404);
}

// The sign-in screen: a person who used this desk before is refused as disabled. Their
// store loses its cases before the refusal is shown.
void TestDisabledAccount::signInToADisabledAccountClearsTheStore()
{
    QTemporaryDir dir;
    ProfileHome home(dir.path());
    QString error;
    QVERIFY2(home.open(&error), qPrintable(error));
    const QString hub = m_hub.url().toString();
    const auto signIn = [&home, &hub](PersonSignIn::Outcome *outcome, QString *message) {
        PersonSignIn person(home, TokenStore::Backend::Memory);
        QSignalSpy finished(&person, &PersonSignIn::finished);
        person.start(hub, QStringLiteral("petugas2"), QLatin1String(HubFixture::kPassword));
        if (finished.isEmpty() && !finished.wait(20000))
            return false;
        *outcome = finished.constFirst().at(0).value<PersonSignIn::Outcome>();
        *message = finished.constFirst().at(1).toString();
        return true;
    };
    PersonSignIn::Outcome outcome {};
    QString message;
    QVERIFY(signIn(&outcome, &message));
    QCOMPARE(outcome, PersonSignIn::Outcome::SignedIn);
    const auto person = home.current();
    QVERIFY(person);

    qint64 caseId = 0;
    QString draftId;
    {
        Profile profile(person->dir);
        auto opened = Database::open(profile.databasePath());
        QVERIFY(opened.database);
        Database &db = *opened.database;
        QVERIFY(m_hub.sync(db, QStringLiteral("petugas2")).ok);
        caseId = openCase(db);
        QVERIFY(caseId > 0);
        HubAccount account(profile, TokenStore::Backend::Memory);
        ActionWriter writer(db, account.user());
        const auto draft = writer.createDraft(caseId, kReply);
        QVERIFY(draft);
        draftId = draft.id;
        QVERIFY(writer.submitDraft(draft.id));
    }

    setDisabled(QStringLiteral("petugas2"), true);
    QVERIFY(signIn(&outcome, &message));
    QCOMPARE(outcome, PersonSignIn::Outcome::Refused);
    const QString list = unsentList(person->dir);
    QVERIFY(!list.isEmpty());
    QVERIFY2(message.contains(QDir::toNativeSeparators(list)), qPrintable(message));
    QVERIFY(!home.current()); // nobody is signed in as the disabled person
    {
        auto opened = Database::open(Profile(person->dir).databasePath());
        QVERIFY(opened.database);
        QCOMPARE(count(*opened.database, QStringLiteral("SELECT count(*) FROM cases")), 1);
        QVERIFY(DisabledAccount::isDisabled(*opened.database));
        QCOMPARE(OutboxRepository(*opened.database).forCase(caseId).constFirst().state,
                 OutboxState::Failed);
    }
    QVERIFY(!OfflineVerifier::isKnown(Profile(person->dir).settings()));
    // Refused again: the same list, no second one.
    QVERIFY(signIn(&outcome, &message));
    QCOMPARE(outcome, PersonSignIn::Outcome::Refused);
    QVERIFY(message.contains(QDir::toNativeSeparators(list)));
    QCOMPARE(unsentList(person->dir), list);
    QCOMPARE(draftOnHub(QStringLiteral("kepala1"), draftId), 404);
    setDisabled(QStringLiteral("petugas2"), false);
}

// Someone who never used this desk: the refusal leaves no folder behind.
void TestDisabledAccount::firstSignInOfADisabledAccountLeavesNothing()
{
    QTemporaryDir dir;
    ProfileHome home(dir.path());
    QString error;
    QVERIFY2(home.open(&error), qPrintable(error));
    setDisabled(QStringLiteral("kepala2"), true);
    PersonSignIn person(home, TokenStore::Backend::Memory);
    QSignalSpy finished(&person, &PersonSignIn::finished);
    person.start(m_hub.url().toString(), QStringLiteral("kepala2"),
                 QLatin1String(HubFixture::kPassword));
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QCOMPARE(finished.constFirst().at(0).value<PersonSignIn::Outcome>(),
             PersonSignIn::Outcome::Refused);
    QVERIFY(finished.constFirst().at(1).toString().contains(QLatin1String("dinonaktifkan")));
    QVERIFY(person.error().isAccountDisabled());
    QVERIFY(home.people().isEmpty());
    QVERIFY(!QFileInfo::exists(home.personDir(m_hub.url().toString(), QStringLiteral("kepala2"))));
    setDisabled(QStringLiteral("kepala2"), false);
}

// lapordeskctl: sync as a disabled person prints why and where the list is, exits 5, and
// the store is empty afterwards; push stays refused.
void TestDisabledAccount::ctlSyncOfADisabledAccount()
{
    QTemporaryDir dir;
    const QString hub = m_hub.url().toString();
    const auto ctl = [&dir](const QStringList &args, const QByteArray &input = {}) {
        CtlRun run;
        run.arguments = QStringList { QStringLiteral("--profile"), dir.path() } + args;
        run.input = input;
        // The messages checked below are the Indonesian ones.
        run.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("id_ID.UTF-8"));
        run.environment.insert(QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8"));
        return runCtl(run);
    };
    const QByteArray password = QByteArray(HubFixture::kPassword) + '\n';
    auto result
        = ctl({ QStringLiteral("login"), QStringLiteral("--hub"), hub, QStringLiteral("--user"),
                QStringLiteral("petugas3"), QStringLiteral("--password-stdin") },
              password);
    QCOMPARE(result.code, 0);
    result = ctl({ QStringLiteral("sync"), QStringLiteral("--password-stdin") }, password);
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QString personDir = ProfileHome(dir.path()).personDir(hub, QStringLiteral("petugas3"));
    qint64 caseId = 0;
    {
        auto opened = Database::open(Profile(personDir).databasePath());
        QVERIFY(opened.database);
        caseId = openCase(*opened.database);
    }
    QVERIFY(caseId > 0);
    const QString textFile = dir.filePath(QStringLiteral("reply.txt"));
    {
        QFile file(textFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kReply.toUtf8());
    }
    result = ctl({ QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--case"),
                   QString::number(caseId), QStringLiteral("--text-file"), textFile });
    QCOMPARE(result.code, 0);
    const QString draftId = result.out.trimmed().split(u' ').constLast();
    result = ctl({ QStringLiteral("draft"), QStringLiteral("submit"), draftId });
    QCOMPARE(result.code, 0);

    setDisabled(QStringLiteral("petugas3"), true);
    result = ctl({ QStringLiteral("sync"), QStringLiteral("--password-stdin") }, password);
    QCOMPARE(result.code, 5);
    const QString list = unsentList(personDir);
    QVERIFY(!list.isEmpty());
    QVERIFY2(result.err.contains(QLatin1String("dinonaktifkan")), qPrintable(result.err));
    QVERIFY2(result.err.contains(list), qPrintable(result.err));
    result = ctl({ QStringLiteral("--json"), QStringLiteral("cases") });
    QCOMPARE(result.code, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 0);
    result = ctl({ QStringLiteral("push") });
    QCOMPARE(result.code, 5);
    QCOMPARE(draftOnHub(QStringLiteral("kepala2"), draftId), 404);
    setDisabled(QStringLiteral("petugas3"), false);
}

QTEST_GUILESS_MAIN(TestDisabledAccount)
#include "tst_disabledaccount.moc"
