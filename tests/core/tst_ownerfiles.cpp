// Folders 0700 and files 0600 for everything the desk keeps: new files of the process, an
// older profile closed when it is opened, and links that point outside left alone.
#include "core/ownerfiles.h"
#include "core/profile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace lapor;

namespace {

int mode(const QString &path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

bool writeFile(const QString &path, int bits)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("x") != 1)
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(bits)) == 0;
}

} // namespace

class TestOwnerFiles : public QObject
{
    Q_OBJECT

private slots:
    void newFilesAreTheOwnersOnly();
    void anOlderProfileIsClosedWhenOpened();
    void linksOutsideAreNotFollowed();
};

void TestOwnerFiles::newFilesAreTheOwnersOnly()
{
    const mode_t before = ::umask(022);
    OwnerFiles::restrictNewFiles();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("profile/attachments"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/foto.jpg"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ::umask(before);
    QCOMPARE(mode(dir.filePath(QStringLiteral("profile"))), 0700);
    QCOMPARE(mode(folder), 0700);
    QCOMPARE(mode(file.fileName()), 0600);
}

void TestOwnerFiles::anOlderProfileIsClosedWhenOpened()
{
    // As an earlier version left it: drwxr-xr-x and -rw-r--r--.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("profile"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/attachments/8000019")));
    const QStringList folders { root, root + QStringLiteral("/attachments"),
                                root + QStringLiteral("/attachments/8000019") };
    for (const QString &folder : folders)
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    const QStringList files { root + QStringLiteral("/settings.ini"),
                              root + QStringLiteral("/lapordesk.sqlite"),
                              root + QStringLiteral("/notifications.json"),
                              root + QStringLiteral("/attachments/8000019/foto.jpg") };
    for (const QString &path : files)
        QVERIFY(writeFile(path, 0644));

    Profile profile(root);
    QString error;
    QVERIFY2(profile.ensureExists(&error), qPrintable(error));
    QCOMPARE(mode(root), 0700);
    QCOMPARE(mode(root + QStringLiteral("/attachments")), 0700);
    QCOMPARE(mode(root + QStringLiteral("/attachments/8000019")), 0700);
    for (const QString &path : files)
        QVERIFY2(mode(path) == 0600, qPrintable(path));
}

void TestOwnerFiles::linksOutsideAreNotFollowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outside = dir.filePath(QStringLiteral("shared.txt"));
    QVERIFY(writeFile(outside, 0644));
    const QString root = dir.filePath(QStringLiteral("profile"));
    QVERIFY(QDir().mkpath(root));
    QVERIFY(QFile::link(outside, root + QStringLiteral("/link.txt")));
    QVERIFY(OwnerFiles::protectTree(root));
    QCOMPARE(mode(root), 0700);
    QCOMPARE(mode(outside), 0644);
}

QTEST_GUILESS_MAIN(TestOwnerFiles)
#include "tst_ownerfiles.moc"
