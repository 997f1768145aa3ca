// The inbox's cell painting: the same pixels as the style's own item painting (text
// position, elision, selection and alternate-row colours, right to left), with each line
// laid out once and repeated cells kept whole, never stale after a change.
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
        // The statuses and repeated titles were painted from kept cells.
        QVERIFY(delegate.cachedCells() > 0);
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
        // A cell is drawn from a laid-out line or, when its look repeats, kept whole.
        const qint64 hits = delegate.cacheHits() + delegate.cellHits();
        const QImage second = render(&delegate, Qt::LeftToRight, false);
        QCOMPARE(delegate.cachedLines(), lines);
        QVERIFY(delegate.cacheHits() + delegate.cellHits() >= hits + 36);
        QCOMPARE(second, first);
    }

    // Kept cells never show a stale look: after each change the table is painted, with
    // cells drawn from the kept pixmaps, exactly as the style paints it from scratch.
    void keptCellsFollowChanges_data()
    {
        QTest::addColumn<QString>("change");
        for (const char *change : { "data", "selection", "palette", "column width" })
            QTest::newRow(change) << QString::fromLatin1(change);
    }

    void keptCellsFollowChanges()
    {
        QFETCH(QString, change);
        QStandardItemModel model;
        fill(model);
        QTableView view;
        view.setModel(&model);
        InboxItemDelegate delegate;
        view.setItemDelegate(&delegate);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->hide();
        view.setColumnWidth(0, 80);
        view.setColumnWidth(1, 150);
        view.setColumnWidth(2, 120);
        view.resize(400, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectRow(1);
        QCoreApplication::processEvents();
        const auto paint = [&] {
            return view.viewport()->grab().toImage();
        };
        // Twice: a look is kept the second time it is painted.
        paint();
        const QImage before = paint();
        QVERIFY(delegate.cachedCells() > 0);
        QVERIFY(delegate.cellHits() > 0);

        if (change == QLatin1String("data")) {
            // Row 2's title becomes row 4's: the same look (even row, regular font).
            model.item(2, 1)->setText(model.item(4, 1)->text());
        } else if (change == QLatin1String("selection")) {
            view.selectRow(6);
        } else if (change == QLatin1String("palette")) {
            QPalette palette = view.palette();
            palette.setColor(QPalette::Base, QColor(0xff, 0xfa, 0xe6));
            palette.setColor(QPalette::AlternateBase, QColor(0xe6, 0xf0, 0xff));
            palette.setColor(QPalette::Text, QColor(0x10, 0x20, 0x60));
            palette.setColor(QPalette::Highlight, QColor(0x20, 0x80, 0x40));
            view.setPalette(palette);
        } else {
            view.setColumnWidth(1, 110);
        }
        QCoreApplication::processEvents();
        const qint64 hits = delegate.cellHits();
        paint();
        const QImage after = paint();
        QVERIFY(after != before);
        QVERIFY(delegate.cellHits() > hits);

        QStyledItemDelegate styled;
        view.setItemDelegate(&styled);
        view.setItemDelegate(&styled);
        QCOMPARE(after, paint());
        view.setItemDelegate(&delegate);

        if (change == QLatin1String("data")) {
            const auto cell = [&](int row) {
                const QRect rect = view.visualRect(model.index(row, 1));
                return after.copy(rect);
            };
            QCOMPARE(cell(2), cell(4));
        }
    }

    // On a screen scaled by 2 (QT_SCALE_FACTOR=2) every cell is painted as before, none
    // from a pixmap: the glyphs stay those of the window.
    void scaledScreenPaintsEveryCell()
    {
        QStandardItemModel model;
        fill(model);
        QTableView view;
        view.setModel(&model);
        InboxItemDelegate delegate;
        view.setItemDelegate(&delegate);
        view.setWordWrap(false);
        view.resize(400, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto paint = [&] {
            QPixmap pixmap(view.viewport()->size() * 2);
            pixmap.setDevicePixelRatio(2);
            view.viewport()->render(&pixmap);
            return pixmap.toImage();
        };
        const int kept = delegate.cachedCells();
        const QImage first = paint();
        const QImage second = paint();
        QCOMPARE(delegate.cachedCells(), kept);
        QCOMPARE(second, first);
        // Drawn at the device's resolution: the image has twice the pixels.
        QCOMPARE(first.size(), view.viewport()->size() * 2);
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
