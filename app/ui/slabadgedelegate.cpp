#include "slabadgedelegate.h"

#include "core/deadlines.h"

#include <QApplication>
#include <QPainter>

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

} // namespace

SlaBadgeDelegate::SlaBadgeDelegate(int slaRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_slaRole(slaRole)
{ }

QString SlaBadgeDelegate::badgeText(int slaState)
{
    switch (Deadlines::SlaState(slaState)) {
    case Deadlines::SlaState::Overdue:
        return tr("Terlambat");
    case Deadlines::SlaState::DueSoon:
        return tr("≤ 2 hari");
    case Deadlines::SlaState::OnTrack:
        return tr("Sesuai");
    case Deadlines::SlaState::None:
        break;
    }
    return {};
}

void SlaBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const auto state = Deadlines::SlaState(index.data(m_slaRole).toInt());
    const QString badge = badgeText(int(state));
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    QFont badgeFont = opt.font;
    badgeFont.setBold(true);
    const QFontMetrics fm(badgeFont);
    const int pad = fm.height() / 3;
    const QRect area = opt.rect.adjusted(pad, 2, -pad, -2);
    QRect pill(area.left(), area.top(), fm.horizontalAdvance(badge) + 2 * pad, area.height());
    const Colors colors = colorsFor(state);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(colors.text);
    painter->setFont(badgeFont);
    painter->drawText(pill, Qt::AlignCenter, badge);

    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    const QRect rest = area.adjusted(pill.width() + pad, 0, 0, 0);
    painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, rest.width()));
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
