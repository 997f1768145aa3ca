#include "deskstartup.h"

#include "core/language.h"
#include "core/profilehome.h"
#include "deskapp.h"
#include "deskshell.h"
#include "errorbox.h"

#include <QApplication>
#include <QByteArrayList>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>

namespace lapor {

namespace {

// Exit codes shared with lapordeskctl, see docs/cli.md.
constexpr int kExitStoreRefused = 3;

struct DeskCommandLine
{
    QCommandLineParser parser;
    QCommandLineOption profile { QStringLiteral("profile") };
    QCommandLineOption training { QStringLiteral("training") };
    QCommandLineOption hub { QStringLiteral("hub") };

    DeskCommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "lapor::Desk",
            "LAPOR Desk: menindaklanjuti laporan SP4N-LAPOR!, juga tanpa internet."));
        parser.addHelpOption();
        parser.addVersionOption();
        profile.setDescription(
            QCoreApplication::translate("lapor::Desk", "Folder profil (bawaan: %1).")
                .arg(ProfileHome::defaultDir()));
        profile.setValueName(QCoreApplication::translate("lapor::Desk", "FOLDER"));
        training.setDescription(QCoreApplication::translate(
            "lapor::Desk",
            "Mode pelatihan: hub lokal dengan laporan contoh, masuk sebagai "
            "petugas1. Profil pelatihan terpisah dari profil kerja."));
        hub.setDescription(QCoreApplication::translate(
            "lapor::Desk", "Alamat hub yang ditawarkan saat masuk (tanpa panduan awal)."));
        hub.setValueName(QCoreApplication::translate("lapor::Desk", "ALAMAT"));
        parser.addOptions({ profile, training, hub });
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
    const QString homeDir = parser.isSet(profileOption)
        ? parser.value(profileOption)
        : (training ? ProfileHome::trainingDir() : ProfileHome::defaultDir());
    if (training)
        DeskShell::consumeTrainingReset(homeDir);
    ProfileHome home(homeDir, training);
    Language::install(&app, home.language());

    QString error;
    const QString refused = QApplication::translate(
        "lapor::Desk",
        "Data LAPOR Desk di komputer ini tidak dapat dibuka. Tidak ada yang "
        "diubah atau dihapus. Pastikan disk tidak penuh dan folder profil dapat "
        "ditulis, lalu buka lagi; bila tetap gagal, kirim rinciannya ke admin "
        "instansi Anda.");
    if (!home.open(&error)) {
        ErrorBox::critical(nullptr, QApplication::translate("lapor::Desk", "LAPOR Desk"), refused,
                           error);
        return kExitStoreRefused;
    }
    DeskApp desk(home);
    if (parser.isSet(commandLine.hub))
        desk.setHubFromCommandLine(parser.value(commandLine.hub));
    QObject::connect(&desk, &DeskApp::closed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    // The guide's "Mode pelatihan": the training profile is another home, opened by a
    // desk started for it.
    QObject::connect(&desk, &DeskApp::trainingRequested, &app, [&app] {
        QProcess::startDetached(QApplication::applicationFilePath(),
                                { QStringLiteral("--training") });
        app.quit();
    });
    if (!desk.start(&error)) {
        ErrorBox::critical(nullptr, QApplication::translate("lapor::Desk", "LAPOR Desk"), refused,
                           error);
        return kExitStoreRefused;
    }
    return app.exec();
}

} // namespace lapor
