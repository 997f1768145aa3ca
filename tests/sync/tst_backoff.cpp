#include "sync/backoff.h"

#include <QtTest>

using namespace lapor;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void growsWithinBounds();
    void honoursRetryAfter();
    void resets();
    void jitterSpreads();
};

void TestBackoff::growsWithinBounds()
{
    Backoff backoff(1000, 60000, 42);
    for (int failure = 0; failure < 12; ++failure) {
        const int delay = backoff.nextDelayMs();
        const qint64 ceiling = std::min<qint64>(60000, qint64(1000) << failure);
        QVERIFY2(delay >= 1000 && delay <= ceiling,
                 qPrintable(QStringLiteral("failure %1: %2 ms").arg(failure).arg(delay)));
    }
    QCOMPARE(backoff.failures(), 12);
}

void TestBackoff::honoursRetryAfter()
{
    Backoff backoff(1000, 60000, 7);
    // The hub's Retry-After is a floor, even above the cap.
    QVERIFY(backoff.nextDelayMs(120) >= 120000);
    QVERIFY(backoff.nextDelayMs(0) <= 60000);
    QVERIFY(backoff.nextDelayMs(-1) >= 1000);
}

void TestBackoff::resets()
{
    Backoff backoff(500, 60000, 3);
    for (int i = 0; i < 8; ++i)
        backoff.nextDelayMs();
    backoff.reset();
    QCOMPARE(backoff.failures(), 0);
    QCOMPARE(backoff.nextDelayMs(), 500); // the first retry waits exactly the base
}

void TestBackoff::jitterSpreads()
{
    // Many clients failing together must not retry together.
    QSet<int> delays;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        Backoff backoff(1000, 60000, seed);
        for (int i = 0; i < 4; ++i)
            backoff.nextDelayMs();
        delays.insert(backoff.nextDelayMs());
    }
    QVERIFY(delays.size() >= 15);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
