#include "draftfiles.h"

#include "filenames.h"
#include "imagemetadata.h"
#include "ownerfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace lapor {

namespace {

// Where the photos kept smaller came from. A sanitised name never starts with a dot, so
// no attachment can take this name, and list() does not show it.
const QString kSources = QStringLiteral(".originals.json");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

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
    const auto reduced = sources();
    for (const QFileInfo &info : entries) {
        const QString name = info.fileName();
        if (name.endsWith(QLatin1String(".part")) || name == kSources)
            continue;
        out.append({ name, info.absoluteFilePath(), info.size(), reduced.value(name).size });
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
                     QStringList *removed, const PhotoReducer *reducer)
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
    // A photo that will be made smaller may be larger than the limit as it comes from
    // the camera: the limit holds for what the draft keeps (checked below).
    const bool reducible = reducer && ImageMetadata::isPhotoName(name);
    const qint64 readCap
        = reducible ? qMax(policy.maxBytes, kMaxPhotoSourceBytes) : policy.maxBytes;
    AttachmentPolicy sourcePolicy = policy;
    sourcePolicy.maxBytes = readCap;
    const QString refusal = sourcePolicy.refusal(name, source.size(), int(existing.size()));
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
    const QByteArray bytes = in.read(readCap + 1);
    if (const QString late = sourcePolicy.refusal(name, bytes.size(), 0); !late.isEmpty())
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
    const QByteArray smaller = reducer && stripped.format != ImageMetadata::Format::Other
        ? reducer->reduce(stripped.data)
        : QByteArray();
    const QByteArray &kept = smaller.isEmpty() ? stripped.data : smaller;
    if (const QString tooLarge = policy.refusal(name, kept.size(), 0); !tooLarge.isEmpty())
        return fail(tooLarge);
    auto known = sources();
    if (!smaller.isEmpty()) {
        // Remembered before the file is written: a photo kept smaller can always be taken
        // back, and a record without its file is ignored.
        known.insert(name, { source.absoluteFilePath(), bytes.size(), sha256Hex(bytes) });
        if (!storeSources(known))
            return fail(tr("Berkas %1 tidak dapat disalin ke profil.").arg(name));
    } else if (known.remove(name)) {
        storeSources(known); // left by a file of this name that was removed
    }
    if (!writeFile(name, kept))
        return fail(tr("Berkas %1 tidak dapat disalin ke profil.").arg(name));
    if (removed)
        *removed = stripped.removed;
    return true;
}

bool DraftFiles::restoreOriginal(const QString &name, const AttachmentPolicy &policy,
                                 QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    auto known = sources();
    const auto it = known.constFind(name);
    if (m_dir.isEmpty() || it == known.constEnd() || !QFileInfo::exists(QDir(m_dir).filePath(name)))
        return fail(tr("Foto %1 tidak diperkecil, jadi sudah berukuran asli.").arg(name));
    const Source source = it.value();
    QFile in(source.path);
    if (!QFileInfo(source.path).isFile() || !in.open(QIODevice::ReadOnly))
        return fail(tr("Foto asli %1 tidak ada lagi di %2, jadi foto yang diperkecil tetap "
                       "dilampirkan. Lampirkan lagi foto aslinya bila masih ada di tempat lain.")
                        .arg(name, QDir::toNativeSeparators(source.path)));
    const QByteArray bytes = in.read(policy.maxBytes + 1);
    if (bytes.size() != source.size || sha256Hex(bytes) != source.sha256)
        return fail(tr("Foto asli %1 di %2 sudah berubah sejak dilampirkan, jadi foto yang "
                       "diperkecil tetap dilampirkan. Hapus lampiran ini lalu lampirkan lagi "
                       "foto itu bila perubahannya memang dikehendaki.")
                        .arg(name, QDir::toNativeSeparators(source.path)));
    if (const QString refusal = policy.refusal(name, bytes.size(), 0); !refusal.isEmpty())
        return fail(refusal);
    const auto stripped = ImageMetadata::strip(bytes);
    if (!stripped.ok || stripped.format == ImageMetadata::Format::Other)
        return fail(tr("Foto asli %1 tidak dapat dibaca, jadi foto yang diperkecil tetap "
                       "dilampirkan.")
                        .arg(name));
    if (!writeFile(name, stripped.data))
        return fail(tr("Berkas %1 tidak dapat disalin ke profil.").arg(name));
    known.remove(name);
    // The full photo is in place; a record left behind only offers to restore it again.
    storeSources(known);
    return true;
}

QHash<QString, DraftFiles::Source> DraftFiles::sources() const
{
    QHash<QString, Source> out;
    if (m_dir.isEmpty())
        return out;
    QFile file(QDir(m_dir).filePath(kSources));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    // A record that cannot be read only means that no photo offers its original.
    const QJsonObject files
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const Source source { entry.value(QLatin1String("source")).toString(),
                              qint64(entry.value(QLatin1String("size")).toDouble()),
                              entry.value(QLatin1String("sha256")).toString() };
        if (FileNames::sanitise(it.key()) == it.key() && !source.path.isEmpty() && source.size > 0
            && !source.sha256.isEmpty())
            out.insert(it.key(), source);
    }
    return out;
}

bool DraftFiles::storeSources(const QHash<QString, Source> &sources) const
{
    const QString path = QDir(m_dir).filePath(kSources);
    if (sources.isEmpty())
        return !QFile::exists(path) || QFile::remove(path);
    QJsonObject files;
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        files.insert(it.key(),
                     QJsonObject { { QStringLiteral("source"), it->path },
                                   { QStringLiteral("size"), double(it->size) },
                                   { QStringLiteral("sha256"), it->sha256 } });
    }
    const QJsonObject root { { QStringLiteral("version"), 1 }, { QStringLiteral("files"), files } };
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly)
        && out.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0 && out.commit()
        && OwnerFiles::protectFile(path);
}

bool DraftFiles::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString target = QDir(m_dir).filePath(name);
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    // Write under a temporary name first: a crash never leaves half a file that looks whole.
    QFile out(partial);
    const bool written
        = out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush();
    out.close();
    // rename(2) replaces a file in one step, so a photo taken back to its original size
    // never leaves the draft without either (QFile::rename does not replace).
    if (written && OwnerFiles::protectFile(partial)
        && std::rename(QFile::encodeName(partial).constData(),
                       QFile::encodeName(target).constData())
            == 0)
        return true;
    QFile::remove(partial);
    return false;
}

bool DraftFiles::remove(const QString &name)
{
    if (m_dir.isEmpty() || FileNames::sanitise(name) != name)
        return false;
    if (!QFile::remove(QDir(m_dir).filePath(name)))
        return false;
    auto known = sources();
    if (known.remove(name))
        storeSources(known);
    return true;
}

} // namespace lapor
