#pragma once

#include "store/database.h"
#include "sync/syncengine.h"
#include "testlocation.h"

#include <QHash>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace lapor::test {

// A hub whose change feed serves exactly the bytes a test sets, page by `after` cursor, so
// every way a record or a page can break the contract reaches the client as over the wire.
// Sign-in always succeeds; a cursor with no page set gets an empty last page.
class ScriptedHub
{
public:
    // Listens on a free loopback port; false when it cannot.
    bool start();
    QUrl url() const { return m_url; }

    void setPage(const QString &after, const QByteArray &body) { m_pages.insert(after, body); }
    // The `Link` header the page after `after` is answered with (naming a next page).
    void setLink(const QString &after, const QByteArray &link) { m_links.insert(after, link); }
    void clearPages()
    {
        m_pages.clear();
        m_links.clear();
    }

    // One sync of `db` (one attempt, no retries). A sign-in or a sync that never finishes
    // fails the current test: its report would otherwise look like a refused page.
    SyncEngine::Report sync(Database &db, int timeoutMs = 10000,
                            TestLocation where = TestLocation::current());

    static QJsonObject record(const char *kind, const QJsonObject &data);
    // A follow-up by the unit's officer on `caseId`.
    static QJsonObject followupRecord(const QString &id, qint64 caseId, const QString &text);
    static QJsonObject caseRecord(qint64 id, int version = 3,
                                  const QString &title = QStringLiteral("Lampu jalan mati"));
    // The record with one field of its data set, or removed when `value` is undefined.
    static QJsonObject withField(QJsonObject record, const char *key, const QJsonValue &value);
    static QByteArray page(const QJsonArray &changes, const QString &next, bool more = false);

private:
    QHttpServer m_server;
    QUrl m_url;
    QHash<QString, QByteArray> m_pages; // by `after`
    QHash<QString, QByteArray> m_links; // by `after`
};

} // namespace lapor::test
