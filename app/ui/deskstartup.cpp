#include "deskstartup.h"

#include "caseactioncontroller.h"
#include "core/language.h"
#include "core/preferences.h"
#include "core/profile.h"
#include "desklock.h"
#include "deskshell.h"
#include "mainwindow.h"
#include "store/agencycalendar.h"
#include "store/database.h"
#include "supervision.h"
#include "sync/synccontroller.h"

#include <QApplication>
#include <QByteArrayList>
#include <QCommandLineParser>
#include <QMessageBox>

namespace lapor {

namespace {

// Exit codes shared with lapordeskctl, see docs/cli.md.
constexpr int kExitStoreRefused = 3;

struct DeskCommandLine
{
    QCommandLineParser parser;
    QCommandLineOption profile { QStringLiteral("profile") };
    QCommandLineOption training { QStringLiteral("training") };

    DeskCommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "lapor::Desk",
            "LAPOR Desk: menindaklanjuti laporan SP4N-LAPOR!, juga tanpa internet."));
        parser.addHelpOption();
        parser.addVersionOption();
        profile.setDescription(
            QCoreApplication::translate("lapor::Desk", "Folder profil (bawaan: %1).")
                .arg(Profile::defaultDir()));
        profile.setValueName(QCoreApplication::translate("lapor::Desk", "FOLDER"));
        training.setDescription(QCoreApplication::translate(
            "lapor::Desk",
            "Mode pelatihan: hub lokal dengan laporan contoh, masuk sebagai "
            "petugas1. Profil pelatihan terpisah dari profil kerja."));
        parser.addOptions({ profile, training });
    }
};

} // namespace

bool isInfoRequest(int argc, char *argv[])
{
    static const QByteArrayList infoOptions {
        "-h", "-?", "--help", "--help-all", "-v", "--version"
    };
    for (int i = 1; i < argc; ++i) {
        if (infoOptions.contains(QByteArray(argv[i])))
            return true;
    }
    return false;
}

int answerInfoRequest(QCoreApplication &app)
{
    DeskCommandLine commandLine;
    commandLine.parser.process(app); // prints the help or the version and exits
    return 0;
}

int runDesk(QApplication &app)
{
    DeskCommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption &profileOption = commandLine.profile;
    const QCommandLineOption &trainingOption = commandLine.training;
    parser.process(app);

    const bool training = parser.isSet(trainingOption);
    const QString profileDir = parser.isSet(profileOption)
        ? parser.value(profileOption)
        : (training ? Profile::trainingDir() : Profile::defaultDir());
    if (training)
        DeskShell::consumeTrainingReset(profileDir);
    Profile profile(profileDir);
    Language::install(&app, Preferences::load(profile.settings()).language);

    QString error;
    if (!profile.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("lapor::Desk", "LAPOR Desk"), error);
        return kExitStoreRefused;
    }
    auto opened = Database::open(profile.databasePath());
    if (!opened.database) {
        QMessageBox::critical(
            nullptr, QApplication::translate("lapor::Desk", "Basis data tidak dapat dibuka"),
            opened.message);
        return kExitStoreRefused;
    }

    // The holidays the hub sent last time count from the start, even offline.
    const auto calendar = loadCalendar(*opened.database, profile.settings());
    MainWindow window(profile, *opened.database, calendar);
    DeskShell shell(window, profile, *opened.database);
    // Drafting, approval, case actions, the outbox panel and switching users.
    CaseActionController actions(window, profile, *opened.database, &shell.controller());
    // Dasbor (Ctrl+D), reports and notifications.
    Supervision supervision(window, profile, *opened.database);
    // Locks when idle or on Ctrl+Shift+L; another user signs in from the lock screen.
    DeskLock lock(window, profile);
    lock.coverNotifications(supervision.notifier());
    QObject::connect(&lock, &DeskLock::signOutRequested, &actions, [&] {
        actions.switchUser();
        if (shell.controller().isSignedIn())
            lock.release();
    });
    window.show();
    if (training) {
        if (!shell.startTraining(&error)) {
            QMessageBox::critical(&window, QApplication::translate("lapor::Desk", "Mode pelatihan"),
                                  error);
            return kExitStoreRefused;
        }
    } else {
        shell.resume();
    }
    return app.exec();
}

} // namespace lapor
