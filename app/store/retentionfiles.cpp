// Retention's side on disk: the folders of the profile that no row names any more.
#include "core/draftfiles.h"
#include "core/filenames.h"
#include "core/profile.h"
#include "database.h"
#include "retention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace lapor {

int Retention::sweepFiles()
{
    if (m_profileDir.isEmpty())
        return 0;
    // attachments/<attachment id>/ (AttachmentFetcher), drafts/<draft id>/ (DraftFiles) and
    return sweep(Profile(m_profileDir).attachmentsDir(),
                 QStringLiteral("SELECT 1 FROM attachments WHERE id = ?"))
        + sweep(DraftFiles::rootDir(m_profileDir),
                QStringLiteral("SELECT 1 FROM drafts WHERE id = ?"))
        // nota-dinas/<case id>/ (NotaDinas::make).
        + sweep(m_profileDir + QLatin1String("/nota-dinas"),
                QStringLiteral("SELECT 1 FROM nota_dinas WHERE case_id = ?"));
}

int Retention::sweep(const QString &dir, const QString &lookup)
{
    const QDir folder(dir);
    if (!folder.exists())
        return 0;
    QSqlQuery named(m_db.connection());
    if (!named.prepare(lookup))
        return 0;
    int removed = 0;
    const auto entries = folder.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                              | QDir::System);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        // Only plain ids are ever written here; anything else is left over from elsewhere.
        if (FileNames::isPlainId(name)) {
            named.addBindValue(name);
            // A store that cannot be read right now says nothing about what is orphaned.
            if (!named.exec())
                return removed;
            const bool inUse = named.next();
            named.finish();
            if (inUse)
                continue;
        }
        // A link is removed, never followed: what it points to is not the profile's.
        const bool gone = entry.isDir() && !entry.isSymLink()
            ? QDir(entry.absoluteFilePath()).removeRecursively()
            : QFile::remove(entry.absoluteFilePath());
        if (gone)
            ++removed;
    }
    return removed;
}

} // namespace lapor
