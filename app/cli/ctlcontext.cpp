#include "ctlcontext.h"

#include "ctl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace lapor {

CtlContext::CtlContext(QCommandLineParser &p)
    : parser(p)
    , out(stdout)
    , err(stderr)
{
}

int CtlContext::openExistingProfile(const QString &dir)
{
    if (!QFileInfo(dir).isDir()) {
        err << Ctl::tr("Profil %1 tidak ditemukan.")
                   .arg(QDir::toNativeSeparators(dir))
            << Qt::endl;
        return Exit::Store;
    }
    profile = std::make_unique<Profile>(dir);
    auto opened = Database::open(profile->databasePath());
    if (!opened.database) {
        err << opened.message << Qt::endl;
        return Exit::Store;
    }
    database = std::move(opened.database);
    return Exit::Ok;
}

} // namespace lapor
