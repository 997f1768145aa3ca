#include "ctlcontext.h"

#include "core/ownerfiles.h"
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

int CtlContext::openProfile(const QString &dir, bool create)
{
    if (create && !QFileInfo(dir).exists())
        QDir().mkpath(dir);
    if (!QFileInfo(dir).isDir()) {
        err << Ctl::tr("Profil %1 tidak ditemukan.").arg(QDir::toNativeSeparators(dir)) << Qt::endl;
        return Exit::Store;
    }
    profile = std::make_unique<Profile>(dir);
    // Closed to other accounts, as the desk does; a profile it may not change stays as is.
    OwnerFiles::protectTree(profile->dir());
    auto opened = Database::open(profile->databasePath());
    if (!opened.database) {
        err << opened.message << Qt::endl;
        return Exit::Store;
    }
    database = std::move(opened.database);
    return Exit::Ok;
}

} // namespace lapor
