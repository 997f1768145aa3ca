#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace lapor {

// Paints the inbox's cells with the style's background, selection and focus, and draws the
// text from a cache of laid-out lines. The style's own item painting shapes every cell's
// text on every paint (HarfBuzz was 43 % of a scroll's instructions) although most columns
// repeat a few dozen strings; here a string is elided and shaped once per font, width and
// elide mode, and later paints only place the cached glyphs.
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

protected:
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

    mutable QCache<Key, QStaticText> m_lines;
    mutable qint64 m_hits = 0;
};

} // namespace lapor
