#include "profile.h"

#include "ownerfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace lapor {

Profile::Profile(const QString &dir)
    : m_dir(QDir::cleanPath(QFileInfo(dir).absoluteFilePath()))
{ }

Profile::~Profile() = default;

QString Profile::databasePath() const
{
    return m_dir + QLatin1String("/lapordesk.sqlite");
}

QString Profile::attachmentsDir() const
{
    return m_dir + QLatin1String("/attachments");
}

bool Profile::ensureExists(QString *error) const
{
    QDir dir(m_dir);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QCoreApplication::translate("lapor::Profile",
                                                 "Folder profil %1 tidak dapat dibuat.")
                         .arg(m_dir);
        return false;
    }
    QFileInfo info(m_dir);
    if (!info.isDir() || !info.isWritable()) {
        if (error)
            *error = QCoreApplication::translate("lapor::Profile",
                                                 "Folder profil %1 tidak dapat ditulisi.")
                         .arg(m_dir);
        return false;
    }
    // A profile made by an older version, or copied in, is closed to other accounts too.
    OwnerFiles::protectTree(m_dir);
    return true;
}

void putSetting(QSettings &settings, const QString &key, const QString &value)
{
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}

QSettings &Profile::settings() const
{
    if (!m_settings)
        m_settings = std::make_unique<QSettings>(m_dir + QLatin1String("/settings.ini"),
                                                 QSettings::IniFormat);
    return *m_settings;
}

} // namespace lapor
