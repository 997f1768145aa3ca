#include "ownerfiles.h"

#include <QDirIterator>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace lapor::OwnerFiles {

namespace {

constexpr QFileDevice::Permissions kFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser;

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

bool restrict(const QFileInfo &info, QString *error)
{
    if (info.isSymLink() || !info.exists() || !(info.permissions() & kOthers))
        return true;
    const auto wanted = info.isDir() ? kFolder : kFile;
    if (QFile::setPermissions(info.absoluteFilePath(), wanted))
        return true;
    if (error)
        *error = info.absoluteFilePath();
    return false;
}

} // namespace

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(S_IRWXG | S_IRWXO);
#else
    // Windows has no umask: new files take the ACL of their folder, and a profile lives in
    // the user's own AppData, which other users cannot read.
#endif
}

bool protectTree(const QString &dir, QString *error)
{
    const QFileInfo root(dir);
    if (root.isDir() && !root.isSymLink() && !(root.permissions() & kOthers))
        return true;
    bool ok = restrict(root, error);
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ok = restrict(it.fileInfo(), ok ? error : nullptr) && ok;
    }
    return ok;
}

bool protectFile(const QString &path, QString *error)
{
    return restrict(QFileInfo(path), error);
}

} // namespace lapor::OwnerFiles
