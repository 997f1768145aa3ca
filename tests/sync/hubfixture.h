#pragma once

#include "hubapi/hubclient.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "sync/traininghub.h"
#include "testlocation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace lapor::test {

// A real laporhub on a free loopback port, plus what client tests need around it: raw
// authenticated requests, the hub's own view of a user's feed, and one-call syncs.
class HubFixture
{
public:
    explicit HubFixture(int cases, const QStringList &extraArguments = {});
    ~HubFixture();

    bool start(QString *error);
    QUrl url() const;
    QString dir() const { return m_dir.path(); }

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

    // Adds a fault rule, e.g. {"route":"changes","action":"drop_after","count":2}.
    void addFault(const QJsonObject &rule, TestLocation where = TestLocation::current());
    void clearFaults(TestLocation where = TestLocation::current());

    // A new client store; null (and the test failed) when it cannot be opened.
    std::unique_ptr<Database> openStore(const QString &name,
                                        TestLocation where = TestLocation::current());
    // One sync as `user`. A login or sync that never finishes fails the current test: its
    // report would otherwise look like an ordinary failed sync to tests that expect one.
    SyncEngine::Report sync(Database &db, const QString &user, int pageSize = 100,
                            int timeoutMs = 10000, TestLocation where = TestLocation::current());

    static constexpr const char *kPassword = "latihan";

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QString networkError;
    };
    QString token(const QString &user, const TestLocation &where);
    Answer requestOnce(const QString &user, const QByteArray &verb, const QString &path,
                       const QJsonObject &body, const TestLocation &where);

    int m_cases;
    QStringList m_extraArguments;
    QTemporaryDir m_dir;
    std::unique_ptr<TrainingHub> m_hub;
    QHash<QString, QString> m_tokens;
};

} // namespace lapor::test
