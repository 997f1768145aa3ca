#pragma once

#include "hubapi/hubclient.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "sync/traininghub.h"

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

    // One authenticated JSON request made outside the client code under test.
    QJsonObject request(const QString &user, const QByteArray &verb, const QString &path,
                        const QJsonObject &body = {}, int *status = nullptr);
    // The hub's view of a user's feed, folded: tracking id -> version of every case the
    // user may see, and the ids of every follow-up and reply.
    struct View
    {
        QMap<qint64, qint64> cases;
        QSet<QString> followups;
        QSet<QString> replies;
    };
    View hubView(const QString &user);
    // The same facts read from a client store.
    static View storeView(Database &db);
    // Everything a sync writes, as one comparable string (not the last-sync time).
    static QString digest(Database &db);

    // Adds a fault rule, e.g. {"route":"changes","action":"drop_after","count":2}.
    void addFault(const QJsonObject &rule);
    void clearFaults();

    std::unique_ptr<Database> openStore(const QString &name);
    SyncEngine::Report sync(Database &db, const QString &user, int pageSize = 100,
                            int timeoutMs = 10000);

    static constexpr const char *kPassword = "latihan";

private:
    QString token(const QString &user);
    QJsonObject requestOnce(const QString &user, const QByteArray &verb, const QString &path,
                            const QJsonObject &body, int *status);

    int m_cases;
    QStringList m_extraArguments;
    QTemporaryDir m_dir;
    std::unique_ptr<TrainingHub> m_hub;
    QHash<QString, QString> m_tokens;
};

} // namespace lapor::test
