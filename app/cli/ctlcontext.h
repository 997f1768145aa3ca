#pragma once

#include "core/profile.h"
#include "core/profilehome.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

namespace lapor {

// What every lapordeskctl command gets: the parsed command line, the output streams
// and, once opened, the profile folder (ProfileHome) and one person's store in it.
struct CtlContext
{
    QCommandLineParser &parser;
    QStringList arguments; // after the command name
    QTextStream out;
    QTextStream err;
    std::unique_ptr<ProfileHome> home;
    std::unique_ptr<Profile> profile; // the person the command works as
    std::optional<ProfileHome::Person> person;
    std::unique_ptr<Database> database;
    bool json = false;

    explicit CtlContext(QCommandLineParser &p);
    // Opens the profile folder; prints the reason and returns an exit code other than Ok
    // when it cannot. `create` makes a missing folder.
    int openHome(const QString &dir, bool create);
    // The person named by --user (and --hub, when the name is on several hubs), or else
    // whoever is signed in now; prints why not when there is none.
    std::optional<ProfileHome::Person> choosePerson();
    // Opens the person's profile and store.
    int openPerson(const ProfileHome::Person &chosen);
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
int notaDinasCommand(CtlContext &context);
int forwardCommand(CtlContext &context);
int noteCommand(CtlContext &context);
int notAuthorityCommand(CtlContext &context);
int relatedCommand(CtlContext &context);
int searchCommand(CtlContext &context);
int outboxCommand(CtlContext &context);
int pushCommand(CtlContext &context);
int reportCommand(CtlContext &context);
int peopleCommand(CtlContext &context);
int forgetCommand(CtlContext &context);

} // namespace lapor
