#include "slabadgedelegate.h"

#include "core/deadlines.h"

#include <QApplication>
#include <QPainter>
#include <QStaticText>
#include <QtMath>

namespace lapor {

namespace {

struct Colors
{
    QColor background;
    QColor text;
};

Colors colorsFor(Deadlines::SlaState state)
{
    switch (state) {
    case Deadlines::SlaState::Overdue:
        return { QColor(0xb3, 0x26, 0x1e), Qt::white };
    case Deadlines::SlaState::DueSoon:
        return { QColor(0xf6, 0xc3, 0x44), QColor(0x3d, 0x2b, 0x00) };
    case Deadlines::SlaState::OnTrack:
        return { QColor(0xd4, 0xec, 0xd9), QColor(0x1c, 0x4d, 0x2a) };
    case Deadlines::SlaState::None:
        break;
    }
    return {};
}

// Where QPainter::drawText(rect, flags | Qt::AlignVCenter, …) puts a line: centred
// vertically to a fraction of a pixel, as the badge looked before its lines were cached.
QPointF centred(const QRect &rect, const QSizeF &size, Qt::Alignment horizontal)
{
    const qreal y = rect.top() + (rect.height() - size.height()) / 2;
    if (horizontal & Qt::AlignHCenter)
        return { rect.left() + (rect.width() - size.width()) / 2, y };
    if (horizontal & Qt::AlignRight)
        return { rect.left() + rect.width() - size.width(), y };
    return { qreal(rect.left()), y };
}

} // namespace

SlaBadgeDelegate::SlaBadgeDelegate(int slaRole, QObject *parent)
    : InboxItemDelegate(parent)
    , m_slaRole(slaRole)
{ }

QString SlaBadgeDelegate::badgeText(int slaState)
{
    return Deadlines::slaLabel(Deadlines::SlaState(slaState));
}

int SlaBadgeDelegate::contentsTag(const QModelIndex &index) const
{
    return index.data(m_slaRole).toInt();
}

void SlaBadgeDelegate::drawContents(QPainter *painter, const QStyleOptionViewItem &opt,
                                    int tag) const
{
    const auto state = Deadlines::SlaState(tag);
    const QString badge = badgeText(int(state));
    if (badge.isEmpty()) {
        InboxItemDelegate::drawContents(painter, opt, tag);
        return;
    }
    const QString &text = opt.text;

    painter->save();
    QFont badgeFont = opt.font;
    badgeFont.setBold(true);
    const QFontMetrics fm(badgeFont);
    const int pad = fm.height() / 3;
    const QRect area = opt.rect.adjusted(pad, 2, -pad, -2);
    const int badgeWidth
        = qRound(line(painter, badge, badgeFont, QWIDGETSIZE_MAX, opt.direction, Qt::ElideNone)
                     .size()
                     .width());
    // The pill grows from the leading edge: the left in left-to-right, the right otherwise.
    const QRect pill = QStyle::visualRect(
        opt.direction, area, QRect(area.left(), area.top(), badgeWidth + 2 * pad, area.height()));
    const Colors colors = colorsFor(state);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(colors.text);
    painter->setFont(badgeFont);
    const QStaticText &badgeLine
        = line(painter, badge, badgeFont, QWIDGETSIZE_MAX, opt.direction, Qt::ElideNone);
    painter->drawStaticText(centred(pill, badgeLine.size(), Qt::AlignHCenter), badgeLine);

    painter->setPen(textColor(opt));
    const QRect rest = QStyle::visualRect(opt.direction, area,
                                          QRect(area.left() + pill.width() + pad, area.top(),
                                                area.width() - pill.width() - pad, area.height()));
    if (rest.width() > 0) {
        painter->setFont(opt.font);
        const QStaticText &restLine
            = line(painter, text, opt.font, rest.width(), opt.direction, Qt::ElideRight);
        painter->drawStaticText(
            centred(rest, restLine.size(), QStyle::visualAlignment(opt.direction, Qt::AlignLeft)),
            restLine);
    }
    painter->restore();
}

QSize SlaBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString badge = badgeText(index.data(m_slaRole).toInt());
    if (!badge.isEmpty()) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        size.rwidth()
            += QFontMetrics(badgeFont).horizontalAdvance(badge) + option.fontMetrics.height();
    }
    return size;
}

} // namespace lapor
