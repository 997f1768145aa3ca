#pragma once

#include "core/profile.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace lapor {

// What every lapordeskctl command gets: the parsed command line, the output streams
// and, once opened, the profile's store.
struct CtlContext
{
    QCommandLineParser &parser;
    QStringList arguments; // after the command name
    QTextStream out;
    QTextStream err;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<Database> database;
    bool json = false;

    explicit CtlContext(QCommandLineParser &p);
    // Opens an existing profile and its store; prints the reason and returns an exit
    // code other than Ok when it cannot.
    int openExistingProfile(const QString &dir);
};

using CtlCommand = int (*)(CtlContext &context);

int statusCommand(CtlContext &context);

} // namespace lapor
