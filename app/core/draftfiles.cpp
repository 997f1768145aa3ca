#include "draftfiles.h"

#include "filenames.h"
#include "imagemetadata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lapor {

DraftFiles::DraftFiles(const QString &profileDir, const QString &draftId)
{
    // A draft id becomes a folder name only when it cannot climb out of the profile.
    if (!profileDir.isEmpty() && FileNames::isPlainId(draftId))
        m_dir = QDir(rootDir(profileDir)).filePath(draftId);
}

QString DraftFiles::rootDir(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("drafts"));
}

QList<DraftFiles::File> DraftFiles::list() const
{
    QList<File> out;
    if (m_dir.isEmpty())
        return out;
    const auto entries = QDir(m_dir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (!info.fileName().endsWith(QLatin1String(".part")))
            out.append({ info.fileName(), info.absoluteFilePath(), info.size() });
    }
    return out;
}

QString DraftFiles::mimeType(const QString &fileName)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("application/pdf");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QStringLiteral("image/jpeg");
    if (suffix == QLatin1String("png"))
        return QStringLiteral("image/png");
    return QStringLiteral("text/plain");
}

bool DraftFiles::add(const QString &sourcePath, const AttachmentPolicy &policy, QString *error,
                     QStringList *removed)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_dir.isEmpty())
        return fail(tr("Draf belum tersimpan; tulis teks terlebih dahulu."));
    const QFileInfo source(sourcePath);
    if (!source.isFile() || !source.isReadable())
        return fail(tr("Berkas %1 tidak dapat dibaca.").arg(source.fileName()));
    const QString name = FileNames::sanitise(source.fileName());
    const auto existing = list();
    const QString refusal = policy.refusal(name, source.size(), int(existing.size()));
    if (!refusal.isEmpty())
        return fail(refusal);
    for (const File &file : existing) {
        if (file.name.compare(name, Qt::CaseInsensitive) == 0)
            return fail(tr("Berkas bernama %1 sudah dilampirkan.").arg(name));
    }
    QFile in(source.absoluteFilePath());
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("Berkas %1 tidak dapat dibaca.").arg(source.fileName()));
    // No more than the policy allows, even when the file grew since it was checked.
    const QByteArray bytes = in.read(policy.maxBytes + 1);
    if (const QString late = policy.refusal(name, bytes.size(), 0); !late.isEmpty())
        return fail(late);
    const auto stripped = ImageMetadata::strip(bytes);
    if (stripped.format == ImageMetadata::Format::Other && ImageMetadata::isPhotoName(name))
        return fail(tr("Berkas %1 bukan foto JPEG atau PNG meski namanya begitu.").arg(name));
    if (!stripped.ok)
        return fail(tr("Metadata foto %1 tidak dapat dibuang karena %2, jadi foto itu tidak "
                       "dilampirkan. Buka foto itu di aplikasi gambar, simpan ulang, lalu "
                       "lampirkan lagi.")
                        .arg(name, stripped.error));
    if (!QDir().mkpath(m_dir))
        return fail(tr("Folder lampiran draf tidak dapat dibuat."));
    const QString target = QDir(m_dir).filePath(name);
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    // Write under a temporary name first: a crash never leaves half a file that looks whole.
    QFile out(partial);
    const bool written = out.open(QIODevice::WriteOnly)
        && out.write(stripped.data) == stripped.data.size() && out.flush();
    out.close();
    if (!written || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(tr("Berkas %1 tidak dapat disalin ke profil.").arg(name));
    }
    if (removed)
        *removed = stripped.removed;
    return true;
}

bool DraftFiles::remove(const QString &name)
{
    if (m_dir.isEmpty() || FileNames::sanitise(name) != name)
        return false;
    return QFile::remove(QDir(m_dir).filePath(name));
}

} // namespace lapor
