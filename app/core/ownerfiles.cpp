#include "ownerfiles.h"

#include <QDirIterator>
#include <QFileInfo>

#include <sys/stat.h>

namespace lapor::OwnerFiles {

namespace {

constexpr QFileDevice::Permissions kFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser;

bool restrict(const QFileInfo &info, QString *error)
{
    if (info.isSymLink() || !info.exists())
        return true;
    const auto wanted = info.isDir() ? kFolder : kFile;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    if (!(info.permissions() & others))
        return true;
    if (QFile::setPermissions(info.absoluteFilePath(), wanted))
        return true;
    if (error)
        *error = info.absoluteFilePath();
    return false;
}

} // namespace

void restrictNewFiles()
{
    ::umask(S_IRWXG | S_IRWXO);
}

bool protectTree(const QString &dir, QString *error)
{
    bool ok = restrict(QFileInfo(dir), error);
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
