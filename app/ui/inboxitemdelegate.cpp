#include "inboxitemdelegate.h"

#include <QApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QTableView>

namespace lapor {

namespace {

// A screen holds about 250 cells; the repeated columns need a few hundred lines between
// them, and unique ones (numbers, times) pass through without pushing those out for long.
constexpr int kCachedLines = 4096;

// Kept cells, in KiB: a cell is 5–40 KiB, and a drag through 100,000 cases paints a few
// hundred repeated looks.
constexpr int kCachedCellsKiB = 24 * 1024;
// Looks painted once, remembered to keep them the second time; forgotten all at once
// when full (unique titles fill it), which only delays keeping a repeated look.
constexpr qsizetype kSeenOnce = 16384;

} // namespace

InboxItemDelegate::InboxItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_lines(kCachedLines)
    , m_cells(kCachedCellsKiB)
{ }

void InboxItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int tag = contentsTag(index);
    // Icons, check boxes and wrapped text are the style's to lay out; the inbox has none.
    // A cell a subclass draws itself (a tag) is drawn here whatever the features.
    if (tag == 0
        && (opt.features
            & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
               | QStyleOptionViewItem::WrapText))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    if (!drawKept(painter, opt, tag)) {
        drawPanel(painter, opt);
        drawContents(painter, opt, tag);
    }
    drawFocus(painter, opt);
}

int InboxItemDelegate::contentsTag(const QModelIndex &) const
{
    return 0;
}

void InboxItemDelegate::drawContents(QPainter *painter, const QStyleOptionViewItem &opt, int) const
{
    if (opt.text.isEmpty())
        return;
    // The view paints every cell with one painter: leave it as it came.
    const QPen pen = painter->pen();
    const QFont font = painter->font();
    painter->setPen(textColor(opt));
    drawLine(painter, textRect(opt), opt.text, opt.font, opt.displayAlignment, opt.direction,
             opt.textElideMode);
    painter->setPen(pen);
    painter->setFont(font);
}

bool InboxItemDelegate::drawKept(QPainter *painter, const QStyleOptionViewItem &opt, int tag) const
{
    // Only where a logical pixel is a device pixel. The device's own ratio is not enough: a
    // widget rendered into a pixmap of ratio 2 (QWidget::render(), grab()) reports its own.
    // On a scaled screen every cell is painted as before, its glyphs those of the window.
    if (opt.rect.isEmpty() || painter->deviceTransform().type() > QTransform::TxTranslate)
        return false;
    // What shows under the cell's panel is the viewport's background and the row's panel,
    // which a table view draws before it asks the delegate (alternate rows, selection);
    // only a plain colour can be put under the kept cell instead of the former.
    const auto *table = qobject_cast<const QTableView *>(opt.widget);
    const QWidget *viewport = table ? table->viewport() : nullptr;
    if (!viewport || !viewport->autoFillBackground())
        return false;
    const QBrush under = viewport->palette().brush(viewport->backgroundRole());
    if (under.style() != Qt::SolidPattern || under.color().alpha() != 255
        || opt.backgroundBrush.style() != Qt::NoBrush)
        return false;

    const CellKey key { opt.text, opt.font, opt.rect.size(), opt.widget->palette().cacheKey(),
                        textColor(opt).rgba(), under.color().rgba(), opt.widget->style(),
                        // The focus frame is drawn over the kept cell (drawFocus()).
                        int(opt.state & ~QStyle::State_HasFocus), int(opt.features),
                        int(opt.viewItemPosition) | (opt.showDecorationSelected ? 16 : 0),
                        int(opt.displayAlignment),
                        int(opt.textElideMode) | (int(opt.direction) << 4), tag };
    if (const QPixmap *kept = m_cells.object(key)) {
        ++m_cellHits;
        painter->drawPixmap(opt.rect.topLeft(), *kept);
        return true;
    }
    const size_t hash = qHash(key, 0);
    if (!m_seenOnce.contains(hash)) {
        if (m_seenOnce.size() >= kSeenOnce)
            m_seenOnce.clear();
        m_seenOnce.insert(hash);
        return false;
    }
    m_seenOnce.remove(hash);

    auto *cell = new QPixmap(opt.rect.size());
    cell->fill(under.color());
    {
        QPainter cellPainter(cell);
        cellPainter.setRenderHints(painter->renderHints());
        QStyleOptionViewItem moved = opt;
        moved.rect.moveTopLeft({ 0, 0 });
        opt.widget->style()->drawPrimitive(QStyle::PE_PanelItemViewRow, &moved, &cellPainter,
                                           opt.widget);
        drawPanel(&cellPainter, moved);
        drawContents(&cellPainter, moved, tag);
    }
    painter->drawPixmap(opt.rect.topLeft(), *cell);
    const int kib = qMax(1, int(qint64(cell->width()) * cell->height() * 4 / 1024));
    m_cells.insert(key, cell, kib);
    return true;
}

