#pragma once

#include "store/attachmentrepository.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace lapor {

class Database;
class HubCall;
class HubClient;

// Downloads attachment content into the profile's attachments folder, one file at a time,
// in parts of kPartBytes with `Range`, so a dropped connection or a restart resumes where
// it stopped (attachments.downloaded_bytes). Every file is checked against the sha256 the
// hub sent before it is kept; its name is sanitised and it lives in a folder named after
// the attachment id: attachments/<id>/<name>. What the user opens goes before prefetching.
class AttachmentFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kPartBytes = 512 * 1024;

    // `client` gives the session of the moment (it changes when another user signs in).
    using ClientSource = std::function<HubClient &()>;

    AttachmentFetcher(ClientSource client, Database &db, const QString &attachmentsDir,
                      QObject *parent = nullptr);
    ~AttachmentFetcher() override;

    // On demand: ahead of everything queued.
    void fetch(const QString &attachmentId);
    // Queues attachments of cases in the inbox, newest case first, as long as everything
    // kept locally (finished or partly downloaded) stays within `budgetBytes`. Returns how
    // many were queued. Lifts a hold.
    int prefetch(qint64 budgetBytes);
    // Case text goes first: drops the queued prefetch and stops the file being prefetched
    // after its part in flight (kept for a resume), until the next prefetch(). What the
    // user asked for with fetch() goes on. prefetchHeld() says when no part is in flight.
    void holdPrefetch();
    // A part of a prefetched (not asked for) file is on the way.
    bool isPrefetching() const { return m_prefetching; }
    // Stops after the part in flight; what was written so far is kept for a resume.
    void cancel();

    // Smaller parts for tests of resuming.
    void setPartBytes(qint64 bytes) { m_partBytes = qMax<qint64>(1, bytes); }
    // A part that fails on a bad link is asked for again this many times, after
    // `firstDelayMs`, doubling (or what Retry-After says), before the file is given up.
    void setRetries(int retries, int firstDelayMs)
    {
        m_retries = retries;
        m_retryDelayMs = firstDelayMs;
    }
    // Bytes of attachment content kept in the profile, finished or partial.
    qint64 bytesKept() const;

signals:
    void progress(const QString &attachmentId, qint64 done, qint64 total);
    void downloaded(const QString &attachmentId, const QString &path);
    void failed(const QString &attachmentId, const QString &message);
    void idle();
    // After holdPrefetch(): the prefetched file in progress stopped between two parts.
    void prefetchHeld();

private:
    struct Item;
    void startNext();
    void requestPart();
    // The next part of the current file, unless a hold stops a prefetched one here.
    void continueFile();
    void onPart(HubCall *call);
    bool finish(QString *error);
    void fail(const QString &message);
    void reset(qint64 offset);
    QString partPath() const;

    ClientSource m_client;
    AttachmentRepository m_attachments;
    QString m_dir;
    QStringList m_queue;
    QStringList m_wanted; // asked for with fetch(), not prefetched
    QString m_current;
    QString m_fileName;
    QString m_sha256;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    qint64 m_partBytes = kPartBytes;
    int m_retries = 3;
    int m_retryDelayMs = 1000;
    int m_attempt = 0;
    bool m_restarted = false;
    bool m_held = false;
    bool m_prefetching = false; // the current file was queued by prefetch()
    QPointer<HubCall> m_call;
};

} // namespace lapor
