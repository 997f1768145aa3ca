#include "ctl.h"

#include "core/language.h"
#include "ctlcontext.h"

#include <QCoreApplication>

#include <array>

namespace lapor {

namespace {

struct CommandInfo
{
    const char *name;
    CtlCommand run;
    bool needsProfile;
    const char *summary;
};

constexpr std::array kCommands = {
    CommandInfo { "status", statusCommand, true,
                  QT_TRANSLATE_NOOP("lapor::Ctl",
                                    "versi skema, jumlah laporan per status, kursor sinkronisasi") },
};

} // namespace

int runCtl(QCoreApplication &app)
{
    Language::install(&app, QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("lapordeskctl: LAPOR Desk tanpa jendela, untuk skrip dan penjadwal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Ctl::tr("Folder profil (wajib)."), Ctl::tr("FOLDER"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Ctl::tr("Keluaran JSON untuk dibaca program lain."));
    parser.addOptions({ profileOption, jsonOption });
    QString commandHelp = Ctl::tr("Perintah:");
    for (const auto &command : kCommands)
        commandHelp += QStringLiteral("\n  %1  %2").arg(QLatin1String(command.name),
                                                        Ctl::tr(command.summary));
    parser.addPositionalArgument(QStringLiteral("command"), commandHelp, Ctl::tr("PERINTAH"));

    CtlContext context(parser);
    if (!parser.parse(app.arguments())) {
        context.err << parser.errorText() << Qt::endl;
        return Exit::Usage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        context.out << QCoreApplication::applicationName() << ' '
                    << QCoreApplication::applicationVersion() << Qt::endl;
        return Exit::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        context.out << parser.helpText();
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? Exit::Usage
                                                                            : Exit::Ok;
    }

    const QString name = positional.first();
    for (const auto &command : kCommands) {
        if (name != QLatin1String(command.name))
            continue;
        context.arguments = positional.mid(1);
        context.json = parser.isSet(jsonOption);
        if (command.needsProfile) {
            if (!parser.isSet(profileOption)) {
                context.err << Ctl::tr("Perintah %1 memerlukan --profile FOLDER.").arg(name)
                            << Qt::endl;
                return Exit::Usage;
            }
            if (const int code = context.openExistingProfile(parser.value(profileOption));
                code != Exit::Ok)
                return code;
        }
        return command.run(context);
    }
    context.err << Ctl::tr("Perintah tidak dikenal: %1. Lihat --help.").arg(name) << Qt::endl;
    return Exit::Usage;
}

} // namespace lapor
