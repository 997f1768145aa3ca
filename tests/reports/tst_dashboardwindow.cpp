#include "models/caselistmodel.h"
#include "reports/figuretablemodel.h"
#include "supervisionfixture.h"
#include "tempstore.h"
#include "ui/casesbehinddialog.h"
#include "ui/dashboardwindow.h"
#include "ui/notifier.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace lapor;
namespace F = lapor::SupervisionFixture;

// The dashboard window and the notifier on the hand-built store, offscreen.
class TestDashboardWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheFigures();
    void tablesAreSoundModels();
    void figureOpensItsCases();
    void unitScopeForCoordinators();
    void exportsFromTheWindow();
    void printsTheSamePages();
    void notifierShowsAndFilters();

private:
    lapor::test::TempStore m_store;
    Database *m_db = nullptr;
    const SupervisionScope m_agency { {}, {}, QStringLiteral("Pemkab Sukamaju") };
};

void TestDashboardWindow::initTestCase()
{
    m_db = m_store.open();
    QVERIFY(m_db);
    QString error;
    QVERIFY2(F::build(*m_db, &error), qPrintable(error));
}

void TestDashboardWindow::showsTheFigures()
{
    DashboardWindow window(*m_db, F::calendar(), m_agency, true);
    window.setNow(F::now());
    QCOMPARE(window.period(), *ReportPeriod::fromMonth(QStringLiteral("2026-10")));
    QVERIFY(window.refresh());
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.stats().received, 12);
    auto *received = window.findChild<QPushButton *>(QStringLiteral("receivedButton"));
    QVERIFY(received);
    QVERIFY(received->text().startsWith(QStringLiteral("12\n")));
    auto *overdue = window.findChild<QPushButton *>(QStringLiteral("overdueButton"));
    QVERIFY(overdue->text().startsWith(QStringLiteral("5\n")));
    QVERIFY(!window.grab().isNull());
}

void TestDashboardWindow::tablesAreSoundModels()
{
    DashboardWindow window(*m_db, F::calendar(), m_agency, true);
    QAbstractItemModelTester units(window.unitModel());
    QAbstractItemModelTester officers(window.officerModel());
    QAbstractItemModelTester overdue(window.overdueModel());
    window.setNow(F::now());
    QVERIFY(window.refresh());
    QCOMPARE(window.unitModel()->rowCount(), 2);
    QCOMPARE(window.officerModel()->rowCount(), 3);
    QCOMPARE(window.overdueModel()->rowCount(), 5);
    // The rahasia case's title is not in the table.
    for (int row = 0; row < window.overdueModel()->rowCount(); ++row) {
        for (int column = 0; column < window.overdueModel()->columnCount(); ++column)
            QVERIFY(!window.overdueModel()
                         ->index(row, column)
                         .data()
                         .toString()
                         .contains(QStringLiteral("RAHASIA")));
    }
}

void TestDashboardWindow::figureOpensItsCases()
{
    DashboardWindow window(*m_db, F::calendar(), m_agency, true);
    window.setNow(F::now());
    QVERIFY(window.refresh());
    QSignalSpy open(&window, &DashboardWindow::openCaseRequested);
    CasesBehindDialog *dialog
        = window.showCasesBehind(window.stats().response.missedBehind, QStringLiteral("x"));
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model());
    QCOMPARE(dialog->model()->rowCount(), 2); // #4 and #8
    const QModelIndex first = dialog->table()->model()->index(0, 0);
    emit dialog->table()->activated(first);
    QCOMPARE(open.count(), 1);
    const QString id = open.at(0).at(0).toString();
    QVERIFY(id == QStringLiteral("1000004") || id == QStringLiteral("1000008"));

    // A row of the per-unit table opens its answered cases.
    auto *unitTable = window.findChild<QTableView *>(QStringLiteral("unitTable"));
    QVERIFY(unitTable);
    const int before = int(window.findChildren<CasesBehindDialog *>().size());
    emit unitTable->activated(unitTable->model()->index(0, 0));
    const auto dialogs = window.findChildren<CasesBehindDialog *>();
    QCOMPARE(int(dialogs.size()), before + 1);
}

