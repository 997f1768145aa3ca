#include "core/ownerfiles.h"
#include "laporversion.h"
#include "ui/deskstartup.h"

#include <QApplication>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LAPOR"));
    QCoreApplication::setApplicationName(QStringLiteral("LAPOR Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAPOR_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    lapor::OwnerFiles::restrictNewFiles();
    if (lapor::isInfoRequest(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return lapor::answerInfoRequest(app);
    }
    QApplication app(argc, argv);
    setIdentity();
    // Ties the windows to the menu entry and its icon (packaging/desktop, Wayland's app id).
    QGuiApplication::setDesktopFileName(QStringLiteral(LAPOR_APP_ID));
    return lapor::runDesk(app);
}
