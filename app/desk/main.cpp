#include "core/ownerfiles.h"
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
    return lapor::runDesk(app);
}