void TestDashboardWindow::unitScopeForCoordinators()
{
    DashboardWindow window(*m_db, F::calendar(), m_agency, true);
    window.setNow(F::now());
    auto *scope = window.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    QVERIFY(scope);
    QCOMPARE(scope->count(), 3); // the agency, Dinas Kesehatan, Dinas PUPR
    scope->setCurrentIndex(scope->findData(QStringLiteral("dpupr")));
    QVERIFY(window.refresh());
    QCOMPARE(window.stats().received, 6);

    const SupervisionScope unit { QStringLiteral("dinkes"), QStringLiteral("Dinas Kesehatan"),
                                  QStringLiteral("Pemkab Sukamaju") };
    DashboardWindow officer(*m_db, F::calendar(), unit, false);
    officer.setNow(F::now());
    QVERIFY(officer.refresh());
    auto *fixed = officer.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    QVERIFY(!fixed->isEnabled());
    QCOMPARE(officer.stats().received, 5); // #3 #6 #8 #11 #12
}

void TestDashboardWindow::exportsFromTheWindow()
{
    DashboardWindow window(*m_db, F::calendar(), m_agency, true);
    window.setNow(F::now());
    QVERIFY(window.refresh());
    QString error;
    const QString csv = m_store.filePath(QStringLiteral("w.csv"));
    QVERIFY2(window.exportReport(QStringLiteral("rekap"), QStringLiteral("csv"), csv, &error),
             qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Laporan diterima,12"));
    const QString pdf = m_store.filePath(QStringLiteral("w.pdf"));
    QVERIFY2(window.exportReport(QStringLiteral("overdue"), QStringLiteral("pdf"), pdf, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

// Printing goes through Qt PrintSupport with the same page content as the PDF export; a
// printer set to PDF output stands in for a real one.
void TestDashboardWindow::printsTheSamePages()
{
    DashboardWindow window(*m_db, F::calendar(), m_agency, true);
    window.setNow(F::now());
    QVERIFY(window.refresh());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_store.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    QString error;
    QVERIFY2(window.printReport(QStringLiteral("rekap"), &printer, &error), qPrintable(error));
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    QFile file(printed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess text;
    text.start(tool, { printed, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString printedText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printedText.contains(QLatin1String("Rekapitulasi")), qPrintable(printedText));
    QVERIFY(printedText.contains(QLatin1String("Laporan diterima")));
}

void TestDashboardWindow::notifierShowsAndFilters()
{
    QSettings settings(m_store.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const FeedUser user { QStringLiteral("petugas2"), Role::Officer, QStringLiteral("dinkes") };
    const QString state = m_store.filePath(QStringLiteral("notifications.json"));
    Notifier notifier(*m_db, F::calendar(), settings, user, state);
    notifier.setNow(F::now());
    notifier.start(); // takes stock
    QVERIFY(notifier.recent().isEmpty());
    QVERIFY(QFile::exists(state));

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE cases SET assignee_id = 'petugas2' WHERE tracking_id = 1000010")));
    QVERIFY(q.exec(
        QStringLiteral("UPDATE cases SET local_state = 'conflict' WHERE tracking_id = 1000003")));
    notifier.setEnabled(NotificationKind::Conflict, false);
    // #10 is now petugas2's and due tomorrow (Thu 29); the conflict on #3 is switched off.
    const auto shown = notifier.checkNow();
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0).kind, NotificationKind::Assigned);
    QCOMPARE(shown.at(1).kind, NotificationKind::DueTomorrow);
    QCOMPARE(shown.at(1).trackingId, F::kBase + 10);
    QCOMPARE(notifier.unseen(), 2);
    QCOMPARE(settings.value(QStringLiteral("notifications/conflict")).toBool(), false);

    // The entry in the bell menu opens the case.
    QSignalSpy open(&notifier, &Notifier::openCaseRequested);
    QAction *entry = nullptr;
    for (QAction *action : notifier.menu()->actions()) {
        if (action->text().contains(QStringLiteral("#1000010")))
            entry = action;
    }
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("1000010"));

    // A restart does not repeat what was seen.
    Notifier again(*m_db, F::calendar(), settings, user, state);
    again.setNow(F::now());
    QVERIFY(again.checkNow().isEmpty());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE cases SET assignee_id = 'petugas1' WHERE tracking_id = 1000010")));
    QVERIFY(
        q.exec(QStringLiteral("UPDATE cases SET local_state = '' WHERE tracking_id = 1000003")));
}

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboardwindow.moc"
