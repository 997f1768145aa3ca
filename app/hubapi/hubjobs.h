#pragma once

#include "huberror.h"
#include "protocol/records.h"
#include "protocol/requests.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

namespace lapor {

class HubCall;
class HubClient;

// One typed job per route of the hub API: the caller names what it wants and gets typed
// results; the route, the JSON and the answer's shape stay in protocol/ and here. Each job
// emits finished() exactly once; the receiver deletes it (deleteLater()).

// GET /v1/changes: one page of the change feed, its records still raw so that one bad
// record can be set aside without losing the page.
class FeedPageJob : public QObject
{
    Q_OBJECT

public:
    FeedPageJob(HubClient &client, const QString &after, int limit, QObject *parent = nullptr);
    void start();
    void cancel();

    const QString &after() const { return m_after; }
    bool isFinished() const { return m_finished; }
    const HubError &error() const { return m_error; }
    const protocol::FeedPage &page() const { return m_page; }
    // The cursor of the next page as the answer's head named it (Link rel="next"), before
    // the body is in; empty until then, or when the hub named none.
    const QString &nextAfter() const { return m_nextAfter; }

signals:
    void finished(lapor::FeedPageJob *job);
    // nextAfter() is known while this page's body is still arriving.
    void nextPageKnown(lapor::FeedPageJob *job);

private:
    HubClient &m_client;
    QString m_after;
    int m_limit;
    QPointer<HubCall> m_call;
    HubError m_error;
    protocol::FeedPage m_page;
    QString m_nextAfter;
    bool m_finished = false;
};

// GET /v1/changes/count: how many records remain after a cursor, for a progress estimate.
class ChangeCountJob : public QObject
{
    Q_OBJECT

public:
    ChangeCountJob(HubClient &client, const QString &after, QObject *parent = nullptr);
    void start();

    const HubError &error() const { return m_error; }
    qint64 count() const { return m_count; } // -1 when unknown

signals:
    void finished(lapor::ChangeCountJob *job);

private:
    HubClient &m_client;
    QString m_after;
    HubError m_error;
    qint64 m_count = -1;
};

// One write of the outbox (protocol::Writes): sent with its Idempotency-Key and If-Match,
// answered with the records the feed carries for the same change.
class WriteJob : public QObject
{
    Q_OBJECT

public:
    WriteJob(HubClient &client, protocol::WriteRequest request, const QByteArray &idempotencyKey,
             const QString &ifMatch, QObject *parent = nullptr);
    // The bytes of an upload. They go in parts (uploads.*, docs/hub-api.md), each sized to
    // take about kPartSeconds on the link as measured so far: a cut costs at most the part
    // in flight, and a later job with the same key resumes from the last byte the hub
    // acknowledged, also after a restart of the desk.
    void setFile(const QByteArray &bytes) { m_file = bytes; }
    static constexpr qint64 kFirstPartBytes = 64 * 1024;
    static constexpr qint64 kMaxPartBytes = 1024 * 1024; // the hub's largest part
    static constexpr int kPartSeconds = 4;
    // Every part this size instead (tests).
    void setPartBytes(qint64 bytes) { m_fixedPart = qBound<qint64>(1, bytes, kMaxPartBytes); }
    void start();
    void cancel();
    // Of an upload: where it started (the hub's offset when the job began) and how far
    // the hub has acknowledged.
    qint64 resumedAt() const { return m_resumedAt; }
    qint64 acknowledged() const { return m_acknowledged; }

    protocol::Route route() const;
    const HubError &error() const { return m_error; }
    // On success: the answer's records in the order they apply; nullopt when the answer
    // could not be read (the write happened; the next sync brings the records).
    const std::optional<QList<ChangeData>> &records() const { return m_records; }
    QString unreadableAnswer() const { return m_unreadable; }
    // The version the write gave its entity (draft or case), from the answer or its ETag;
    // 0 when unknown.
    qint64 version() const { return m_version; }
    // On 409/412: the entity as the hub holds it now, when the problem carries it.
    const std::optional<ChangeData> &current() const { return m_current; }
    // The answer as received: the records, or the problem document.
    QJsonObject answer() const { return m_answer; }

signals:
    void finished(lapor::WriteJob *job);
    // An upload's bytes the hub has acknowledged.
    void uploadProgress(qint64 acknowledged, qint64 total);

private:
    void onFinished(HubCall *call);
    enum class Step { Create, Append, Complete };
    void sendUploadStep(Step step, qint64 offset = 0);
    void onUploadStep(HubCall *call);
    void nextUploadStep(qint64 offset);

    HubClient &m_client;
    protocol::WriteRequest m_request;
    QByteArray m_key;
    QString m_ifMatch;
    QByteArray m_file;
    Step m_step = Step::Create;
    QString m_uploadId;
    qint64 m_fixedPart = 0;
    qint64 m_partBytes = kFirstPartBytes;
    qint64 m_partSent = 0;
    QElapsedTimer m_partClock;
    qint64 m_resumedAt = -1;
    qint64 m_acknowledged = 0;
    bool m_uploadRestarted = false;
    QPointer<HubCall> m_call;
    HubError m_error;
    std::optional<QList<ChangeData>> m_records;
    std::optional<ChangeData> m_current;
    QString m_unreadable;
    qint64 m_version = 0;
    QJsonObject m_answer;
};

} // namespace lapor
