#include "cli/ctl.h"
#include "core/ownerfiles.h"
#include "laporversion.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    lapor::OwnerFiles::restrictNewFiles();
    // A PDF lays out text, which needs fonts: only the commands that write one (`report`,
    // and `nota-dinas`, `approve` and `reject` for the nota dinas) get a (window-less) GUI
    // application, so every other command still runs where no display exists.
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        for (const char *command : { "report", "nota-dinas", "approve", "reject" })
            report = report || std::strcmp(argv[i], command) == 0;
    }
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = report ? std::make_unique<QGuiApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LAPOR"));
    QCoreApplication::setApplicationName(QStringLiteral("lapordeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAPOR_VERSION));
    return lapor::runCtl(*app);
}
