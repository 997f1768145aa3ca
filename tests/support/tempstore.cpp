#include "tempstore.h"

#include "core/identity.h"
#include "core/profile.h"
#include "core/profilehome.h"
#include "sampledata.h"
#include "store/database.h"

#include <QSettings>
#include <QTest>

namespace lapor::test {

TempStore::TempStore() = default;
TempStore::~TempStore() = default;

Database *TempStore::open(TestLocation where)
{
    return openAt(m_dir.filePath(QStringLiteral("store.sqlite")), where);
}

Database *TempStore::openProfile(TestLocation where)
{
    if (!m_profile) {
        m_profile = std::make_unique<Profile>(m_dir.filePath(QStringLiteral("profile")));
        QString error;
        if (!m_profile->ensureExists(&error)) {
            failAt(QStringLiteral("cannot create the profile %1: %2").arg(m_profile->dir(), error),
                   where);
            m_profile.reset();
            return nullptr;
        }
    }
    return openAt(m_profile->databasePath(), where);
}

Database *TempStore::openPerson(const QString &hubUrl, const QString &username, TestLocation where)
{
    ProfileHome home(homeDir());
    QString error;
    if (!home.open(&error)) {
        failAt(QStringLiteral("cannot create the profile folder: %1").arg(error), where);
        return nullptr;
    }
    m_profile = std::make_unique<Profile>(home.personDir(hubUrl, username));
    if (!m_profile->ensureExists(&error)) {
        failAt(QStringLiteral("cannot create %1: %2").arg(m_profile->dir(), error), where);
        m_profile.reset();
        return nullptr;
    }
    Identity id = Identity::load(m_profile->settings());
    id.hubUrl = hubUrl;
    id.username = username;
    if (id.userId.isEmpty())
        id.userId = username;
    id.store(m_profile->settings());
    m_profile->settings().sync();
    home.setCurrent(ProfileHome::personKey(hubUrl, username, false));
    return openAt(m_profile->databasePath(), where);
}

Database *TempStore::openAt(const QString &path, TestLocation where)
{
    m_db.reset();
    if (!m_dir.isValid()) {
        failAt(QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString()),
               where);
        return nullptr;
    }
    auto opened = Database::open(path);
    if (!opened.database)
        failAt(QStringLiteral("cannot open the store %1: %2").arg(path, opened.message), where);
    m_db = std::move(opened.database);
    return m_db.get();
}

void TempStore::close()
{
    m_db.reset();
}

std::unique_ptr<Database> TempStore::openOther(const QString &name, TestLocation where) const
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    auto opened = Database::open(path);
    if (!opened.database)
        failAt(QStringLiteral("cannot open the store %1: %2").arg(path, opened.message), where);
    return std::move(opened.database);
}

QString TempStore::databasePath() const
{
    return m_db ? m_db->path() : QString();
}

bool TempStore::addDesk(TestLocation where)
{
    QString error = QStringLiteral("no store is open");
    if (m_db && Sample::addDesk(*m_db, &error))
        return true;
    failAt(QStringLiteral("cannot add the sample desk: %1").arg(error), where);
    return false;
}

bool TempStore::addCorpus(const WorkingCalendar &calendar, TestLocation where)
{
    QString error = QStringLiteral("no store is open");
    if (m_db && Sample::addCorpus(*m_db, calendar, &error))
        return true;
    failAt(QStringLiteral("cannot add the sample corpus: %1").arg(error), where);
    return false;
}

} // namespace lapor::test
