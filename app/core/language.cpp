#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lapor::Language {

QString defaultFor(const QLocale &system)
{
    return system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("id");
}

QString systemDefault()
{
    return defaultFor(QLocale::system());
}

QLocale locale(const QString &code)
{
    return code == QLatin1String("id") ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString install(QCoreApplication *app, const QString &code)
{
    const QString chosen
        = (code == QLatin1String("id") || code == QLatin1String("en")) ? code : systemDefault();

    // Replace whatever an earlier call installed, so switching languages works at run time.
    static QTranslator *ours = nullptr;
    static QTranslator *qtBase = nullptr;
    for (QTranslator **slot : { &ours, &qtBase }) {
        if (*slot) {
            app->removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }

    ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/lapordesk_%1.qm").arg(chosen)))
        app->installTranslator(ours);
    qtBase = new QTranslator(app);
    if (qtBase->load(QStringLiteral("qtbase_%1").arg(chosen),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qtBase);

    QLocale::setDefault(locale(chosen));
    return chosen;
}

} // namespace lapor::Language
