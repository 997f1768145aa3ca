#include "profilehome.h"

#include "hubaddress.h"
#include "identity.h"
#include "ownerfiles.h"
#include "profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace lapor {

namespace {

const QString kPeople = QStringLiteral("people");
const QString kHomeFile = QStringLiteral("home.ini");
const QString kTrainingHubData = QStringLiteral("hub");
const QString kCurrent = QStringLiteral("current/person");
const QString kLastHub = QStringLiteral("last/hub");
const QString kLanguage = QStringLiteral("last/language");
const QString kWelcomed = QStringLiteral("firststart/done");
// In the person's own settings.ini, beside their Identity.
const QString kLastSignIn = QStringLiteral("signin/last");

// Stands in for the address of every training hub.
const QString kTrainingHub = QStringLiteral("training");

QString tr(const char *text)
{
    return QCoreApplication::translate("lapor::ProfileHome", text);
}

QString canonicalHub(const QString &hubUrl)
{
    const QString normalized = HubAddress::normalized(hubUrl);
    QUrl url(normalized);
    if (!url.isValid() || url.host().isEmpty())
        return normalized;
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    return url.toString(QUrl::StripTrailingSlash);
}

// A readable start for the folder name; the hash makes it unique.
QString folderSafe(const QString &username)
{
    QString safe;
    for (const QChar c : username.left(32)) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        safe += plain ? c : QChar(u'_');
    }
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u'u');
    return safe;
}

bool isWritableDir(const QString &dir)
{
    const QFileInfo info(dir);
    return info.isDir() && info.isWritable();
}

} // namespace

ProfileHome::ProfileHome(const QString &dir, bool training)
    : m_dir(QDir::cleanPath(QFileInfo(dir).absoluteFilePath()))
    , m_training(training)
{ }

ProfileHome::~ProfileHome() = default;

QString ProfileHome::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/profile");
}

QString ProfileHome::trainingDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/training");
}

