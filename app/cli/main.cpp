#include "cli/ctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LAPOR"));
    QCoreApplication::setApplicationName(QStringLiteral("lapordeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAPOR_VERSION));
    return lapor::runCtl(app);
}
