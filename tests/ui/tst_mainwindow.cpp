#include "core/profile.h"
#include "models/caselistmodel.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;

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

private:
    void addCase(Database &db, qint64 id, const QString &title, const QString &content);
    QTemporaryDir m_dir;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WITA);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
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
    Profile profile(m_dir.filePath(QStringLiteral("nohub")));
    QVERIFY(profile.ensureExists(nullptr));
    auto opened = Database::open(profile.databasePath());
    QVERIFY(opened.database);
    MainWindow window(profile, *opened.database, m_calendar);
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
    Profile profile(m_dir.filePath(QStringLiteral("hub-empty")));
    QVERIFY(profile.ensureExists(nullptr));
    profile.settings().setValue(QStringLiteral("hub/url"), QStringLiteral("https://hub.example"));
    auto opened = Database::open(profile.databasePath());
    QVERIFY(opened.database);
    MainWindow window(profile, *opened.database, m_calendar);
    auto *body = window.findChild<QLabel *>(QStringLiteral("emptyBody"));
    QVERIFY(body->text().contains(QStringLiteral("F5")));
}

void TestMainWindow::searchFiltersAndOpensCase()
{
    Profile profile(m_dir.filePath(QStringLiteral("search")));
    QVERIFY(profile.ensureExists(nullptr));
    auto opened = Database::open(profile.databasePath());
    QVERIFY(opened.database);
    addCase(*opened.database, 8112829, QStringLiteral("Jalan berlubang di Jl. Ahmad Yani"),
            QStringLiteral("Sudah 3 bulan tdk diperbaiki, bahaya utk pengendara motor."));
    addCase(*opened.database, 8112830, QStringLiteral("Pelayanan KTP-el lambat"),
            QStringLiteral("Antri dari jam 7 pagi blm dilayani."));
    MainWindow window(profile, *opened.database, m_calendar);
    window.show();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(search && table);
    QCOMPARE(table->model()->rowCount(), 2);

    QTest::keyClicks(search, QStringLiteral("berlub"));
    QCOMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    table->selectRow(0);
    auto *header = window.findChild<QLabel *>(QStringLiteral("caseHeader"));
    auto *content = window.findChild<QPlainTextEdit *>(QStringLiteral("caseContent"));
    QVERIFY(header->text().contains(QStringLiteral("8112829")));
    QVERIFY(content->toPlainText().contains(QStringLiteral("pengendara motor")));

    search->clear();
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral("tidak ada kata ini"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyTitle"))->isVisible());
}

void TestMainWindow::complaintHtmlShownLiterally()
{
    Profile profile(m_dir.filePath(QStringLiteral("html")));
    QVERIFY(profile.ensureExists(nullptr));
    auto opened = Database::open(profile.databasePath());
    QVERIFY(opened.database);
    const QString html = QStringLiteral("<b>Tolong</b> <img src=x> segera ditangani");
    addCase(*opened.database, 7000001, QStringLiteral("<i>Judul</i> miring"), html);
    MainWindow window(profile, *opened.database, m_calendar);
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
    Profile profile(m_dir.filePath(QStringLiteral("layout")));
    QVERIFY(profile.ensureExists(nullptr));
    auto opened = Database::open(profile.databasePath());
    QVERIFY(opened.database);
    {
        MainWindow window(profile, *opened.database, m_calendar);
        window.resize(1000, 700);
        window.show();
        window.findChild<QTableView *>(QStringLiteral("caseTable"))->setColumnWidth(1, 333);
        window.close();
    }
    MainWindow again(profile, *opened.database, m_calendar);
    again.show();
    QCOMPARE(again.findChild<QTableView *>(QStringLiteral("caseTable"))->columnWidth(1), 333);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
