#include "laporversion.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

// lapordesk answers --version and --help on a machine without any display (a server, a
// fresh CI root), where a QApplication could not even start.
class TestDeskCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersWithoutDisplay_data();
    void answersWithoutDisplay();

private:
    QString m_binary;
};

void TestDeskCommandLine::initTestCase()
{
    m_binary = qEnvironmentVariable("LAPOR_BIN_DIR") + QStringLiteral("/lapordesk");
    QVERIFY2(QFileInfo::exists(m_binary), qPrintable(m_binary));
}

void TestDeskCommandLine::answersWithoutDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringLiteral("--version") << QStringLiteral(LAPOR_VERSION);
    QTest::newRow("short version") << QStringLiteral("-v") << QStringLiteral(LAPOR_VERSION);
    QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("--training");
}

void TestDeskCommandLine::answersWithoutDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    QProcess desk;
    desk.setProcessEnvironment(env);
    desk.start(m_binary, { option });
    QVERIFY2(desk.waitForFinished(30000), qPrintable(desk.errorString()));
    const QString out = QString::fromUtf8(desk.readAllStandardOutput());
    QVERIFY2(desk.exitStatus() == QProcess::NormalExit,
             qPrintable(QString::fromUtf8(desk.readAllStandardError())));
    QCOMPARE(desk.exitCode(), 0);
    QVERIFY2(out.contains(expected), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestDeskCommandLine)
#include "tst_deskcommandline.moc"
