#pragma once

#include <QCache>
#include <QFont>
#include <QPixmap>
#include <QSet>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace lapor {

// Paints the inbox's cells with the style's background, selection and focus, and draws the
// text from a cache of laid-out lines. The style's own item painting shapes every cell's
// text on every paint (HarfBuzz was 43 % of a scroll's instructions) although most columns
// repeat a few dozen strings; here a string is elided and shaped once per font, width and
// elide mode, and later paints only place the cached glyphs.
//
// A cell whose look repeats (a status, a unit, a date, a deadline badge: everything but
// the title and the number) is also kept whole, as an opaque pixmap, and later painted
// with one blit: a drag of the scroll bar paints a new screen of rows at every pixel, and
// blending glyphs, cell panels and badges was most of its painting. The pixmap's key is
// everything the cell is drawn from (text, font, size, state, the view's palette and
// style, the row's background), so a change of any of them finds another pixmap or none;
// nothing has to be invalidated by hand. A cell is kept only the second time its look is
// painted, so unique titles never take the space. Only in a table view at a pixel ratio
// of 1: on a scaled screen every cell is painted as before.
class InboxItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit InboxItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Lines laid out so far, and how often a paint found its line already laid out.
    int cachedLines() const { return m_lines.size(); }
    qint64 cacheHits() const { return m_hits; }
    // Whole cells kept so far, and how often a paint drew one from them.
    int cachedCells() const { return m_cells.size(); }
    qint64 cellHits() const { return m_cellHits; }

protected:
    // What decides the cell's look besides the option (a subclass's badge state); part of
    // the kept cell's key and passed to drawContents(). Not 0 when the subclass draws the
    // cell's contents itself, which it then does whatever the option's features.
    virtual int contentsTag(const QModelIndex &index) const;
    // The cell over its panel: the text, or what a subclass draws instead.
    virtual void drawContents(QPainter *painter, const QStyleOptionViewItem &opt, int tag) const;
    // The cell without its text: background, alternate row, selection, hover and focus.
    static void drawPanel(QPainter *painter, const QStyleOptionViewItem &opt);
    // The focus frame of the current cell, drawn last as the style does.
    static void drawFocus(QPainter *painter, const QStyleOptionViewItem &opt);
    // The pen the style would write the text with in this state.
    static QColor textColor(const QStyleOptionViewItem &opt);
    // `text` on one line inside `rect`, elided with `mode` when it does not fit, placed by
    // `alignment` (mirrored for right-to-left) and vertically centred.
    void drawLine(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
                  Qt::Alignment alignment, Qt::LayoutDirection direction,
                  Qt::TextElideMode mode) const;
    // The line as drawLine() would draw it, laid out once and kept.
    const QStaticText &line(QPainter *painter, const QString &text, const QFont &font, int width,
                            Qt::LayoutDirection direction, Qt::TextElideMode mode) const;
    // Where the style puts a text-only cell's text: the cell less the focus frame's margin.
    static QRect textRect(const QStyleOptionViewItem &opt);

private:
    // Paints the cell (panel and contents, not the focus frame) from a kept pixmap, making
    // one if this look was painted before; false when the cell cannot be kept.
    bool drawKept(QPainter *painter, const QStyleOptionViewItem &opt, int tag) const;

    struct Key
    {
        QString text;
        QFont font;
        int width = 0;
        int mode = 0; // elide mode and layout direction
        qreal dpr = 1;
        bool operator==(const Key &other) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.text, key.font, key.width, key.mode, key.dpr);
    }

    struct CellKey
    {
        QString text;
        QFont font;
        QSize size;
        qint64 palette = 0; // the view's palette, by its cache key
        QRgb pen = 0; // the text colour, which a cell's foreground may override
        QRgb background = 0; // what the view shows under the cell
        const void *style = nullptr;
        int state = 0;
        int features = 0;
        int position = 0;
        int alignment = 0;
        int modes = 0; // elide mode, layout direction
        int tag = 0;
        bool operator==(const CellKey &other) const = default;
    };
    friend size_t qHash(const CellKey &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.text, key.font, key.size.width(), key.size.height(),
                          key.palette, key.pen, key.background, key.style, key.state, key.features,
                          key.position, key.alignment, key.modes, key.tag);
    }

    mutable QCache<Key, QStaticText> m_lines;
    mutable qint64 m_hits = 0;
    mutable QCache<CellKey, QPixmap> m_cells; // cost in KiB
    mutable QSet<size_t> m_seenOnce; // looks painted once, by hash
    mutable qint64 m_cellHits = 0;
};

} // namespace lapor
