#include "core/profile.h"
#include "models/caselistmodel.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/quarantinerepository.h"
#include "tempstore.h"
#include "ui/mainwindow.h"
#include "ui/quarantinedialog.h"
#include "ui/quarantinenotice.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QtTest>

using namespace lapor;
using lapor::test::TempStore;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyStateWithoutHub();
    void emptyStateWithHubAndNoCases();
    void searchFiltersAndOpensCase();
    void complaintHtmlShownLiterally();
    void keepsLayoutAcrossRestarts();
    void typeAheadWaitsForSecondLetter();
    void fitsSmallScreens();
    void showsQuarantineNotice();

private:
    void addCase(Database &db, qint64 id, const QString &title, const QString &content);
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WITA);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::addCase(Database &db, qint64 id, const QString &title, const QString &content)
{
    Case c;
    c.trackingId = id;
    c.title = title;
    c.content = content;
    c.status = CaseStatus::Disposed;
    c.receivedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    c.disposedAt = c.receivedAt;
    QString error;
    QVERIFY2(CaseRepository(db, m_calendar).upsert(c, &error), qPrintable(error));
}

void TestMainWindow::emptyStateWithoutHub()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    Profile &profile = *desk.profile();
    MainWindow window(profile, *desk, m_calendar);
    window.show();
    auto *title = window.findChild<QLabel *>(QStringLiteral("emptyTitle"));
    auto *body = window.findChild<QLabel *>(QStringLiteral("emptyBody"));
    QVERIFY(title && body);
    QVERIFY(title->isVisible());
    QVERIFY(title->text().contains(QStringLiteral("hub")));
    // The empty state tells the user what to do next.
    QVERIFY(body->text().contains(QStringLiteral("Preferensi")));
    QVERIFY(body->text().contains(QStringLiteral("--training")));
}

void TestMainWindow::emptyStateWithHubAndNoCases()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    Profile &profile = *desk.profile();
    profile.settings().setValue(QStringLiteral("hub/url"), QStringLiteral("https://hub.example"));
    MainWindow window(profile, *desk, m_calendar);
    auto *body = window.findChild<QLabel *>(QStringLiteral("emptyBody"));
    QVERIFY(body->text().contains(QStringLiteral("F5")));
}

void TestMainWindow::searchFiltersAndOpensCase()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    Profile &profile = *desk.profile();
    addCase(*desk, 8112829, QStringLiteral("Jalan berlubang di Jl. Ahmad Yani"),
            QStringLiteral("Sudah 3 bulan tdk diperbaiki, bahaya utk pengendara motor."));
    addCase(*desk, 8112830, QStringLiteral("Pelayanan KTP-el lambat"),
            QStringLiteral("Antri dari jam 7 pagi blm dilayani."));
    MainWindow window(profile, *desk, m_calendar);
    window.show();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(search && table);
    QCOMPARE(table->model()->rowCount(), 2);

    QTest::keyClicks(search, QStringLiteral("berlub"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    table->selectRow(0);
    auto *header = window.findChild<QLabel *>(QStringLiteral("caseHeader"));
    auto *content = window.findChild<QPlainTextEdit *>(QStringLiteral("caseContent"));
    QVERIFY(header->text().contains(QStringLiteral("8112829")));
    QVERIFY(content->toPlainText().contains(QStringLiteral("pengendara motor")));

    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral("tidak ada kata ini"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("emptyTitle"))->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyTitle"))
                ->text()
                .contains(QStringLiteral("cocok")));
}

void TestMainWindow::complaintHtmlShownLiterally()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    Profile &profile = *desk.profile();
    const QString html = QStringLiteral("<b>Tolong</b> <img src=x> segera ditangani");
    addCase(*desk, 7000001, QStringLiteral("<i>Judul</i> miring"), html);
    MainWindow window(profile, *desk, m_calendar);
    window.show();
    window.findChild<QTableView *>(QStringLiteral("caseTable"))->selectRow(0);
    auto *content = window.findChild<QPlainTextEdit *>(QStringLiteral("caseContent"));
    QCOMPARE(content->toPlainText(), html);
    auto *header = window.findChild<QLabel *>(QStringLiteral("caseHeader"));
    QCOMPARE(header->textFormat(), Qt::PlainText);
    QVERIFY(header->text().contains(QStringLiteral("<i>Judul</i>")));
}

void TestMainWindow::keepsLayoutAcrossRestarts()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    Profile &profile = *desk.profile();
    addCase(*desk, 8000001, QStringLiteral("Satu"), QStringLiteral("Isi"));
    QList<int> splitterSizes;
    {
        MainWindow window(profile, *desk, m_calendar);
        window.resize(1100, 700);
        window.show();
        auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
        table->setColumnWidth(1, 333);
        // Move "Tenggat" to the front and sort by it.
        table->horizontalHeader()->moveSection(
            table->horizontalHeader()->visualIndex(CaseListModel::DeadlineColumn), 0);
        table->sortByColumn(CaseListModel::TitleColumn, Qt::AscendingOrder);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
        splitter->setSizes({ 150, 500, 450 });
        QVERIFY(window.selectView(QStringLiteral("view:overdue")));
        window.findChild<QAction *>(QStringLiteral("actionFilters"))->setChecked(true);
        QCoreApplication::processEvents();
        splitterSizes = splitter->sizes();
        window.close();
    }
    MainWindow again(profile, *desk, m_calendar);
    again.show();
    auto *table = again.findChild<QTableView *>(QStringLiteral("caseTable"));
    QCOMPARE(table->columnWidth(1), 333);
    QCOMPARE(table->horizontalHeader()->visualIndex(CaseListModel::DeadlineColumn), 0);
    QCOMPARE(again.caseModel()->sortColumn(), int(CaseListModel::TitleColumn));
    QCOMPARE(again.caseModel()->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(again.size(), QSize(1100, 700));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), splitterSizes);
    QCOMPARE(again.currentViewKey(), QStringLiteral("view:overdue"));
    QCOMPARE(again.caseModel()->filter().view, InboxView::Overdue);
    QVERIFY(again.findChild<QWidget *>(QStringLiteral("filterBar"))->isVisible());
}

