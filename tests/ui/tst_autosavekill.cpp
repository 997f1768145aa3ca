#include "sampledata.h"
#include "store/draftrepository.h"
#include "tempstore.h"
#include "ui/drafteditor.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace lapor;
namespace F = lapor::test::Sample;

// The desk killed while someone types (power cut, crash, kill -9) loses at most the
// last autosave interval: autosave_child runs the real DraftEditor and types a word every
// 50 ms until this test sends SIGKILL. The interval is 1 s rather than the desk's 3 s
// (tst_drafteditor checks that default): the bound is the same "one interval" plus the
// same 600 ms of scheduling slack, and the test types for 1.7 and 4.2 s instead of 4.5
// and 8.2.
namespace {
constexpr int kIntervalMs = 1000;
constexpr int kTypingPeriodMs = 50;
constexpr int kSlackMs = 600;
} // namespace

class TestAutosaveKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWhileTypingLosesAtMostOneInterval_data();
    void killedWhileTypingLosesAtMostOneInterval();
};

void TestAutosaveKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAutosaveKill::killedWhileTypingLosesAtMostOneInterval_data()
{
    QTest::addColumn<int>("typeMs");
    QTest::newRow("before the second save") << kIntervalMs + kSlackMs + 100;
    QTest::newRow("after several saves") << kIntervalMs * 4 + 200;
}

void TestAutosaveKill::killedWhileTypingLosesAtMostOneInterval()
{
    QFETCH(int, typeMs);
    lapor::test::TempStore desk;
    QVERIFY(desk.openProfile());
    QVERIFY(desk.addDesk());
    desk.close(); // the child owns the store while it runs

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(
        QStringLiteral(LAPOR_AUTOSAVE_CHILD),
        { desk.profile()->dir(), QString::number(kIntervalMs), QString::number(kTypingPeriodMs) });
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

    // (when the parent saw it, how much had been typed)
    QList<QPair<qint64, qsizetype>> progress;
    QElapsedTimer clock;
    bool started = false;
    while (!started || clock.elapsed() < typeMs) {
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
        if (!child.waitForReadyRead(2000) && !child.canReadLine())
            QFAIL("the child stopped typing");
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (!line.startsWith("TYPED "))
                continue;
            if (!started) {
                clock.start();
                started = true;
            }
            progress.append({ clock.elapsed(), line.mid(6).toLongLong() });
        }
    }
    child.kill(); // SIGKILL: no close event, no destructor, nothing flushed
    const qint64 killedAt = clock.elapsed();
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QString expected;
    for (int i = 0; expected.size() < progress.constLast().second; ++i)
        expected += QStringLiteral("kata%1 ").arg(i);

    auto opened = Database::open(desk.profile()->databasePath());
    QVERIFY2(opened.database, qPrintable(opened.message));
    const auto drafts = DraftRepository(*opened.database).forCase(F::kCase);
    QCOMPARE(drafts.size(), 1);
    const QString saved = drafts.first().text;
    QVERIFY2(expected.startsWith(saved), qPrintable(saved));
    // Everything typed more than one interval (plus scheduling slack) before the kill.
    const qint64 mustHave = killedAt - kIntervalMs - kSlackMs;
    qsizetype required = 0;
    for (const auto &[at, typed] : std::as_const(progress)) {
        if (at <= mustHave)
            required = typed;
    }
    qInfo("typed %lld chars in %lld ms; saved %lld; required at least %lld",
          static_cast<long long>(expected.size()), static_cast<long long>(killedAt),
          static_cast<long long>(saved.size()), static_cast<long long>(required));
    QVERIFY(required > 0);
    QVERIFY2(saved.size() >= required,
             qPrintable(QStringLiteral("saved %1 < %2").arg(saved.size()).arg(required)));
}

QTEST_GUILESS_MAIN(TestAutosaveKill)
#include "tst_autosavekill.moc"
