// The main window's layout: the first start fills the screen, the inbox's columns fit what
// they show, and the list gets its width before the case pane grows.
#include "core/casestatus.h"
#include "core/deadlines.h"
#include "core/profile.h"
#include "models/caselistmodel.h"
#include "store/caserepository.h"
#include "tempstore.h"
#include "ui/desklayout.h"
#include "ui/mainwindow.h"
#include "ui/slabadgedelegate.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace lapor;
using lapor::test::TempStore;

class TestDeskLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartPlacement_data();
    void firstStartPlacement();
    void splitGivesTheListItsNeedFirst_data();
    void splitGivesTheListItsNeedFirst();
    void columnsFitTheirContent();
    void firstStartFillsTheScreenOnce();
};

void TestDeskLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeskLayout::firstStartPlacement_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<bool>("maximised");
    QTest::newRow("1366x768") << QRect(0, 0, 1366, 728) << true;
    QTest::newRow("1920x1080 at 200 %") << QRect(0, 0, 960, 510) << true;
    QTest::newRow("1600 wide") << QRect(0, 0, 1600, 860) << false;
    QTest::newRow("1920x1080, panel on the left") << QRect(64, 0, 1856, 1080) << false;
}

void TestDeskLayout::firstStartPlacement()
{
    QFETCH(QRect, available);
    QFETCH(bool, maximised);
    const auto placement = DeskLayout::firstStart(available);
    QCOMPARE(placement.geometry, available);
    QCOMPARE(placement.maximised, maximised);
}

void TestDeskLayout::splitGivesTheListItsNeedFirst_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("listNeeds");
    QTest::addColumn<QList<int>>("sizes");
    // Sidebar 180, case pane at least 400.
    QTest::newRow("room for all") << 1900 << 1000 << QList<int> { 180, 1000, 720 };
    QTest::newRow("case pane at its minimum") << 1350 << 1000 << QList<int> { 180, 770, 400 };
    QTest::newRow("a narrow list") << 1350 << 500 << QList<int> { 180, 500, 670 };
    QTest::newRow("too small for both") << 500 << 1000 << QList<int> { 180, 0, 320 };
}

void TestDeskLayout::splitGivesTheListItsNeedFirst()
{
    QFETCH(int, total);
    QFETCH(int, listNeeds);
    QFETCH(QList<int>, sizes);
    QCOMPARE(DeskLayout::splitterSizes(total, 180, listNeeds, 400), sizes);
}

void TestDeskLayout::columnsFitTheirContent()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    MainWindow window(*desk.profile(), *desk, WorkingCalendar::national(AgencyZone::WIB));
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    QFont bold = table->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (const CaseStatus status : Status::all()) {
        QVERIFY2(table->columnWidth(CaseListModel::StatusColumn)
                     > fm.horizontalAdvance(Status::shortLabel(status)),
                 qPrintable(Status::shortLabel(status)));
    }
    // The short label is the point: the full one would not fit.
    QVERIFY(table->columnWidth(CaseListModel::StatusColumn)
            < fm.horizontalAdvance(Status::label(CaseStatus::Disposed)));
    const int badge
        = fm.horizontalAdvance(SlaBadgeDelegate::badgeText(int(Deadlines::SlaState::Overdue)));
    const int day
        = fm.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QStringLiteral("d MMM")));
    QVERIFY(table->columnWidth(CaseListModel::DeadlineColumn) > badge + day);
    // Each column at least as wide as its header.
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        QVERIFY(table->columnWidth(column) >= table->horizontalHeader()->sectionSizeHint(column));
}

void TestDeskLayout::firstStartFillsTheScreenOnce()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QList<int> split;
    {
        MainWindow window(*desk.profile(), *desk, WorkingCalendar::national(AgencyZone::WIB));
        window.showForPerson();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The offscreen screen is narrower than 1600: maximised, the whole area.
        QCOMPARE(window.isMaximized(), available.width() < DeskLayout::kMaximiseBelow);
        QTRY_COMPARE(window.frameGeometry().size(), available.size());
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
        split = splitter->sizes();
        QCOMPARE(split.size(), 3);
        // The list has what it needs, or everything the case pane's minimum leaves it.
        const int needs = DeskLayout::listWidthNeeded(table);
        QVERIFY2(split.at(1) >= needs || split.at(2) <= split.at(1),
                 qPrintable(QStringLiteral("%1 %2 %3 needs %4")
                                .arg(split.at(0))
                                .arg(split.at(1))
                                .arg(split.at(2))
                                .arg(needs)));
        window.close();
    }
    // The second start takes what the person left, not the first-start layout.
    MainWindow again(*desk.profile(), *desk, WorkingCalendar::national(AgencyZone::WIB));
    again.showForPerson();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), split);
}

QTEST_MAIN(TestDeskLayout)
#include "tst_desklayout.moc"