void TestMainWindow::typeAheadWaitsForSecondLetter()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    Profile &profile = *desk.profile();
    addCase(*desk, 8100001, QStringLiteral("Jalan rusak"), QStringLiteral("Isi"));
    addCase(*desk, 8100002, QStringLiteral("Sampah"), QStringLiteral("Isi"));
    MainWindow window(profile, *desk, m_calendar);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("j"));
    window.applySearchNow();
    QCOMPARE(window.caseModel()->rowCount(), 2);
    search->setText(QStringLiteral("ja"));
    window.applySearchNow();
    QCOMPARE(window.caseModel()->rowCount(), 1);
    search->setText(QStringLiteral("jalan r"));
    window.applySearchNow();
    QCOMPARE(window.caseModel()->filter().searchText, QStringLiteral("jalan"));
    // Enter searches every word as typed.
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window.caseModel()->filter().searchText, QStringLiteral("jalan r"));
    QCOMPARE(window.caseModel()->rowCount(), 1);
}

void TestMainWindow::fitsSmallScreens()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    Profile &profile = *desk.profile();
    MainWindow window(profile, *desk, m_calendar);
    window.show();
    // A 1366x768 screen at 200 % is 683x384 logical pixels; the window must still fit
    // (fonts are logical too, so this holds for QT_SCALE_FACTOR=2 runs of this test).
    const QSize minimum = window.minimumSizeHint();
    QVERIFY2(minimum.width() <= 683 && minimum.height() <= 384,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    window.resize(683, 384);
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("caseTable"))->height() > 0);
}

void TestMainWindow::showsQuarantineNotice()
{
    TempStore desk;
    QVERIFY(desk.openProfile());
    Profile &profile = *desk.profile();
    Database &db = *desk;
    addCase(db, 8112829, QStringLiteral("Jalan rusak"), QStringLiteral("Berlubang"));

    MainWindow window(profile, db, m_calendar);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *notice = window.quarantineNotice();
    QVERIFY(notice);
    QVERIFY(!notice->isVisible()); // nothing set aside, nothing shown

    QuarantineRepository quarantine(db);
    QString error;
    QuarantinedRecord attachment;
    attachment.kind = QStringLiteral("attachment");
    attachment.entityId = QStringLiteral("att-9");
    attachment.reason = QStringLiteral("attachment.file_name: longer than 255 characters (300)");
    attachment.record = QStringLiteral(R"({"kind":"attachment","data":{"id":"att-9"}})");
    attachment.cursor = QStringLiteral("p1");
    attachment.receivedAt = QDateTime(QDate(2026, 11, 5), QTime(2, 30), QTimeZone::utc());
    QVERIFY2(quarantine.put(attachment, &error), qPrintable(error));
    QuarantinedRecord unreadable;
    unreadable.reason = QStringLiteral("record 1 is not a JSON object");
    unreadable.record = QStringLiteral("42");
    QVERIFY2(quarantine.put(unreadable, &error), qPrintable(error));
    window.refresh();

    QVERIFY(notice->isVisible());
    auto *text = notice->findChild<QLabel *>(QStringLiteral("quarantineText"));
    QVERIFY(text);
    QVERIFY2(text->text().startsWith(QStringLiteral("2 catatan dari hub tidak dapat dibaca")),
             qPrintable(text->text()));
    // The notice is one line in the window, not a share of the list's height.
    QVERIFY(notice->height() < window.height() / 6);
    QVERIFY(notice->geometry().right() <= window.centralWidget()->width());

    auto *details = notice->findChild<QPushButton *>(QStringLiteral("quarantineDetails"));
    QVERIFY(details && details->isVisible());
    details->click();
    QuarantineDialog *dialog = window.findChild<QuarantineDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *view = dialog->findChild<QPlainTextEdit *>(QStringLiteral("details"));
    QVERIFY(view && view->isReadOnly());
    const QString shown = view->toPlainText();
    for (const QString &part :
         { QStringLiteral("2 catatan dari hub tidak dapat dibaca"), QStringLiteral("attachment"),
           QStringLiteral("att-9"), QStringLiteral("longer than 255 characters"),
           QStringLiteral("2026-11-05T02:30:00Z"), QStringLiteral("not a JSON object"),
           QStringLiteral(R"("id":"att-9")") })
        QVERIFY2(shown.contains(part), qPrintable(part));
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), shown);
    dialog->close();

    // A later clean version clears the row; with none left the notice goes away.
    QVERIFY(quarantine.clear(QStringLiteral("attachment"), QStringLiteral("att-9"), &error));
    window.refresh();
    QVERIFY2(text->text().startsWith(QStringLiteral("1 catatan")), qPrintable(text->text()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM quarantine")));
    window.refresh();
    QVERIFY(!notice->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
