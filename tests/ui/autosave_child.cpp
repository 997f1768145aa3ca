// Helper for tst_autosavekill: opens the real DraftEditor on a profile and types into it
// like a person would, printing how much it typed, until killed.
//   autosave_child PROFILE_DIR [AUTOSAVE_MS [TYPING_PERIOD_MS]]
#include "core/profile.h"
#include "sampledata.h"
#include "store/database.h"
#include "ui/drafteditor.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace lapor;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    Profile profile(QString::fromLocal8Bit(argv[1]));
    auto opened = Database::open(profile.databasePath());
    if (!opened.database)
        return 3;
    DraftEditor editor(*opened.database, profile.dir(), lapor::test::Sample::officer());
    if (argc > 2)
        editor.setAutosaveInterval(QByteArray(argv[2]).toInt());
    const int period = argc > 3 ? QByteArray(argv[3]).toInt() : 100;
    if (!editor.openCase(lapor::test::Sample::kCase, nullptr))
        return 4;
    editor.show();
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    int word = 0;
    qsizetype typed = 0;
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, &editor, [&] {
        const QString chunk = QStringLiteral("kata%1 ").arg(word++);
        QTest::keyClicks(text, chunk);
        typed += chunk.size();
        std::printf("TYPED %lld\n", static_cast<long long>(typed));
        std::fflush(stdout);
    });
    typing.start(period);
    return app.exec();
}
