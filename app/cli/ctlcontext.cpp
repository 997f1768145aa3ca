#include "ctlcontext.h"

#include "core/terminaltext.h"
#include "ctl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace lapor {

CtlContext::CtlContext(QCommandLineParser &p)
    : parser(p)
    , out(stdout)
    , err(stderr)
{ }

QString CtlContext::option(const char *name) const
{
    return parser.value(QString::fromLatin1(name));
}

bool CtlContext::flag(const char *name) const
{
    return parser.isSet(QString::fromLatin1(name));
}

QString CtlContext::readStdinLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

int CtlContext::openHome(const QString &dir, bool create)
{
    if (!create && !QFileInfo(dir).isDir()) {
        err << Ctl::tr("Profil %1 tidak ditemukan.").arg(QDir::toNativeSeparators(dir)) << Qt::endl;
        return Exit::Store;
    }
    home = std::make_unique<ProfileHome>(dir);
    // Closed to other accounts, as the desk does; an older profile moves into its person.
    QString problem;
    if (!home->open(&problem)) {
        err << problem << Qt::endl;
        return Exit::Store;
    }
    return Exit::Ok;
}

std::optional<ProfileHome::Person> CtlContext::choosePerson()
{
    const QString user = option("user");
    if (user.isEmpty()) {
        if (auto current = home->current())
            return current;
        err << Ctl::tr("Tidak ada yang masuk di profil ini. Jalankan login, atau pilih pengguna "
                       "dengan --user NAMA (lihat: people).")
            << Qt::endl;
        return std::nullopt;
    }
    QList<ProfileHome::Person> named = home->peopleNamed(user);
    if (const QString hub = option("hub"); !hub.isEmpty()) {
        const QString key = ProfileHome::personKey(hub, user, home->isTraining());
        named.removeIf([&key](const ProfileHome::Person &p) { return p.key != key; });
    }
    if (named.size() == 1)
        return named.constFirst();
    if (named.isEmpty())
        err << Ctl::tr("%1 belum pernah masuk di profil ini.").arg(TerminalText::safe(user))
            << Qt::endl;
    else
        err << Ctl::tr("%1 masuk di beberapa hub: pilih satu dengan --hub URL.")
                   .arg(TerminalText::safe(user))
            << Qt::endl;
    return std::nullopt;
}

int CtlContext::openPerson(const ProfileHome::Person &chosen)
{
    person = chosen;
    profile = std::make_unique<Profile>(chosen.dir);
    // An upgrade that rebuilds the search index says how far it is, on stderr, every
    // tenth of the way: on a large store it takes a while.
    Database::Options options;
    int shown = -1;
    options.reindexProgress = [this, &shown](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (tenth == shown)
            return;
        shown = tenth;
        err << Ctl::tr("Membangun indeks pencarian: %1 dari %2 laporan").arg(done).arg(total)
            << Qt::endl;
    };
    auto opened = Database::open(profile->databasePath(), options);
    if (!opened.database) {
        err << opened.message << Qt::endl;
        return Exit::Store;
    }
    database = std::move(opened.database);
    return Exit::Ok;
}

} // namespace lapor
