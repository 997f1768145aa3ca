#include "hubapi/huberror.h"

#include <QtTest>

using namespace lapor;

class TestHubError : public QObject
{
    Q_OBJECT

private slots:
    void classification_data();
    void classification();
    void retryAfter_data();
    void retryAfter();
    void messagesNeverEmpty();
    void readsProblemDocuments();
    void accountDisabledIsItsOwnKind_data();
    void accountDisabledIsItsOwnKind();
};

void TestHubError::classification_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<bool>("auth");
    using K = HubError::Kind;
    QTest::newRow("network") << int(K::Network) << 0 << true << false << false;
    QTest::newRow("timeout") << int(K::Timeout) << 0 << true << false << false;
    QTest::newRow("tls") << int(K::Tls) << 0 << false << false << false;
    // What the desk itself refused, and an answer cut off at its cap: never retried.
    QTest::newRow("refused") << int(K::Refused) << 0 << false << false << false;
    QTest::newRow("too large") << int(K::TooLarge) << 200 << false << false << false;
    QTest::newRow("truncated") << int(K::Malformed) << 200 << true << false << false;
    QTest::newRow("invalid record") << int(K::Invalid) << 200 << false << false << false;
    QTest::newRow("400") << int(K::Http) << 400 << false << false << false;
    QTest::newRow("401") << int(K::Http) << 401 << false << false << true;
    QTest::newRow("403") << int(K::Http) << 403 << false << false << false;
    QTest::newRow("404") << int(K::Http) << 404 << false << false << false;
    QTest::newRow("408") << int(K::Http) << 408 << true << false << false;
    QTest::newRow("409") << int(K::Http) << 409 << false << true << false;
    QTest::newRow("412") << int(K::Http) << 412 << false << true << false;
    QTest::newRow("413") << int(K::Http) << 413 << false << false << false;
    QTest::newRow("429") << int(K::Http) << 429 << true << false << false;
    QTest::newRow("500") << int(K::Http) << 500 << true << false << false;
    QTest::newRow("503") << int(K::Http) << 503 << true << false << false;
    QTest::newRow("cancelled") << int(K::Cancelled) << 0 << false << false << false;
}

void TestHubError::classification()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, transient);
    QFETCH(bool, conflict);
    QFETCH(bool, auth);
    HubError error;
    error.kind = HubError::Kind(kind);
    error.status = status;
    QCOMPARE(error.isTransient(), transient);
    QCOMPARE(error.isConflict(), conflict);
    QCOMPARE(error.isAuth(), auth);
    QVERIFY(!error.ok());
}

void TestHubError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("lowest");
    QTest::addColumn<int>("highest");
    QTest::newRow("absent") << QByteArray() << -1 << -1;
    QTest::newRow("seconds") << QByteArray("120") << 120 << 120;
    QTest::newRow("spaces") << QByteArray(" 7 ") << 7 << 7;
    QTest::newRow("negative") << QByteArray("-3") << -1 << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1 << -1;
    QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0 << 0;
    const QByteArray future
        = QDateTime::currentDateTimeUtc().addSecs(90).toString(Qt::RFC2822Date).toLatin1();
    QTest::newRow("future date") << future << 85 << 91;
}

void TestHubError::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, lowest);
    QFETCH(int, highest);
    const int parsed = parseRetryAfter(value);
    QVERIFY2(parsed >= lowest && parsed <= highest, qPrintable(QString::number(parsed)));
}

void TestHubError::messagesNeverEmpty()
{
    using K = HubError::Kind;
    for (auto kind : { K::Network, K::Timeout, K::Tls, K::Refused, K::TooLarge, K::Malformed,
                       K::Invalid, K::Cancelled }) {
        HubError error;
        error.kind = kind;
        QVERIFY(!error.userMessage().isEmpty());
    }
    for (int status : { 400, 401, 403, 404, 409, 412, 413, 429, 500, 503 }) {
        HubError error;
        error.kind = K::Http;
        error.status = status;
        error.retryAfterSeconds = 30;
        QVERIFY(!error.userMessage().isEmpty());
    }
    HubError ok;
    QVERIFY(ok.ok());
    QVERIFY(ok.userMessage().isEmpty());
}

void TestHubError::readsProblemDocuments()
{
    const HubError error
        = HubError::http(429,
                         R"({"type": "urn:lapor:problem:rate-limited", "title": "Too many requests",
            "status": 429, "detail": "Too many failed logins for this user."})",
                         12);
    QCOMPARE(error.kind, HubError::Kind::Http);
    QCOMPARE(error.status, 429);
    QCOMPARE(error.problem, protocol::ProblemType::RateLimited);
    QCOMPARE(error.type, QStringLiteral("urn:lapor:problem:rate-limited"));
    QCOMPARE(error.title, QStringLiteral("Too many requests"));
    QCOMPARE(error.detail, QStringLiteral("Too many failed logins for this user."));
    QCOMPARE(error.retryAfterSeconds, 12);
    QCOMPARE(error.document.value(QStringLiteral("status")).toInt(), 429);
    QVERIFY(error.isTransient());

    // A proxy's HTML error page is still an HTTP error, of no known type.
    const HubError html = HubError::http(502, "<html><body>Bad Gateway</body></html>");
    QCOMPARE(html.kind, HubError::Kind::Http);
    QCOMPARE(html.problem, protocol::ProblemType::Unknown);
    QVERIFY(html.document.isEmpty());
    QVERIFY(html.isTransient());
}

void TestHubError::accountDisabledIsItsOwnKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("disabled");
    const QByteArray disabled = R"({"type": "urn:lapor:problem:account-disabled",
        "title": "Account disabled", "status": 403,
        "detail": "The agency disabled this account; ask its admin."})";
    QTest::newRow("sign-in, refresh, any route") << 403 << disabled << true;
    QTest::newRow("another status, same type") << 401 << disabled << true;
    QTest::newRow("role refused")
        << 403 << QByteArray(R"({"type": "urn:lapor:problem:forbidden", "title": "Not allowed for "
                      "your role", "status": 403, "detail": "Only approvers decide."})")
        << false;
    QTest::newRow("session over")
        << 401
        << QByteArray(
               R"({"type": "urn:lapor:problem:invalid-refresh-token", "title": "x", "status": 401})")
        << false;
    QTest::newRow("no document") << 403 << QByteArray() << false;
}

void TestHubError::accountDisabledIsItsOwnKind()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, disabled);
    const HubError error = HubError::http(status, body);
    QCOMPARE(error.isAccountDisabled(), disabled);
    QCOMPARE(error.problem == protocol::ProblemType::AccountDisabled, disabled);
    const QString message = error.userMessage();
    QVERIFY(!message.isEmpty());
    // Plain words for the user, never the hub's English detail, and never "sign in again".
    QCOMPARE(message.contains(QLatin1String("dinonaktifkan")), disabled);
    if (disabled) {
        QVERIFY(!error.isAuth());
        QVERIFY(!error.isTransient());
        QVERIFY(!error.isConflict());
        QVERIFY2(!message.contains(QLatin1String("agency")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("masuk lagi")), qPrintable(message));
    }
    // Only a real answer is ever read as one.
    HubError network;
    network.kind = HubError::Kind::Network;
    network.problem = protocol::ProblemType::AccountDisabled;
    QVERIFY(!network.isAccountDisabled());
}

QTEST_GUILESS_MAIN(TestHubError)
#include "tst_huberror.moc"