bool ProfileHome::open(QString *error)
{
    if (!QDir().mkpath(m_dir + QLatin1Char('/') + kPeople) || !isWritableDir(m_dir)) {
        if (error)
            *error = tr("Folder profil %1 tidak dapat dibuat atau ditulisi.")
                         .arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    // A profile made by an older version, or copied in, is closed to other accounts too.
    OwnerFiles::protectTree(m_dir);
    return migrateOlderProfile(error);
}

QString ProfileHome::personKey(const QString &hubUrl, const QString &username, bool training)
{
    const QString hub = training ? kTrainingHub : canonicalHub(hubUrl);
    const QByteArray digest = QCryptographicHash::hash(
        (hub + QLatin1Char('\n') + username).toUtf8(), QCryptographicHash::Sha256);
    return folderSafe(username) + QLatin1Char('-') + QString::fromLatin1(digest.toHex().left(12));
}

QString ProfileHome::personDir(const QString &hubUrl, const QString &username) const
{
    return m_dir + QLatin1Char('/') + kPeople + QLatin1Char('/')
        + personKey(hubUrl, username, m_training);
}

std::optional<ProfileHome::Person> ProfileHome::readPerson(const QString &key) const
{
    if (key.isEmpty() || key.contains(u'/') || key.startsWith(u'.'))
        return std::nullopt;
    const QString dir = m_dir + QLatin1Char('/') + kPeople + QLatin1Char('/') + key;
    if (!QFileInfo(dir + QLatin1String("/settings.ini")).isFile())
        return std::nullopt;
    const QSettings settings(dir + QLatin1String("/settings.ini"), QSettings::IniFormat);
    const Identity id = Identity::load(settings);
    // A folder left by a sign-in that never succeeded, or not made by this program.
    if (id.username.isEmpty() || id.userId.isEmpty()
        || personKey(id.hubUrl, id.username, m_training) != key)
        return std::nullopt;
    Person person;
    person.key = key;
    person.dir = dir;
    person.hubUrl = id.hubUrl;
    person.username = id.username;
    person.displayName = id.displayName.isEmpty() ? id.username : id.displayName;
    person.unitName = id.unitName;
    person.lastSignIn = settings.value(kLastSignIn).toDateTime();
    return person;
}

std::optional<ProfileHome::Person> ProfileHome::person(const QString &key) const
{
    return readPerson(key);
}

QList<ProfileHome::Person> ProfileHome::people() const
{
    QList<Person> found;
    const QDir peopleDir(m_dir + QLatin1Char('/') + kPeople);
    for (const QString &key : peopleDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (auto person = readPerson(key))
            found.append(*person);
    }
    std::sort(found.begin(), found.end(), [](const Person &a, const Person &b) {
        if (a.lastSignIn != b.lastSignIn)
            return a.lastSignIn > b.lastSignIn;
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return found;
}

QList<ProfileHome::Person> ProfileHome::peopleNamed(const QString &username) const
{
    QList<Person> named;
    for (const Person &person : people()) {
        if (person.username == username)
            named.append(person);
    }
    return named;
}

QSettings &ProfileHome::settings() const
{
    if (!m_settings)
        m_settings = std::make_unique<QSettings>(m_dir + QLatin1Char('/') + kHomeFile,
                                                 QSettings::IniFormat);
    return *m_settings;
}

std::optional<ProfileHome::Person> ProfileHome::current() const
{
    settings().sync(); // lapordeskctl and the desk may both have changed it
    return readPerson(settings().value(kCurrent).toString());
}

void ProfileHome::setCurrent(const QString &key)
{
    settings().setValue(kCurrent, key);
    if (const auto person = readPerson(key))
        settings().setValue(kLastHub, person->hubUrl);
    settings().sync();
}

void ProfileHome::clearCurrent()
{
    settings().remove(kCurrent);
    settings().sync();
}

void ProfileHome::touchSignIn(const QString &key)
{
    if (!readPerson(key))
        return;
    QSettings personal(m_dir + QLatin1Char('/') + kPeople + QLatin1Char('/') + key
                           + QLatin1String("/settings.ini"),
                       QSettings::IniFormat);
    personal.setValue(kLastSignIn, QDateTime::currentDateTimeUtc());
    personal.sync();
}

QString ProfileHome::lastHub() const
{
    return settings().value(kLastHub).toString();
}

QString ProfileHome::language() const
{
    return settings().value(kLanguage).toString();
}

void ProfileHome::setLanguage(const QString &language)
{
    putSetting(settings(), kLanguage, language);
    settings().sync();
}

bool ProfileHome::welcomed() const
{
    return settings().value(kWelcomed, false).toBool();
}

void ProfileHome::setWelcomed()
{
    settings().setValue(kWelcomed, true);
    settings().sync();
}

bool ProfileHome::remove(const QString &key, QString *error)
{
    if (key.isEmpty() || key.contains(u'/') || key.startsWith(u'.')) {
        if (error)
            *error = tr("Pengguna tidak dikenal.");
        return false;
    }
    QDir dir(m_dir + QLatin1Char('/') + kPeople + QLatin1Char('/') + key);
    if (settings().value(kCurrent).toString() == key)
        clearCurrent();
    if (!dir.exists())
        return true;
    if (!dir.removeRecursively()) {
        if (error)
            *error = tr("Sebagian data di %1 tidak dapat dihapus.")
                         .arg(QDir::toNativeSeparators(dir.path()));
        return false;
    }
    return true;
}

bool ProfileHome::migrateOlderProfile(QString *error)
{
    // Before one store per person, the store and settings.ini sat at the top.
    const QString oldSettings = m_dir + QLatin1String("/settings.ini");
    if (!QFileInfo::exists(oldSettings)
        && !QFileInfo::exists(m_dir + QLatin1String("/lapordesk.sqlite")))
        return true;
    const Identity id = Identity::load(QSettings(oldSettings, QSettings::IniFormat));
    // A store nobody signed in to holds nothing from a hub: it stays where it is, unread,
    // rather than be given to the wrong person.
    if (id.hubUrl.isEmpty() || id.username.isEmpty())
        return true;
    const QString target = personDir(id.hubUrl, id.username);
    QDir top(m_dir);
    if (!QDir().mkpath(target)) {
        if (error)
            *error = tr("Folder %1 tidak dapat dibuat.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    const QStringList kept { kPeople, kHomeFile, kTrainingHubData };
    QStringList entries = top.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    // settings.ini names the person: it moves last, so a move cut short resumes next time.
    entries.removeAll(QStringLiteral("settings.ini"));
    entries.append(QStringLiteral("settings.ini"));
    for (const QString &name : entries) {
        if (kept.contains(name))
            continue;
        const QString to = target + QLatin1Char('/') + name;
        if (!QFileInfo::exists(top.filePath(name)))
            continue;
        if (QFileInfo::exists(to) || !top.rename(name, to)) {
            if (error)
                *error = tr("Profil lama tidak dapat dipindahkan: %1 tetap di %2.")
                             .arg(name, QDir::toNativeSeparators(m_dir));
            return false;
        }
    }
    setCurrent(personKey(id.hubUrl, id.username, m_training));
    return true;
}

} // namespace lapor
