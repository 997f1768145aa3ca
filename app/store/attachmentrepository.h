#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lapor {

class Database;

// How far the content of each attachment has come into the profile's attachments folder.
// ChangeWriter records the attachments the hub announces; AttachmentFetcher moves them
// through their download with these calls, each its own statement.
class AttachmentRepository
{
public:
    struct Download
    {
        QString id;
        QString fileName; // as sent; sanitised before touching the file system
        qint64 size = 0;
        QString sha256; // as sent, hex; empty when the hub sent none
        qint64 downloadedBytes = 0;
        QString localPath; // relative to the attachments folder; empty until finished
    };

    struct Missing
    {
        QString id;
        qint64 missingBytes = 0;
    };

    explicit AttachmentRepository(Database &db);

    std::optional<Download> download(const QString &id) const;
    // Attachments of cases in the inbox that are not completely downloaded: the newest
    // case first, the smaller file first within a case.
    QList<Missing> missing() const;
    // Bytes of attachment content kept in the profile, finished or partial.
    qint64 bytesKept() const;

    // The first `bytes` of the file are on disk.
    bool setDownloadedBytes(const QString &id, qint64 bytes, QString *error);
    // The download continues from `bytes`; a finished file no longer counts as kept.
    bool restartAt(const QString &id, qint64 bytes, QString *error);
    // The whole file is on disk at `localPath`, relative to the attachments folder.
    bool markFinished(const QString &id, const QString &localPath, QString *error);

private:
    Database &m_db;
};

} // namespace lapor