void InboxItemDelegate::drawPanel(QPainter *painter, const QStyleOptionViewItem &opt)
{
    QStyleOptionViewItem panel = opt;
    panel.text.clear();
    panel.features &= ~QStyleOptionViewItem::HasDisplay;
    // The focus frame goes over the text, as the style draws it (drawFocus()).
    panel.state &= ~QStyle::State_HasFocus;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);
}

void InboxItemDelegate::drawFocus(QPainter *painter, const QStyleOptionViewItem &opt)
{
    if (!(opt.state & QStyle::State_HasFocus))
        return;
    // As QCommonStyle draws it at the end of CE_ItemViewItem.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(opt);
    focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
    focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    focus.backgroundColor = opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
}

QColor InboxItemDelegate::textColor(const QStyleOptionViewItem &opt)
{
    // As QCommonStyle picks it for CE_ItemViewItem.
    QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    return opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

QRect InboxItemDelegate::textRect(const QStyleOptionViewItem &opt)
{
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    return opt.rect.adjusted(margin, 0, -margin, 0);
}

const QStaticText &InboxItemDelegate::line(QPainter *painter, const QString &text,
                                           const QFont &font, int width,
                                           Qt::LayoutDirection direction,
                                           Qt::TextElideMode mode) const
{
    const QPaintDevice *device = painter->device();
    const Key key { text, font, width, int(mode) | (int(direction) << 4),
                    device ? device->devicePixelRatio() : 1.0 };
    if (QStaticText *cached = m_lines.object(key)) {
        ++m_hits;
        return *cached;
    }
    auto *laidOut = new QStaticText(text);
    laidOut->setTextFormat(Qt::PlainText);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(direction);
    laidOut->setTextOption(textOption);
    laidOut->prepare(QTransform(), font);
    // Most cells fit: their line is shaped once. Only a line too wide is elided (which
    // shapes it again) and laid out a second time.
    if (mode != Qt::ElideNone && laidOut->size().width() > width) {
        laidOut->setText(QFontMetrics(font).elidedText(text, mode, width));
        laidOut->prepare(QTransform(), font);
    }
    m_lines.insert(key, laidOut);
    return *laidOut;
}

void InboxItemDelegate::drawLine(QPainter *painter, const QRect &rect, const QString &text,
                                 const QFont &font, Qt::Alignment alignment,
                                 Qt::LayoutDirection direction, Qt::TextElideMode mode) const
{
    if (rect.width() <= 0)
        return;
    const QStaticText &laidOut = line(painter, text, font, rect.width(), direction, mode);
    if (!(alignment & Qt::AlignVertical_Mask))
        alignment |= Qt::AlignVCenter;
    // As QCommonStyle places a line: the box is the cell's width and the line's height cut to
    // whole pixels, and the line moves within it by a fraction of a pixel if it has to.
    const QSizeF size = laidOut.size();
    const QRect box
        = QStyle::alignedRect(direction, alignment, QSize(rect.width(), int(size.height())), rect);
    const Qt::Alignment horizontal = QStyle::visualAlignment(direction, alignment);
    qreal x = box.left();
    if (horizontal & Qt::AlignRight)
        x += box.width() - size.width();
    else if (horizontal & Qt::AlignHCenter)
        x += (box.width() - size.width()) / 2;
    const QPointF placed(x, box.top());
    painter->setFont(font);
    painter->drawStaticText(placed, laidOut);
}

} // namespace lapor
