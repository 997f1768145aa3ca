// Shows a page of the first start guide for the documentation's screenshots:
//   firststartshowcase --page language|connection|signin|training [--language id|en]
// Run under Xvfb and capture the screen (docs/usability.md).
#include "core/language.h"
#include "ui/firststartguide.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QRadioButton>
#include <QScreen>

using namespace lapor;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("page"),
                                  QStringLiteral("PAGE"), QStringLiteral("language"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("language"),
                                      QStringLiteral("CODE"), QStringLiteral("id"));
    parser.addOptions({ page, language });
    parser.process(app);
    const QString code = Language::install(&app, parser.value(language));
    FirstStartGuide guide(code, QString());
    guide.show();
    guide.move(app.primaryScreen()->availableGeometry().center() - guide.rect().center());
    const QString which = parser.value(page);
    if (which != QLatin1String("language")) {
        guide.next();
        guide.findChild<QLineEdit *>(QStringLiteral("hubEdit"))
            ->setText(QStringLiteral("https://hub.dpupr.contoh.go.id"));
    }
    if (which == QLatin1String("training")) {
        guide.findChild<QRadioButton *>(QStringLiteral("trainingButton"))->setChecked(true);
        guide.next();
    }
    if (which == QLatin1String("signin")) {
        guide.next();
        guide.findChild<QLineEdit *>(QStringLiteral("userEdit"))
            ->setText(QStringLiteral("petugas1"));
    }
    return app.exec();
}
