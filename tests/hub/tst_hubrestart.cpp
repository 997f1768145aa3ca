#include "hubprocess.h"
#include "hubtestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace HubTestUtil;
using namespace Qt::Literals::StringLiterals;

class TestHubRestart : public QObject
{
    Q_OBJECT

private slots:
    void committedWritesSurviveSigkill();
    void secondProcessOnSameFolderIsRefused();
    void nonLoopbackRefusedWithDefaultPasswords();
    void dataIsTheHubAccountsOnly();
};

void TestHubRestart::committedWritesSurviveSigkill()
{
    HubProcess hub;
    hub.setArguments({ u"--generate"_s, u"60"_s, u"--seed"_s, u"4"_s, u"--simulate"_s });
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    const QUrl url = hub.baseUrl();
    HubTestClient officer(url), sim(url);
    QVERIFY(!officer.login(u"petugas1"_s).isEmpty());
    const qint64 id = newComplaint(sim);
    QVERIFY(id > 0);
    const QByteArray noteKey = newKey();
    const QJsonObject noteBody { { u"text"_s, u"Sebelum mati listrik."_s } };
    const HubReply note = officer.post(u"/v1/cases/%1/notes"_s.arg(id), noteBody, noteKey);
    QCOMPARE(note.status, 201);
    const QString draft = newId();
    const QByteArray draftKey = newKey();
    const QJsonObject draftBody { { u"case_id"_s, double(id) },
                                  { u"revision"_s, 1 },
                                  { u"text"_s, u"Segera kami tangani."_s },
                                  { u"base_case_version"_s, 1 } };
    const HubReply submitted
        = officer.post(u"/v1/drafts/%1/revisions"_s.arg(draft), draftBody, draftKey);
    QCOMPARE(submitted.status, 201);
    const Feed before = readFeed(officer);

    hub.kill();
    QVERIFY(!hub.isRunning());
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    QCOMPARE(hub.baseUrl(), url); // same port: configured clients find it again
    QVERIFY(hub.stderrOutput().contains("--generate ignored"));

    // The access token, the writes and the feed all survived.
    QCOMPARE(officer.get(u"/v1/me"_s).status, 200);
    const Feed after = readFeed(officer);
    QCOMPARE(after.records.size(), before.records.size());
    QCOMPARE(after.cursor, before.cursor);
    QCOMPARE(officer.get(u"/v1/drafts/"_s + draft).json().value(u"text"_s).toString(),
             u"Segera kami tangani."_s);
    // Idempotency holds across the restart: the same keys replay, nothing is duplicated.
    const HubReply replayNote = officer.post(u"/v1/cases/%1/notes"_s.arg(id), noteBody, noteKey);
    QCOMPARE(replayNote.status, 201);
    QCOMPARE(replayNote.body, note.body);
    QCOMPARE(replayNote.header("idempotent-replayed"), QByteArray("true"));
    const HubReply replayDraft
        = officer.post(u"/v1/drafts/%1/revisions"_s.arg(draft), draftBody, draftKey);
    QCOMPARE(replayDraft.body, submitted.body);
    QCOMPARE(readFeed(officer, before.cursor).records.size(), 0);
    QCOMPARE(
        officer.post(u"/v1/cases/%1/notes"_s.arg(id), { { u"text"_s, u"lain"_s } }, noteKey).status,
        422);
}

void TestHubRestart::secondProcessOnSameFolderIsRefused()
{
    HubProcess first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    HubProcess second;
    second.setDataDir(first.dataDir());
    QVERIFY(!second.start());
    QCOMPARE(second.exitCode(), 3);
    QVERIFY(second.stderrOutput().contains("another laporhub"));
    // The first one is unaffected.
    HubTestClient client(first.baseUrl());
    QCOMPARE(client.get(u"/v1/health"_s).status, 200);
}

void TestHubRestart::nonLoopbackRefusedWithDefaultPasswords()
{
    const auto refused = HubProcess::runToExit({ u"--listen"_s, u"0.0.0.0:0"_s });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("default password"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
}

// Password hashes and every complaint: nothing of the data folder is open to other
// accounts, also when an older version left it open.
void TestHubRestart::dataIsTheHubAccountsOnly()
{
    auto mode = [](const QString &path) {
        return int(QFileInfo(path).permissions());
    };
    const auto owner = int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                           | QFileDevice::WriteUser);
    const auto ownerDir = owner | int(QFileDevice::ExeOwner | QFileDevice::ExeUser);
    QString dataDir;
    {
        HubProcess hub;
        QVERIFY2(hub.start(), qPrintable(hub.errorString()));
        dataDir = hub.dataDir();
        QCOMPARE(mode(dataDir), ownerDir);
        QCOMPARE(mode(dataDir + u"/laporhub.sqlite"_s), owner);
        // As an older version would have left it.
        QFile::setPermissions(dataDir,
                              QFileDevice::Permissions(ownerDir) | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther);
        QFile::setPermissions(dataDir + u"/laporhub.sqlite"_s,
                              QFileDevice::Permissions(owner) | QFileDevice::ReadOther);
    }
    HubProcess again;
    again.setDataDir(dataDir);
    QVERIFY2(again.start(), qPrintable(again.errorString()));
    QCOMPARE(mode(dataDir), ownerDir);
    QCOMPARE(mode(dataDir + u"/laporhub.sqlite"_s), owner);
}

QTEST_GUILESS_MAIN(TestHubRestart)
#include "tst_hubrestart.moc"
