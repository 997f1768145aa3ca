// The inbox's cell painting: the same pixels as the style's own item painting (text
// position, elision, selection and alternate-row colours, right to left), with each line
// laid out once.
#include "core/deadlines.h"
#include "models/caselistmodel.h"
#include "ui/inboxitemdelegate.h"
#include "ui/slabadgedelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace lapor;

class TestInboxDelegate : public QObject
{
    Q_OBJECT

private:
    // A small inbox-like table: repeated strings, a title too long for its column, an
    // unread (bold) row, a coloured cell, and the second row selected.
    static void fill(QStandardItemModel &model)
    {
        model.setColumnCount(3);
        const QStringList titles {
            QStringLiteral(
                "Jalan berlubang dekat Jl. Ahmad Yani, sudah tiga bulan tidak diperbaiki"),
            QStringLiteral("Sampah menumpuk"),
            QStringLiteral("KTP-el blm jadi"),
        };
        for (int row = 0; row < 12; ++row) {
            QList<QStandardItem *> items {
                new QStandardItem(QString::number(5000001 + row)),
                new QStandardItem(titles.at(row % titles.size())),
                new QStandardItem(row % 2 ? QStringLiteral("Terdisposisi")
                                          : QStringLiteral("Dalam proses")),
            };
            if (row % 4 == 1) {
                QFont bold;
                bold.setBold(true);
                for (auto *item : items)
                    item->setFont(bold);
            }
            if (row == 5)
                items.at(2)->setForeground(QColor(0xb3, 0x26, 0x1e));
            model.appendRow(items);
        }
    }

    static QImage render(QAbstractItemDelegate *delegate, Qt::LayoutDirection direction,
                         bool focused)
    {
        QStandardItemModel model;
        fill(model);
        QTableView view;
        view.setLayoutDirection(direction);
        view.setModel(&model);
        if (delegate)
            view.setItemDelegate(delegate);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->hide();
        view.setColumnWidth(0, 80);
        view.setColumnWidth(1, 150);
        view.setColumnWidth(2, 120);
        view.resize(400, 360);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return {};
        view.selectRow(1);
        if (focused) {
            view.activateWindow();
            view.setFocus();
        }
        QCoreApplication::processEvents();
        return view.viewport()->grab().toImage();
    }

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void paintsAsTheStyle_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("focused");
        QTest::newRow("left to right") << Qt::LeftToRight << false;
        QTest::newRow("left to right, focused") << Qt::LeftToRight << true;
        QTest::newRow("right to left") << Qt::RightToLeft << false;
    }

    void paintsAsTheStyle()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, focused);
        const QImage styled = render(nullptr, direction, focused);
        InboxItemDelegate delegate;
        const QImage cached = render(&delegate, direction, focused);
        QVERIFY(!styled.isNull());
        QCOMPARE(cached.size(), styled.size());
        // Selection, alternate rows, colours, bold rows and the elided title: every pixel.
        // Right to left, a line may land on another fraction of a pixel than the style's
        // (its glyphs are then antialiased differently), so a few pixels may differ there.
        if (direction == Qt::LeftToRight) {
            QCOMPARE(cached, styled);
        } else {
            int differing = 0;
            for (int y = 0; y < styled.height(); ++y) {
                for (int x = 0; x < styled.width(); ++x)
                    differing += cached.pixel(x, y) != styled.pixel(x, y);
            }
            QVERIFY2(differing < styled.width() * styled.height() / 100,
                     qPrintable(QString::number(differing)));
        }
        QVERIFY(delegate.cachedLines() > 0);
    }

    void selectedRowUsesTheHighlight()
    {
        InboxItemDelegate delegate;
        QStandardItemModel model;
        fill(model);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.resize(400, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        view.setFocus();
        view.selectRow(1);
        QCoreApplication::processEvents();
        const QImage image = view.viewport()->grab().toImage();
        const QPalette palette = view.palette();
        // The end of the status cells: past their text, only the background shows.
        const QRect selected = view.visualRect(model.index(1, 2));
        const QRect plain = view.visualRect(model.index(2, 2));
        const QPalette::ColorGroup group
            = view.isActiveWindow() ? QPalette::Active : QPalette::Inactive;
        QCOMPARE(image.pixelColor(selected.right() - 3, selected.center().y()).rgb(),
                 palette.color(group, QPalette::Highlight).rgb());
        QCOMPARE(image.pixelColor(plain.right() - 3, plain.center().y()).rgb(),
                 palette.color(group, QPalette::Base).rgb());
    }

    void linesAreLaidOutOnce()
    {
        InboxItemDelegate delegate;
        const QImage first = render(&delegate, Qt::LeftToRight, false);
        const int lines = delegate.cachedLines();
        // 12 distinct numbers, 3 titles and 2 statuses, each in a normal and a bold font at
        // most once: far fewer lines than the 36 cells painted.
        QVERIFY2(lines <= 12 + 2 * (3 + 2), qPrintable(QString::number(lines)));
        QVERIFY(delegate.cacheHits() > 0);
        const qint64 hits = delegate.cacheHits();
        const QImage second = render(&delegate, Qt::LeftToRight, false);
        QCOMPARE(delegate.cachedLines(), lines);
        QVERIFY(delegate.cacheHits() >= hits + 36);
        QCOMPARE(second, first);
    }

    void badgeKeepsItsColours()
    {
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem(QStringLiteral("1 Dec (terlambat 3 hari kerja)"));
        item->setData(int(Deadlines::SlaState::Overdue), CaseListModel::SlaRole);
        model.setItem(0, 0, item);
        QTableView view;
        view.setModel(&model);
        SlaBadgeDelegate delegate(CaseListModel::SlaRole);
        view.setItemDelegate(&delegate);
        view.setColumnWidth(0, 120);
        // No current cell: its focus frame would tint the pill.
        view.setFocusPolicy(Qt::NoFocus);
        view.resize(200, 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectionModel()->clearCurrentIndex();
        const QImage image = view.viewport()->grab().toImage();
        const QRect cell = view.visualRect(model.index(0, 0));
        // The pill in the overdue red.
        int red = 0;
        for (int x = cell.left(); x <= cell.right(); ++x)
            red += image.pixelColor(x, cell.center().y()).rgb() == QColor(0xb3, 0x26, 0x1e).rgb();
        QVERIFY2(red >= 4, qPrintable(QString::number(red)));
        // The text after the badge is elided to the column: the last pixels stay background.
        QCOMPARE(image.pixelColor(cell.right() - 1, cell.center().y()).rgb(),
                 view.palette().color(QPalette::Base).rgb());
        // The badge word, its width and the date text: three lines, drawn from the cache.
        const int lines = delegate.cachedLines();
        QVERIFY(lines >= 2 && lines <= 3);
        view.viewport()->repaint();
        QCOMPARE(delegate.cachedLines(), lines);
    }
};

QTEST_MAIN(TestInboxDelegate)
#include "tst_inboxdelegate.moc"
