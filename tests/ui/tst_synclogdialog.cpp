#include "core/profile.h"
#include "store/syncrunlog.h"
#include "sync/synccontroller.h"
#include "tempstore.h"
#include "ui/synclogdialog.h"

#include <QApplication>
#include <QLocale>
#include <QTimeZone>
#include <QTreeWidget>
#include <QtTest>

using namespace lapor;

// The sync log's table of traffic: a row per day in the user's time zone with that day's
// totals, and under it a row per sync, sizes in the user's locale; it follows new runs.
class TestSyncLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsDaysAndRuns();

private:
    static QDateTime localAt(int daysAgo, int hour);
};

void TestSyncLogDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QDateTime TestSyncLogDialog::localAt(int daysAgo, int hour)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate day = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(-daysAgo);
    return QDateTime(day, QTime(hour, 0), zone).toUTC();
}

void TestSyncLogDialog::showsDaysAndRuns()
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    lapor::test::TempStore store;
    QVERIFY(store.openProfile());
    SyncController controller(*store.profile(), *store);
    SyncRunLog runs(*store);
    QVERIFY(runs.record({ localAt(1, 10), localAt(1, 10).addSecs(20), 2048, 1500000, true }));
    QVERIFY(runs.record({ localAt(0, 9), localAt(0, 9).addSecs(5), 700, 12000, true }));
    QVERIFY(runs.record({ localAt(0, 10), localAt(0, 10).addSecs(9), 5300000, 3000, false }));

    SyncLogDialog dialog(controller);
    auto *view = dialog.findChild<QTreeWidget *>(QStringLiteral("trafficView"));
    QVERIFY(view);
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    QCOMPARE(view->topLevelItemCount(), 2);
    const QTreeWidgetItem *today = view->topLevelItem(0);
    QCOMPARE(today->text(0),
             locale.toString(localAt(0, 9).toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(today->text(1), size(700 + 5300000));
    QCOMPARE(today->text(2), size(12000 + 3000));
    QCOMPARE(today->childCount(), 2);
    QVERIFY(today->isExpanded());
    // Newest run first, its time of day in the user's zone.
    QCOMPARE(today->child(0)->text(0),
             locale.toString(localAt(0, 10).toLocalTime().time(), QLocale::ShortFormat));
    QCOMPARE(today->child(0)->text(1), size(5300000));
    QCOMPARE(today->child(0)->text(3), QStringLiteral("gagal"));
    QCOMPARE(today->child(1)->text(3), QStringLiteral("berhasil"));
    const QTreeWidgetItem *yesterday = view->topLevelItem(1);
    QCOMPARE(yesterday->text(2), size(1500000));
    QCOMPARE(yesterday->childCount(), 1);
    QVERIFY(!yesterday->isExpanded());

    // A run recorded while the dialog is open shows at once.
    QVERIFY(runs.record({ localAt(0, 11), localAt(0, 11).addSecs(3), 100, 200, true }));
    emit controller.runRecorded();
    QCOMPARE(view->topLevelItem(0)->childCount(), 3);
    QCOMPARE(view->topLevelItem(0)->text(1), size(700 + 5300000 + 100));
}

QTEST_MAIN(TestSyncLogDialog)
#include "tst_synclogdialog.moc"
