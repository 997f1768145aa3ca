#include "hubapi/tokenstore.h"

#include <QtTest>

using namespace lapor;

// With LAPOR_EXPECT_KEYCHAIN=1 (run under with-keyring.sh) the real Secret Service must be
// used; otherwise the store must fall back to memory and still work within the process.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void memoryBackend();
    void keychainOrFallback();

private:
    static SessionTokens sample(const QString &suffix);
};

SessionTokens TestTokenStore::sample(const QString &suffix)
{
    return { QStringLiteral("access-") + suffix, QStringLiteral("refresh-") + suffix,
             QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC) };
}

void TestTokenStore::memoryBackend()
{
    TokenStore store(TokenStore::Backend::Memory);
    const QString account
        = TokenStore::accountKey(QStringLiteral("https://hub.example"), QStringLiteral("petugas1"));
    QVERIFY(!store.load(account));
    QVERIFY(store.save(account, sample(QStringLiteral("a"))));
    const auto loaded = store.load(account);
    QVERIFY(loaded);
    QCOMPARE(loaded->accessToken, QStringLiteral("access-a"));
    QCOMPARE(loaded->refreshToken, QStringLiteral("refresh-a"));
    QCOMPARE(loaded->accessExpiresAt, sample(QStringLiteral("a")).accessExpiresAt);
    // Another process (here: another store) never sees memory-only tokens.
    TokenStore other(TokenStore::Backend::Memory);
    QVERIFY(!other.load(account));
    store.remove(account);
    QVERIFY(!store.load(account));
}

void TestTokenStore::keychainOrFallback()
{
    const bool expectKeychain = qEnvironmentVariableIntValue("LAPOR_EXPECT_KEYCHAIN") == 1;
    const QString account = TokenStore::accountKey(
        QStringLiteral("http://127.0.0.1:1"),
        QStringLiteral("tester-%1").arg(QCoreApplication::applicationPid()));

    TokenStore store;
    QVERIFY(store.save(account, sample(QStringLiteral("k"))));
    if (expectKeychain) {
        QVERIFY2(store.backend() == TokenStore::Backend::Keychain,
                 qPrintable(store.keychainProblem()));
        // A fresh store reads it back from the keychain, not from memory.
        TokenStore fresh;
        const auto loaded = fresh.load(account);
        QVERIFY(loaded);
        QCOMPARE(loaded->refreshToken, QStringLiteral("refresh-k"));
        fresh.remove(account);
        TokenStore afterRemove;
        QVERIFY(!afterRemove.load(account));
    } else {
        QCOMPARE(store.backend(), TokenStore::Backend::Memory);
        QVERIFY(!store.keychainProblem().isEmpty());
        const auto loaded = store.load(account);
        QVERIFY(loaded);
        QCOMPARE(loaded->accessToken, QStringLiteral("access-k"));
    }
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
