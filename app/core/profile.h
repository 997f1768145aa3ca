#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace lapor {

// Writes a text setting, or removes the key when the text is empty: settings.ini keeps no
// empty values, and readers treat a missing key and an empty one alike.
void putSetting(QSettings &settings, const QString &key, const QString &value);

// A profile is one folder holding one person's local store, settings and attachments:
// ProfileHome keeps one per (hub, user) who uses the desk.
class Profile
{
public:
    explicit Profile(const QString &dir);
    ~Profile();

    QString dir() const { return m_dir; }
    QString databasePath() const;
    QString attachmentsDir() const;
    // Creates the folder if needed; false with a reason when it cannot be written.
    bool ensureExists(QString *error) const;
    // settings.ini in the profile; never holds secrets.
    QSettings &settings() const;

private:
    QString m_dir;
    mutable std::unique_ptr<QSettings> m_settings;
};

} // namespace lapor
