#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace lapor {

// The folder the desk and lapordeskctl are given (--profile; by default the app-data
// location). It holds one Profile per person who uses the desk on this PC, keyed by hub
// address and user name, so that nothing of one person reaches another:
//
//   <home>/home.ini              who is signed in now, the picker's language and hub
//   <home>/people/<key>/         one person's Profile: store, settings, attachments
//   <home>/hub/                  training mode only: the local laporhub's data
//
// docs/privacy.md says who can see what.
class ProfileHome
{
public:
    // One person who has signed in on this desk, as their Profile remembers them.
    struct Person
    {
        QString key; // the folder name under people/
        QString dir;
        QString hubUrl;
        QString username;
        QString displayName;
        QString unitName;
        QDateTime lastSignIn; // UTC; invalid before the first one
    };

    // `training`: every training hub (a local laporhub on a free port) is one hub, so the
    // training profiles survive a restart on another port.
    explicit ProfileHome(const QString &dir, bool training = false);
    ~ProfileHome();

    QString dir() const { return m_dir; }
    bool isTraining() const { return m_training; }

    // Creates the folder if needed and moves a profile of an older version (one store at
    // the top) into its person's folder. False with a reason when it cannot.
    bool open(QString *error);

    // The folder of the person (hub, user): the same user on another hub address is
    // another person. The address is compared as HubAddress::normalized spells it, with
    // the scheme and host in lower case.
    QString personDir(const QString &hubUrl, const QString &username) const;
    static QString personKey(const QString &hubUrl, const QString &username, bool training);

    // Everyone with a folder here who has signed in once, most recent first.
    QList<Person> people() const;
    std::optional<Person> person(const QString &key) const;
    // The people with this user name (on any hub).
    QList<Person> peopleNamed(const QString &username) const;

    // Who is signed in now; none after a sign-out or a cancelled sign-in.
    std::optional<Person> current() const;
    void setCurrent(const QString &key);
    void clearCurrent();
    void touchSignIn(const QString &key);

    // The last hub address and the language of whoever signed in last, for the sign-in
    // screen shown before anyone is.
    QString lastHub() const;
    QString language() const;
    void setLanguage(const QString &language);
    // Whether the first start was done here: the guide finished, or the language bar of a
    // training run answered or dismissed (docs/usability.md). The OS user's home folder
    // keeps it, so every OS user of a PC is welcomed once.
    bool welcomed() const;
    void setWelcomed();

    // Deletes a person's folder: their store, settings and attachments. The caller checks
    // for unsent actions first. False with a reason when something stayed.
    bool remove(const QString &key, QString *error);

    static QString defaultDir();
    static QString trainingDir();

private:
    QSettings &settings() const;
    std::optional<Person> readPerson(const QString &key) const;
    bool migrateOlderProfile(QString *error);

    QString m_dir;
    bool m_training;
    mutable std::unique_ptr<QSettings> m_settings;
};

} // namespace lapor
