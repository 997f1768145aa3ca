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
    // code other than Ok when it cannot. `create` makes a missing profile folder.
    int openProfile(const QString &dir, bool create);
    QString option(const char *name) const;
    bool flag(const char *name) const;
    // Reads one line from standard input (the password for --password-stdin).
    static QString readStdinLine();
};

using CtlCommand = int (*)(CtlContext &context);

int statusCommand(CtlContext &context);
int loginCommand(CtlContext &context);
int logoutCommand(CtlContext &context);
int syncCommand(CtlContext &context);
int casesCommand(CtlContext &context);
int draftCommand(CtlContext &context);
int approvalsCommand(CtlContext &context);
int approveCommand(CtlContext &context);
int rejectCommand(CtlContext &context);
int forwardCommand(CtlContext &context);
int outboxCommand(CtlContext &context);
int pushCommand(CtlContext &context);
int reportCommand(CtlContext &context);

} // namespace lapor
