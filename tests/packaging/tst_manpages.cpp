#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

// The manuals (packaging/man) stay in step with --help: every option a program prints, and
// every lapordeskctl command, must appear in that program's page.
class TestManPages : public QObject
{
    Q_OBJECT

private slots:
    void optionsAreDocumented_data();
    void optionsAreDocumented();
    void ctlCommandsAreDocumented();

private:
    static QString help(const QString &program);
    static QString manText(const QString &program);
};

QString TestManPages::help(const QString &program)
{
    const QString binary = qEnvironmentVariable("LAPOR_BIN_DIR") + u'/' + program;
    if (!QFileInfo(binary).isExecutable())
        qFatal("%s is not built", qPrintable(binary));
    QProcess process;
    process.start(binary, { QStringLiteral("--help") });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("%s --help failed: %s", qPrintable(program),
               process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page's source with troff's escapes for dashes and fonts taken out, so that
// "\fB\-\-profile\fR" reads "--profile".
QString TestManPages::manText(const QString &program)
{
    QFile file(QStringLiteral(LAPOR_MAN_DIR "/") + program + QStringLiteral(".1"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QRegularExpression(QStringLiteral(R"(\\f[BIRP])")));
    return text;
}

void TestManPages::optionsAreDocumented_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("lapordesk") << QStringLiteral("lapordesk") << 5;
    QTest::newRow("lapordeskctl") << QStringLiteral("lapordeskctl") << 25;
    QTest::newRow("laporhub") << QStringLiteral("laporhub") << 20;
}

void TestManPages::optionsAreDocumented()
{
    QFETCH(QString, program);
    QFETCH(int, atLeast);
    const QString text = help(program);
    const QString page = manText(program);
    // "  -v, --version   Displays ..." or "  --profile <FOLDER>  ...": the long name.
    static const QRegularExpression optionLine(QStringLiteral(R"(^\s+(?:-\w, )?(--[a-z][a-z-]*))"),
                                               QRegularExpression::MultilineOption);
    QStringList options;
    for (auto it = optionLine.globalMatch(text); it.hasNext();)
        options << it.next().captured(1);
    options.removeDuplicates();
    // A help text this parser cannot read must not pass for a documented one.
    QVERIFY2(options.size() >= atLeast, qPrintable(text));
    QStringList missing;
    for (const QString &option : std::as_const(options)) {
        const QRegularExpression inPage(QStringLiteral(R"((?<![\w-]))")
                                        + QRegularExpression::escape(option)
                                        + QStringLiteral(R"((?![\w-]))"));
        if (!page.contains(inPage))
            missing << option;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("packaging/man/%1.1 lacks %2")
                            .arg(program, missing.join(QStringLiteral(", ")))));
}

void TestManPages::ctlCommandsAreDocumented()
{
    const QString text = help(QStringLiteral("lapordeskctl"));
    const QString page = manText(QStringLiteral("lapordeskctl"));
    // After the options, each command starts a line: "   status  versi skema, ...".
    const qsizetype arguments = text.indexOf(QStringLiteral("Arguments:"));
    QVERIFY2(arguments > 0, qPrintable(text));
    static const QRegularExpression commandLine(QStringLiteral(R"(^\s+([a-z]+)  \S)"),
                                                QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = commandLine.globalMatch(text.mid(arguments)); it.hasNext();)
        commands << it.next().captured(1);
    QVERIFY2(commands.size() >= 15, qPrintable(commands.join(u' ')));
    QStringList missing;
    for (const QString &command : std::as_const(commands)) {
        // Each command heads an entry of COMMANDS: ".TP" then ".B command ...".
        const QRegularExpression entry(QStringLiteral(R"(^\.B )") + command
                                           + QStringLiteral(R"(\b)"),
                                       QRegularExpression::MultilineOption);
        if (!page.contains(entry))
            missing << command;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("packaging/man/lapordeskctl.1 lacks the commands %1")
                            .arg(missing.join(QStringLiteral(", ")))));
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
