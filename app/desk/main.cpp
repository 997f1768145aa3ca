#include "ui/deskstartup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LAPOR"));
    QApplication::setApplicationName(QStringLiteral("LAPOR Desk"));
    QApplication::setApplicationVersion(QStringLiteral(LAPOR_VERSION));
    return lapor::runDesk(app);
}
