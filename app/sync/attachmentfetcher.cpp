#include "attachmentfetcher.h"

#include "core/filenames.h"
#include "hubapi/hubclient.h"
#include "protocol/routes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <utility>

namespace lapor {

namespace {
const QString kPartName = QStringLiteral("download.part");
} // namespace

AttachmentFetcher::AttachmentFetcher(ClientSource client, Database &db,
                                     const QString &attachmentsDir, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_attachments(db)
    , m_dir(attachmentsDir)
{ }

AttachmentFetcher::~AttachmentFetcher()
{
    if (m_call)
        m_call->cancel();
}

void AttachmentFetcher::fetch(const QString &attachmentId)
{
    if (attachmentId == m_current) {
        // Asked for now: a hold no longer stops it.
        if (std::exchange(m_prefetching, false) && m_held)
            emit prefetchHeld();
        return;
    }
    m_queue.removeAll(attachmentId);
    m_queue.prepend(attachmentId);
    if (!m_wanted.contains(attachmentId))
        m_wanted.append(attachmentId);
    if (m_current.isEmpty())
        startNext();
}

int AttachmentFetcher::prefetch(qint64 budgetBytes)
{
    m_held = false;
    qint64 planned = bytesKept();
    int added = 0;
    for (const auto &[id, missing] : m_attachments.missing()) {
        if (planned + missing > budgetBytes)
            continue; // a smaller one further down may still fit
        if (id == m_current || m_queue.contains(id))
            continue;
        planned += missing;
        m_queue.append(id);
        ++added;
    }
    if (added && m_current.isEmpty())
        startNext();
    return added;
}

void AttachmentFetcher::holdPrefetch()
{
    m_held = true;
    m_queue.removeIf([this](const QString &id) { return !m_wanted.contains(id); });
    if (m_prefetching && !m_call)
        startNext(); // waiting to retry a part: nothing is on the way to wait for
}

void AttachmentFetcher::cancel()
{
    m_queue.clear();
    m_wanted.clear();
    if (m_call)
        m_call->cancel();
}

qint64 AttachmentFetcher::bytesKept() const
{
    return m_attachments.bytesKept();
}

QString AttachmentFetcher::partPath() const
{
    return m_dir + QLatin1Char('/') + m_current + QLatin1Char('/') + kPartName;
}

void AttachmentFetcher::startNext()
{
    m_current.clear();
    if (std::exchange(m_prefetching, false) && m_held)
        emit prefetchHeld();
    while (!m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        const bool wanted = m_wanted.removeAll(id) > 0;
        const auto download = m_attachments.download(id);
        if (!download)
            continue; // gone from the store since it was queued
        m_current = id;
        m_fileName = FileNames::sanitise(download->fileName);
        m_size = download->size;
        m_sha256 = download->sha256.toLower();
        const qint64 recorded = download->downloadedBytes;
        const QString &localPath = download->localPath;
        m_restarted = false;
        m_attempt = 0;
        if (!FileNames::isPlainId(id)) {
            fail(tr("Lampiran ini memiliki pengenal yang tidak sah dan tidak diunduh."));
            continue;
        }
        if (!localPath.isEmpty() && recorded >= m_size
            && QFile::exists(m_dir + QLatin1Char('/') + localPath)) {
            const QString done = m_dir + QLatin1Char('/') + localPath;
            m_current.clear();
            emit downloaded(id, done);
            continue;
        }
        if (!QDir().mkpath(m_dir + QLatin1Char('/') + id)) {
            fail(tr("Folder lampiran di profil tidak dapat dibuat."));
            continue;
        }
        // Resume from what is really on disk: the row may be ahead of a file that lost its
        // last write in a crash, never behind it by more than a part.
        const qint64 onDisk = QFileInfo(partPath()).size();
        m_offset = qMin(onDisk, m_size);
        if (m_offset != recorded || onDisk > m_size)
            reset(m_offset);
        m_prefetching = !wanted;
        requestPart();
        return;
    }
    emit idle();
}

void AttachmentFetcher::reset(qint64 offset)
{
    QFile part(partPath());
    if (part.exists() && part.size() != offset)
        part.resize(offset);
    m_offset = offset;
    // Best effort: the next start compares the row with the file on disk again.
    m_attachments.restartAt(m_current, offset, nullptr);
}

void AttachmentFetcher::requestPart()
{
    HubClient::Request request;
    request.path = protocol::Routes::path(protocol::Route::AttachmentsGet, { m_current });
    if (m_size > 0) {
        const qint64 last = qMin(m_offset + m_partBytes, m_size) - 1;
        request.range = "bytes=" + QByteArray::number(m_offset) + '-' + QByteArray::number(last);
    }
    // Cut off while arriving: a hub that sends more than the file it declared never fills
    // memory or the disk.
    request.maxBytes = qMax<qint64>(1, m_size);
    m_call = m_client().send(request);
    connect(m_call, &HubCall::finished, this, &AttachmentFetcher::onPart);
}

void AttachmentFetcher::continueFile()
{
    if (m_held && m_prefetching) {
        // What arrived is kept (downloaded_bytes): the next prefetch resumes from here.
        startNext();
        return;
    }
    requestPart();
}

void AttachmentFetcher::onPart(HubCall *call)
{
    call->deleteLater();
    m_call.clear();
    if (!call->error().ok()) {
        if (call->error().status == 416 && !m_restarted) {
            // The part we hold does not fit the file the hub has: start over once.
            m_restarted = true;
            reset(0);
            requestPart();
            return;
        }
        if (call->error().isTransient() && m_attempt < m_retries) {
            // What arrived so far is kept; the same part is asked for again.
            const int delay = call->error().retryAfterSeconds >= 0
                ? call->error().retryAfterSeconds * 1000
                : m_retryDelayMs << m_attempt;
            ++m_attempt;
            QTimer::singleShot(delay, this, [this, id = m_current] {
                if (m_current == id)
                    continueFile();
            });
            return;
        }
        fail(call->error().kind == HubError::Kind::TooLarge
                 ? tr("Lampiran dari hub lebih besar dari ukuran yang dicatat.")
                 : call->error().userMessage());
        startNext();
        return;
    }
    m_attempt = 0;
    if (!m_attachments.download(m_current)) {
        // Its case left the desk while the part was on the way (Retention): keep nothing.
        QDir(m_dir + QLatin1Char('/') + m_current).removeRecursively();
        m_current.clear();
        startNext();
        return;
    }
    QByteArray body = call->body();
    qint64 at = m_offset;
    if (call->status() == 206) {
        // "bytes A-B/SIZE": the part must start where we asked.
        const QByteArray range = call->rawHeader("Content-Range");
        const qint64 start = range.mid(6).split('-').value(0).toLongLong();
        if (!range.startsWith("bytes ") || start != m_offset) {
            fail(tr("Hub mengirim bagian lampiran yang tidak diminta."));
            startNext();
            return;
        }
    } else {
        at = 0; // the whole file
    }
    if (at + body.size() > m_size) {
        reset(0);
        fail(tr("Lampiran dari hub lebih besar dari ukuran yang dicatat."));
        startNext();
        return;
    }
    QFile part(partPath());
    if (!part.open(QIODevice::ReadWrite) || !part.resize(at) || !part.seek(at)
        || part.write(body) != body.size() || !part.flush()) {
        const QString reason = part.errorString();
        part.close();
        reset(at);
        fail(tr("Lampiran tidak dapat disimpan (%1). Periksa ruang kosong di disk.").arg(reason));
        m_queue.clear(); // the next file would fail the same way
        startNext();
        return;
    }
    part.close();
    m_offset = at + body.size();
    m_attachments.setDownloadedBytes(m_current, m_offset, nullptr);
    emit progress(m_current, m_offset, m_size);
    if (m_offset < m_size && !body.isEmpty()) {
        continueFile();
        return;
    }
    QString error;
    const QString id = m_current;
    if (m_offset < m_size || !finish(&error)) {
        fail(error.isEmpty() ? tr("Hub menghentikan unduhan lampiran sebelum selesai.") : error);
    } else {
        emit downloaded(id, m_dir + QLatin1Char('/') + id + QLatin1Char('/') + m_fileName);
    }
    startNext();
}

bool AttachmentFetcher::finish(QString *error)
{
    QFile part(partPath());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!part.open(QIODevice::ReadOnly) || !hash.addData(&part)) {
        *error = tr("Lampiran yang diunduh tidak dapat dibaca kembali.");
        return false;
    }
    part.close();
    if (!m_sha256.isEmpty() && QString::fromLatin1(hash.result().toHex()) != m_sha256) {
        part.remove();
        reset(0);
        *error = tr("Lampiran rusak dalam perjalanan (checksum tidak cocok) dan dibuang; "
                    "unduh ulang.");
        return false;
    }
    const QString relative = m_current + QLatin1Char('/') + m_fileName;
    const QString target = m_dir + QLatin1Char('/') + relative;
    QFile::remove(target);
    if (!part.rename(target)) {
        *error = tr("Lampiran tidak dapat disimpan: %1").arg(part.errorString());
        return false;
    }
    if (!m_attachments.markFinished(m_current, relative, nullptr)) {
        *error = tr("Lampiran tersimpan tetapi tidak tercatat di basis data lokal.");
        return false;
    }
    return true;
}

void AttachmentFetcher::fail(const QString &message)
{
    const QString id = m_current;
    m_current.clear();
    emit failed(id, message);
}

} // namespace lapor
