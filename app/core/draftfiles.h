#pragma once

#include "draftchecks.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lapor {

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
    };

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
    bool add(const QString &sourcePath, const AttachmentPolicy &policy, QString *error,
             QStringList *removed = nullptr);
    bool remove(const QString &name);

    // The Content-Type the hub expects for a file of this name (pdf, jpg, png, txt).
    static QString mimeType(const QString &fileName);

private:
    QString m_dir;
};

} // namespace lapor
