#include "deskstartup.h"

#include "core/language.h"
#include "core/profile.h"
#include "core/workingcalendar.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

namespace lapor {

namespace {

// Exit codes shared with lapordeskctl, see docs/cli.md.
constexpr int kExitStoreRefused = 3;

} // namespace

int runDesk(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "lapor::Desk", "LAPOR Desk: menindaklanjuti laporan SP4N-LAPOR!, juga tanpa internet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("lapor::Desk", "Folder profil (bawaan: %1).")
            .arg(Profile::defaultDir()),
        QApplication::translate("lapor::Desk", "FOLDER"));
    parser.addOption(profileOption);
    parser.process(app);

    Profile profile(parser.isSet(profileOption) ? parser.value(profileOption)
                                                : Profile::defaultDir());
    Language::install(&app, profile.settings().value(QStringLiteral("ui/language")).toString());

    QString error;
    if (!profile.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("lapor::Desk", "LAPOR Desk"),
                              error);
        return kExitStoreRefused;
    }
    auto opened = Database::open(profile.databasePath());
    if (!opened.database) {
        QMessageBox::critical(nullptr,
                              QApplication::translate("lapor::Desk", "Basis data tidak dapat dibuka"),
                              opened.message);
        return kExitStoreRefused;
    }

    const auto zone = Zones::fromKey(profile.settings().value(QStringLiteral("agency/zone")).toString())
                          .value_or(AgencyZone::WIB);
    const auto calendar = WorkingCalendar::national(zone);
    MainWindow window(profile, *opened.database, calendar);
    window.show();
    return app.exec();
}

} // namespace lapor
