#pragma once

#include "core/profile.h"
#include "store/database.h"
#include "testlocation.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lapor {
class WorkingCalendar;
} // namespace lapor

namespace lapor::test {

// A client store in a temporary folder of its own, gone with the fixture. Every step that
// does not work (the folder, the profile, the store, the sample data) fails the current
// test at the caller's line and leaves the store null, so that a test never goes on with
// an empty store it did not ask for.
//
//   TempStore m_store;                       // a member of the test object
//   QVERIFY(m_store.open());                 // <tmp>/store.sqlite at the newest schema
//   QVERIFY(m_store.openProfile());          // or: a profile folder and its store
//   QVERIFY(m_store.addDesk());              // two units, two users, two open cases
//   CaseRepository cases(*m_store, calendar);
class TempStore
{
public:
    TempStore();
    ~TempStore();
    TempStore(const TempStore &) = delete;
    TempStore &operator=(const TempStore &) = delete;

    // Opens (creating) store.sqlite in the folder.
    Database *open(TestLocation where = TestLocation::current());
    // Creates a profile folder ("profile") and opens its store, as the desk does.
    Database *openProfile(TestLocation where = TestLocation::current());
    // A profile folder ("home", see ProfileHome) in which `username` of `hubUrl` has
    // signed in and is signed in now; opens their store. lapordeskctl --profile homeDir()
    // works as them.
    Database *openPerson(const QString &hubUrl, const QString &username,
                         TestLocation where = TestLocation::current());
    // Closes the store, e.g. before a child process takes it over; open*() opens it again.
    void close();
    // Another store in the same folder: a second desk, a reference copy.
    std::unique_ptr<Database> openOther(const QString &name,
                                        TestLocation where = TestLocation::current()) const;

    // Sample data (sampledata.h) in the open store.
    bool addDesk(TestLocation where = TestLocation::current());
    bool addCorpus(const WorkingCalendar &calendar, TestLocation where = TestLocation::current());

    Database *db() const { return m_db.get(); }
    Database &operator*() const { return *m_db; }
    Database *operator->() const { return m_db.get(); }
    explicit operator bool() const { return bool(m_db); }

    // Null until openProfile().
    Profile *profile() const { return m_profile.get(); }
    QString dir() const { return m_dir.path(); }
    QString homeDir() const { return m_dir.filePath(QStringLiteral("home")); }
    // A file beside the store: exports, attachments to add, a copied database.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString databasePath() const;

private:
    Database *openAt(const QString &path, TestLocation where);

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Database> m_db;
};

} // namespace lapor::test
