#pragma once

#include "draftchecks.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lapor {

// Makes a photo smaller before a draft keeps it. DraftFiles reads no pixels (core is
// QtCore only); PhotoScaler (photoscaler.h, a library of its own that links QtGui) does.
class PhotoReducer
{
public:
    virtual ~PhotoReducer() = default;
    // `photo` is a JPEG or PNG already without its metadata. The smaller photo, in the
    // same format and without metadata either; empty when it is within the limits or
    // could not be made smaller.
    virtual QByteArray reduce(const QByteArray &photo) const = 0;
};

// Files attached to a follow-up draft, kept as copies in the profile
// (drafts/<draft id>/), so moving or deleting the original changes nothing and the files
// survive a crash with the autosaved text.
class DraftFiles
{
    Q_DECLARE_TR_FUNCTIONS(lapor::DraftFiles)

public:
    struct File
    {
        QString name; // sanitised
        QString path;
        qint64 size = 0;
        // The size of the file it was added from, when it was kept smaller (a photo made
        // smaller by a PhotoReducer); 0 when it is kept at its own size.
        qint64 originalSize = 0;

        bool reduced() const { return originalSize > 0; }
    };

    // The largest photo taken in to be made smaller; what the draft keeps must still be
    // within the policy's limit.
    static constexpr qint64 kMaxPhotoSourceBytes = 40 * 1024 * 1024;

    DraftFiles(const QString &profileDir, const QString &draftId);
    // The folder that holds one folder per draft: drafts/ in the profile.
    static QString rootDir(const QString &profileDir);

    bool isValid() const { return !m_dir.isEmpty(); }
    QString dir() const { return m_dir; }
    QList<File> list() const;
    // Copies `sourcePath` in, after the policy allowed it; false with a reason. A JPEG or
    // PNG is copied without its metadata (ImageMetadata), so the profile never holds a
    // draft photo's GPS position; `removed` tells what was taken out. A photo that cannot
    // be read to its end is refused, as is a file named .jpg/.png that is no such photo.
    // With a `reducer`, a photo it makes smaller is kept smaller, and where it came from
    // is remembered so that restoreOriginal() can take it back.
    bool add(const QString &sourcePath, const AttachmentPolicy &policy, QString *error,
             QStringList *removed = nullptr, const PhotoReducer *reducer = nullptr);
    // Replaces a photo kept smaller with the file it was added from, read again from
    // there (still without its metadata). False with a reason, changing nothing, when that
    // file is gone, has changed, or the photo was not made smaller.
    bool restoreOriginal(const QString &name, const AttachmentPolicy &policy, QString *error);
    bool remove(const QString &name);

    // The Content-Type the hub expects for a file of this name (pdf, jpg, png, txt).
    static QString mimeType(const QString &fileName);

private:
    struct Source
    {
        QString path;
        qint64 size = 0;
        QString sha256; // of the file as it was read, metadata and all
    };
    QHash<QString, Source> sources() const;
    bool storeSources(const QHash<QString, Source> &sources) const;
    bool writeFile(const QString &name, const QByteArray &bytes) const;

    QString m_dir;
};

} // namespace lapor
