#pragma once

#include "hubapi/hubclient.h"
#include "hubapi/huberror.h"
#include "hubprocess.h"
#include "hubtestclient.h"
#include "sync/syncengine.h"
#include "tempstore.h"
#include "testlocation.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace lapor::test {

inline constexpr const char *kHubPassword = "latihan";

// Logs a client in and waits for the hub's answer. A login that does not finish fails the
// current test at the caller's line: an unfinished call has no error yet and would read
// as success (tryLogIn then returns nothing). tryLogIn returns the hub's refusal for tests
// that expect one; logIn fails the test on it.
std::optional<HubError> tryLogIn(HubClient &client, const QString &user,
                                 const QString &password = QLatin1String(kHubPassword),
                                 TestLocation where = TestLocation::current());
bool logIn(HubClient &client, const QString &user, TestLocation where = TestLocation::current());

// A real laporhub (HubProcess) with a generated dataset in simulation mode, plus what
// client tests need around it: raw authenticated requests, the hub's own view of a
// user's feed, fault rules, the hub's clock, client stores and one-call syncs.
class HubFixture
{
public:
    explicit HubFixture(int cases, const QStringList &extraArguments = {}, quint64 seed = 11);
    ~HubFixture();

    bool start(QString *error);
    QUrl url() const { return m_hub.baseUrl(); }
    // The folder of the client stores (the hub's data is in its "hub" subfolder).
    QString dir() const { return m_stores.dir(); }
    HubProcess &process() { return m_hub; }

    // One authenticated JSON request made outside the client code under test. Without
    // `status` the request must succeed (2xx with a JSON body or none): anything else fails
    // the current test at the caller's line. With `status` the caller judges the answer.
    QJsonObject request(const QString &user, const QByteArray &verb, const QString &path,
                        const QJsonObject &body = {}, int *status = nullptr,
                        TestLocation where = TestLocation::current());
    // The hub's view of a user's feed, folded: tracking id -> version of every case the
    // user may see, and the ids of every follow-up and reply.
    struct View
    {
        QMap<qint64, qint64> cases;
        QSet<QString> followups;
        QSet<QString> replies;
    };
    View hubView(const QString &user, TestLocation where = TestLocation::current());
    // The same facts read from a client store.
    static View storeView(Database &db, TestLocation where = TestLocation::current());
    // Everything a sync writes, as one comparable string (not the last-sync time).
    static QString digest(Database &db, TestLocation where = TestLocation::current());
    // True when no bulk fill is left to finish (docs/store.md, "A first sync"): nothing
    // set aside, and every case has its search row. Says what is left otherwise.
    static bool fillFinished(Database &db, QString *left);

    // Adds a fault rule, e.g. {"route":"changes","action":"drop_after","count":2}.
    void addFault(const QJsonObject &rule, TestLocation where = TestLocation::current());
    void clearFaults(TestLocation where = TestLocation::current());
    // Moves the hub's clock forward: tokens expire, throttles lift, without waiting.
    void advanceClock(qint64 seconds, TestLocation where = TestLocation::current());

    // A new client store in dir(); null (and the test failed) when it cannot be opened.
    std::unique_ptr<Database> openStore(const QString &name,
                                        TestLocation where = TestLocation::current());

    struct SyncRun
    {
        int pageSize = 100;
        int timeoutMs = 10000; // the client's transfer timeout
        // After each stored page (and the estimate), with the records stored so far, e.g.
        // to move the clock.
        std::function<void(qint64 done)> onProgress;
        std::function<void(SyncEngine &)> configure; // before it starts: clock, retention, log
    };
    // One sync as `user`. A login or sync that never finishes fails the current test: its
    // report would otherwise look like an ordinary failed sync to tests that expect one.
    SyncEngine::Report sync(Database &db, const QString &user, const SyncRun &run,
                            TestLocation where = TestLocation::current());
    SyncEngine::Report sync(Database &db, const QString &user, int pageSize = 100,
                            int timeoutMs = 10000, TestLocation where = TestLocation::current())
    {
        return sync(db, user, SyncRun { pageSize, timeoutMs, {}, {} }, where);
    }

    static constexpr const char *kPassword = kHubPassword;

private:
    QString token(const QString &user, const TestLocation &where);
    HubReply requestOnce(const QString &user, const QByteArray &verb, const QString &path,
                         const QJsonObject &body, const TestLocation &where);

    TempStore m_stores;
    HubProcess m_hub;
    HubTestClient m_client;
    QHash<QString, QString> m_tokens;
};

} // namespace lapor::test
