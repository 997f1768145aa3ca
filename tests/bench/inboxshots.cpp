// bench_inbox --shot inbox|case|search|stemmed --shot-file PNG: the desk window as an officer sees
// it, set up for the README screenshots (run under Xvfb with QT_QPA_PLATFORM=xcb).
#include "inboxshots.h"

#include "core/deadlines.h"
#include "core/profile.h"
#include "models/caselistmodel.h"
#include "store/database.h"
#include "ui/caseview.h"
#include "ui/deskshell.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace lapor {

int takeShot(Profile &profile, Database &db, const WorkingCalendar &calendar, const QString &shot,
             const QString &file)
{
    MainWindow window(profile, db, calendar);
    DeskShell shell(window, profile, db);
    window.move(0, 0);
    window.resize(1366, 768);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    auto open = [&](qint64 id) {
        const int row = window.caseModel()->rowOf(id);
        if (row >= 0) {
            table->selectRow(row);
            table->scrollTo(window.caseModel()->index(row, 0));
        }
    };
    window.selectView(QStringLiteral("view:all"));
    if (shot == QLatin1String("case")) {
        open(8112829);
        window.findChild<QTabWidget *>(QStringLiteral("caseTabs"))->setCurrentIndex(0);
    } else if (shot == QLatin1String("search") || shot == QLatin1String("stemmed")) {
        // "stemmed": the words of the query appear in the case only in other forms ("blm",
        // "perbaikan", "berlubang"), and are marked there (docs/inbox.md).
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(shot == QLatin1String("search")
                            ? QStringLiteral("jalan berlubang")
                            : QStringLiteral("belum diperbaiki lubang"));
        window.applySearchNow();
        open(8112829);
        search->setFocus();
        search->deselect();
    } else {
        // Deadline order, scrolled to where late cases give way to those still on time.
        window.selectView(QStringLiteral("view:not_followed_up"));
        table->sortByColumn(CaseListModel::DeadlineColumn, Qt::AscendingOrder);
        auto *model = window.caseModel();
        int row = 0;
        while (row < model->rowCount()
               && model->index(row, 0).data(CaseListModel::SlaRole).toInt()
                   == int(Deadlines::SlaState::Overdue))
            ++row;
        table->scrollTo(model->index(qMax(0, row - 12), 0), QAbstractItemView::PositionAtTop);
        table->selectRow(qMax(0, row - 3));
    }
    table->setFocus();
    int rc = 1;
    QTimer::singleShot(1500, &window, [&] {
        const QPixmap pixmap = window.screen()->grabWindow(0, 0, 0, 1366, 768);
        rc = pixmap.save(file) ? 0 : 1;
        QApplication::quit();
    });
    QApplication::exec();
    return rc;
}

} // namespace lapor
