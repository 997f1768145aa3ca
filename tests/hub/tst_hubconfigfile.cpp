#include "hub/configfile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using lapor::hub::ConfigFile;

// laporhub --config FILE (the service's /etc/laporhub/laporhub.conf): KEY=value lines
// become options; anything else stops the hub with the line and the reason.
class TestHubConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void readsOptions();
    void refusesBadLines_data();
    void refusesBadLines();
    void refusesUnreadableFiles();
    void hubStartsFromFileAndCommandLineWins();
    void hubRefusesBadFile();

private:
    static QString writeFile(const QTemporaryDir &dir, const QByteArray &text);
    static QString hubBinary();
};

QString TestHubConfigFile::writeFile(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("laporhub.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestHubConfigFile::hubBinary()
{
    return qEnvironmentVariable("LAPOR_BIN_DIR") + QStringLiteral("/laporhub");
}

void TestHubConfigFile::readsOptions()
{
    QString error = QStringLiteral("not cleared");
    const QStringList args = ConfigFile::arguments("# the service\n"
                                                   "\n"
                                                   "data=/var/lib/laporhub\n"
                                                   "  listen = 0.0.0.0:8443  \r\n"
                                                   "allow-password-grant=no\n"
                                                   "tls-cert=/etc/laporhub/hub.pem\n"
                                                   "max-connections=64",
                                                   &error);
    QCOMPARE(error, QString());
    QCOMPARE(args,
             QStringList({ QStringLiteral("--data=/var/lib/laporhub"),
                           QStringLiteral("--listen=0.0.0.0:8443"),
                           QStringLiteral("--tls-cert=/etc/laporhub/hub.pem"),
                           QStringLiteral("--max-connections=64") }));

    const QStringList flag = ConfigFile::arguments("allow-password-grant=yes\n", &error);
    QCOMPARE(error, QString());
    QCOMPARE(flag, QStringList { QStringLiteral("--allow-password-grant") });
}

void TestHubConfigFile::refusesBadLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no equals") << QByteArray("data=/x\nlisten 127.0.0.1:1\n")
                               << QStringLiteral("line 2: expected KEY=value");
    QTest::newRow("no key") << QByteArray("=/x\n") << QStringLiteral("line 1: expected KEY=value");
    QTest::newRow("unknown key") << QByteArray("port=8080\n")
                                 << QStringLiteral("line 1: unknown key \"port\"");
    QTest::newRow("test-only option")
        << QByteArray("simulate=yes\n") << QStringLiteral("line 1: unknown key \"simulate\"");
    QTest::newRow("action") << QByteArray("# x\nset-password=petugas1\n")
                            << QStringLiteral("line 2: unknown key \"set-password\"");
    QTest::newRow("the file itself") << QByteArray("config=/etc/other.conf\n")
                                     << QStringLiteral("line 1: unknown key \"config\"");
    QTest::newRow("twice") << QByteArray("data=/a\ndata=/b\n")
                           << QStringLiteral("line 2: data is set twice");
    QTest::newRow("empty value") << QByteArray("listen=\n")
                                 << QStringLiteral("line 1: listen has no value");
    QTest::newRow("flag not yes or no")
        << QByteArray("allow-password-grant=true\n")
        << QStringLiteral("line 1: allow-password-grant expects yes or no");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\n",
                                          8)
                            << QStringLiteral("line 1: expected KEY=value");
}

void TestHubConfigFile::refusesBadLines()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QString error;
    const QStringList args = ConfigFile::arguments(text, &error);
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY(args.isEmpty());
}

void TestHubConfigFile::refusesUnreadableFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(ConfigFile::readFile(dir.filePath(QStringLiteral("missing.conf")), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("cannot read the config file")), qPrintable(error));

    const QString big = writeFile(dir, QByteArray(100 * 1024, '#'));
    QVERIFY(ConfigFile::readFile(big, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("larger than 64 KiB")), qPrintable(error));

    const QString bad = writeFile(dir, "data=/x\nfoo=1\n");
    QVERIFY(ConfigFile::readFile(bad, &error).isEmpty());
    QVERIFY2(error.startsWith(bad + QStringLiteral(": line 2: unknown key")), qPrintable(error));
}

void TestHubConfigFile::hubStartsFromFileAndCommandLineWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The file's address is taken by nothing useful: the command line's port 0 must win.
    const QString path = writeFile(
        dir, "data=" + dir.filePath(QStringLiteral("data")).toUtf8() + "\nlisten=127.0.0.1:1\n");
    QProcess hub;
    hub.start(hubBinary(),
              { QStringLiteral("--config"), path, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0") });
    QVERIFY2(hub.waitForStarted(), qPrintable(hub.errorString()));
    while (!hub.canReadLine() && hub.state() == QProcess::Running)
        hub.waitForReadyRead(30000);
    const QString line = QString::fromUtf8(hub.readLine()).trimmed();
    hub.kill();
    hub.waitForFinished();
    QVERIFY2(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")),
             qPrintable(line + QString::fromUtf8(hub.readAllStandardError())));
    QVERIFY(!line.endsWith(QStringLiteral(":1")));
    // The data folder named in the file was made.
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("data"))).isDir());
}

void TestHubConfigFile::hubRefusesBadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, "listen=127.0.0.1:0\nlisten-address=::1\n");
    QProcess hub;
    hub.start(hubBinary(), { QStringLiteral("--config"), path });
    QVERIFY(hub.waitForFinished(30000));
    QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
    QCOMPARE(hub.exitCode(), 2);
    const QString err = QString::fromUtf8(hub.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("line 2: unknown key \"listen-address\"")),
             qPrintable(err));
    // Nothing was made: the hub stopped before opening a data folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList { QStringLiteral("laporhub.conf") });
}

QTEST_GUILESS_MAIN(TestHubConfigFile)
#include "tst_hubconfigfile.moc"
