#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lapor::Language {

namespace {

// Qt ships no Indonesian catalogue of its own, so the words Qt writes itself on the
// desk's dialogs would stay English: the standard buttons, the details button of a
// message box and the context menu of text fields. lupdate takes them from here into
// the desk's catalogue, under Qt's contexts, where Qt's tr() finds them.
[[maybe_unused]] constexpr const char *kQtWords[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
};

} // namespace

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
